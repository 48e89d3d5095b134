import Foundation
import Pipeline
import Testing

@Suite struct FolderSwapTests {
  @Test func swapReplacesTheFolderAndLeavesNothingBeside() throws {
    let folder = try TestFolder()
    try folder.write("old", to: "stage/out.txt")
    let target = folder.url.appendingPathComponent("stage")
    let temporary = try FolderSwap.makeTemporaryFolder(for: target, name: "stage")
    try Data("new".utf8).write(to: temporary.appendingPathComponent("out.txt"))
    try FolderSwap.swap(temporary, into: target, name: "stage")
    #expect(folder.read("stage/out.txt") == "new")
    #expect(folder.list("") == ["stage"])
  }

  @Test func leftoversAreRemovedAndAnOrphanedOldFolderIsPutBack() throws {
    let folder = try TestFolder()
    try folder.write("half", to: ".ingest.tmp-12/out.txt")
    try folder.write("good", to: ".normalise.old-12/out.txt")
    try folder.write("stale", to: ".report.old-12/out.txt")
    try folder.write("current", to: "report/out.txt")
    try folder.write("keep", to: ".lock")
    FolderSwap.cleanLeftovers(in: folder.url)
    #expect(folder.list("") == [".lock", "normalise", "report"])
    #expect(folder.read("normalise/out.txt") == "good")
    #expect(folder.read("report/out.txt") == "current")
  }
}
