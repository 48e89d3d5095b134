import Foundation
import Pipeline
import Testing

@Suite struct RunLockTests {
  @Test func aLockHeldByALiveProcessStopsTheRunAtOnce() throws {
    let pipeline = try FakePipeline()
    let host = ProcessInfo.processInfo.hostName
    try pipeline.folder.write("\(getpid()) \(host)\n", to: "Outputs/.lock")
    #expect(throws: PipelineError.locked(lockFile: "Outputs/.lock", pid: getpid(), host: host)) {
      try pipeline.run()
    }
    #expect(pipeline.recorder.runs.isEmpty)
    #expect(pipeline.folder.exists("Outputs/.lock"))
    #expect(
      PipelineError.locked(lockFile: "Outputs/.lock", pid: 4242, host: "analyst-pc").description
        == "Outputs/.lock: another forcebench run (pid 4242 on analyst-pc) is using this outputs "
        + "folder; try again when it has finished")
  }

  @Test func aStaleLockIsTakenOverWithANote() throws {
    let pipeline = try FakePipeline()
    // No process can have this pid: it is above the kernel's largest.
    try pipeline.folder.write(
      "2147483646 \(ProcessInfo.processInfo.hostName)\n", to: "Outputs/.lock")
    #expect(try pipeline.run() == ["ingest", "normalise", "report"])
    #expect(
      pipeline.recorder.notes == [
        "Outputs/.lock: took over a lock left by a run that no longer exists (pid 2147483646)"
      ])
    #expect(!pipeline.folder.exists("Outputs/.lock"))
  }

  @Test func theLockHoldsThePidAndIsReleased() throws {
    let folder = try TestFolder()
    let url = folder.url.appendingPathComponent(".lock")
    let lock = try RunLock.acquire(at: url, name: ".lock", note: { _ in })
    #expect(folder.read(".lock") == "\(getpid()) \(ProcessInfo.processInfo.hostName)\n")
    lock.release()
    #expect(!folder.exists(".lock"))
  }
}
