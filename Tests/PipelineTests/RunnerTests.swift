import Foundation
import Pipeline
import Records
import Testing

@Suite struct RunnerTests {
  @Test func firstRunRunsEveryStageAndSecondRunDoesNoWork() throws {
    let pipeline = try FakePipeline()
    #expect(try pipeline.run() == ["ingest", "normalise", "report"])
    #expect(
      pipeline.folder.read("Outputs/stages/report/out.txt")
        == "source|ingest:a+extra|normalise:a|report:a")
    #expect(pipeline.folder.exists("Outputs/stages/ingest/.record.json"))

    #expect(try pipeline.run() == [])
    #expect(
      pipeline.recorder.lines == [
        "ingest: up to date", "normalise: up to date", "report: up to date",
      ])
  }

  @Test func editingAnInputRerunsOnlyThatStageAndItsFollowers() throws {
    let pipeline = try FakePipeline()
    try pipeline.run()
    try pipeline.folder.write("changed", to: "Inputs/normalise.txt")
    #expect(try pipeline.run() == ["normalise", "report"])
    #expect(pipeline.recorder.lines.first == "ingest: up to date")
  }

  @Test func aFollowerWhoseInputCameOutTheSameStaysUpToDate() throws {
    var pipeline = try FakePipeline()
    try pipeline.run()
    // Rerunning ingest writes the same bytes, so normalise and report need not run.
    #expect(try pipeline.run(RunOptions(stages: ["ingest"], force: true)) == ["ingest"])
    #expect(try pipeline.run() == [])
    pipeline.ingest.setting = "b"
    #expect(try pipeline.run() == ["ingest", "normalise", "report"])
  }

  @Test func changingAParameterOrVersionMakesTheStageStale() throws {
    var pipeline = try FakePipeline()
    try pipeline.run()
    pipeline.normalise.setting = "b"
    try pipeline.run(RunOptions(dryRun: true))
    #expect(
      pipeline.recorder.lines == [
        "ingest: up to date",
        "normalise: would run: parameter setting changed from 'a' to 'b'",
        "report: would run if normalise changes what it reads (up to date now)",
        "dry run: nothing was written",
      ])
    pipeline.normalise.setting = "a"
    pipeline.normaliseVersion = 2
    try pipeline.run(RunOptions(dryRun: true))
    #expect(pipeline.recorder.lines[1] == "normalise: would run: its version changed from 1 to 2")
  }

  @Test func dryRunWritesNothingAndSaysWhy() throws {
    let pipeline = try FakePipeline()
    #expect(try pipeline.run(RunOptions(dryRun: true)) == [])
    #expect(!pipeline.folder.exists("Outputs"))
    #expect(
      pipeline.recorder.lines == [
        "ingest: would run: never run", "normalise: would run: never run",
        "report: would run: never run", "dry run: nothing was written",
      ])

    try pipeline.run()
    try pipeline.folder.write("new source", to: "Inputs/source.txt")
    let before = pipeline.folder.snapshot()
    #expect(try pipeline.run(RunOptions(dryRun: true)) == [])
    #expect(pipeline.folder.snapshot() == before)
    #expect(pipeline.recorder.lines.first == "ingest: would run: Inputs/source.txt changed")
  }

  @Test func stageRunsExactlyTheNamedStagesFromFilesOnDisk() throws {
    let pipeline = try FakePipeline()
    try pipeline.run()
    try pipeline.folder.write("changed", to: "Inputs/source.txt")
    #expect(try pipeline.run(RunOptions(stages: ["normalise"])) == [])
    #expect(
      try pipeline.run(RunOptions(stages: ["ingest", "normalise"])) == ["ingest", "normalise"])
    #expect(
      pipeline.recorder.lines.last == "normalise: ran in 0.0 s, read 1 mentions, wrote 2 facts")
  }

  @Test func stageWithAMissingPredecessorFailsNamingIt() throws {
    let pipeline = try FakePipeline()
    #expect(
      throws: PipelineError.missingPredecessor(
        stage: "normalise", predecessor: "ingest", folder: "Outputs/stages/ingest")
    ) {
      try pipeline.run(RunOptions(stages: ["normalise"]))
    }
    #expect(pipeline.recorder.runs.isEmpty)
    #expect(
      PipelineError.missingPredecessor(
        stage: "normalise", predecessor: "ingest", folder: "Outputs/stages/ingest"
      ).description
        == "Outputs/stages/ingest: no such folder, but normalise reads the output of ingest; "
        + "run forcebench run --stage ingest first")
  }

  @Test func fromRunsThatStageAndEverythingAfter() throws {
    let pipeline = try FakePipeline()
    try pipeline.run()
    #expect(
      try pipeline.run(RunOptions(from: "normalise", force: true)) == ["normalise", "report"])
    #expect(try pipeline.run(RunOptions(from: "report")) == [])
  }

  @Test func forceIgnoresTheRecords() throws {
    let pipeline = try FakePipeline()
    try pipeline.run()
    #expect(try pipeline.run(RunOptions(force: true)) == ["ingest", "normalise", "report"])
  }

  @Test func unknownStageNamesListTheValidOnes() throws {
    let pipeline = try FakePipeline()
    #expect(
      throws: PipelineError.unknownStage("clasify", valid: ["ingest", "normalise", "report"])
    ) {
      try pipeline.run(RunOptions(stages: ["clasify"]))
    }
    #expect(throws: PipelineError.unknownStage("x", valid: ["ingest", "normalise", "report"])) {
      try pipeline.run(RunOptions(from: "x"))
    }
    #expect(throws: PipelineError.stageAndFrom) {
      try pipeline.run(RunOptions(stages: ["ingest"], from: "report"))
    }
  }

  @Test func aFailingStageLeavesThePreviousFolderAndNoTemporaryFolder() throws {
    var pipeline = try FakePipeline()
    try pipeline.run()
    let before = pipeline.folder.snapshot("Outputs/stages/normalise")
    pipeline.normalise.failure = "Inputs/normalise.txt:1: boom"
    #expect(
      throws: PipelineError.stageFailed(stage: "normalise", message: "Inputs/normalise.txt:1: boom")
    ) {
      try pipeline.run(RunOptions(force: true))
    }
    #expect(pipeline.folder.snapshot("Outputs/stages/normalise") == before)
    #expect(pipeline.folder.list("Outputs/stages") == ["ingest", "normalise", "report"])
    #expect(!pipeline.folder.exists("Outputs/.lock"))
  }

  @Test func leftoversOfAKilledRunAreCleanedAndTheResultMatchesAnUninterruptedRun() throws {
    let clean = try FakePipeline()
    try clean.run()

    let killed = try FakePipeline()
    try killed.run()
    // A run killed mid-way: a half-written temporary folder, an old folder put aside just before
    // its replacement was renamed in, and the lock of a process that no longer exists.
    try killed.folder.write("partial", to: "Outputs/stages/.ingest.tmp-99999/out.txt")
    try FileManager.default.moveItem(
      at: killed.folder.url.appendingPathComponent("Outputs/stages/normalise"),
      to: killed.folder.url.appendingPathComponent("Outputs/stages/.normalise.old-99999"))
    try killed.folder.write("partial", to: "Outputs/.report.tmp-99999/out.txt")
    try killed.folder.write("2147483646 \(ProcessInfo.processInfo.hostName)\n", to: "Outputs/.lock")

    #expect(try killed.run() == [])
    #expect(killed.folder.list("Outputs/stages") == ["ingest", "normalise", "report"])
    #expect(!killed.folder.list("Outputs").contains { $0.contains(".tmp-") })
    #expect(
      killed.folder.snapshot("Outputs", skippingHidden: true).filter { $0.key != "manifest.json" }
        == clean.folder.snapshot("Outputs", skippingHidden: true).filter {
          $0.key != "manifest.json"
        })
  }

  @Test func theReportFolderIsPublishedWithoutTheRecord() throws {
    let pipeline = try FakePipeline()
    try pipeline.run()
    #expect(pipeline.folder.list("Outputs/report") == ["chart.svg", "out.txt"])
    #expect(
      pipeline.folder.snapshot("Outputs/report")
        == pipeline.folder.snapshot("Outputs/stages/report", skippingHidden: true))
    #expect(pipeline.recorder.lines.last == "report: published Outputs/report")

    try pipeline.run()
    #expect(!pipeline.recorder.lines.contains("report: published Outputs/report"))

    try FileManager.default.removeItem(
      at: pipeline.folder.url.appendingPathComponent("Outputs/report"))
    #expect(try pipeline.run() == [])
    #expect(pipeline.folder.read("Outputs/report/out.txt") != nil)
  }

  @Test func statusSaysUpToDateStaleOrNeverRun() throws {
    let pipeline = try FakePipeline()
    #expect(try pipeline.runner.status().map(\.state) == [.neverRun, .neverRun, .neverRun])
    try pipeline.run()
    #expect(try pipeline.runner.status().map(\.state) == [.upToDate, .upToDate, .upToDate])
    try pipeline.folder.write("changed", to: "Inputs/normalise.txt")
    let statuses = try pipeline.runner.status()
    #expect(statuses[1].state == .stale(["Inputs/normalise.txt changed"]))
    #expect(statuses[2].waitsFor == "normalise")
    #expect(statuses[0].lastRun != nil)
    let line = statuses[1].description
    #expect(line.hasPrefix("normalise: stale: Inputs/normalise.txt changed (last ran "))
    #expect(statuses[2].description.hasSuffix("; normalise runs first and may change its input"))
  }

  @Test func missingInputsFolderFailsBeforeWriting() throws {
    let pipeline = try FakePipeline()
    try FileManager.default.removeItem(at: pipeline.folder.url.appendingPathComponent("Inputs"))
    #expect(throws: PipelineError.noInputsFolder("Inputs")) { try pipeline.run() }
    #expect(!pipeline.folder.exists("Outputs"))
  }
}
