import Foundation
import PropertyBased
import Testing

@testable import CSV

@Suite struct CSVWriterTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("csvw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test(arguments: [
    (["plain", "1"], "plain,1"),
    (["a,b", "c"], "\"a,b\",c"),
    (["say \"hi\"", ""], "\"say \"\"hi\"\"\","),
    (["two\nlines", " lead"], "\"two\nlines\",\" lead\""),
    (["£2m", "trail "], "£2m,\"trail \""),
  ])
  func quotesOnlyWhenNeeded(row: [String], encoded: String) {
    #expect(CSVWriter.encode(row) == encoded)
  }

  @Test func writesHeaderAndRowsThenRenames() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("out.csv")
    let writer = try CSVWriter(url: url, header: ["a", "b"])
    try writer.write(["1", "x,y"])
    #expect(!FileManager.default.fileExists(atPath: url.path))
    try writer.finish()
    #expect(try String(contentsOf: url, encoding: .utf8) == "a,b\n1,\"x,y\"\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
  }

  @Test func abandonedWriterLeavesOldFile() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("out.csv")
    try Data("old\n".utf8).write(to: url)
    do {
      let writer = try CSVWriter(url: url, header: ["a"])
      try writer.write(["new"])
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
  }

  @Test func atomicFileReplacesWhole() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("r.md")
    try AtomicFile.write("one", to: url)
    try AtomicFile.write("two", to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "two")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.md"])
  }

  @Test func roundTripsAwkwardCells() throws {
    let awkward = [
      "", " ", "a,b", "\"", "\"\"", "line\nbreak", "cr\r\nlf", "£19,250", "’curly’", "tab\t",
      ",", "\n", "é\u{301}", "🙂",
    ]
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("rt.csv")
    let rows = awkward.map { [$0, "x" + $0] }
    try CSVWriter.write(rows, header: ["a", "b"], to: url)
    let back = try CSVReader(url: url).readAll().map(\.fields)
    #expect(back == rows)
  }

  @Test func roundTripsAnyCells() async throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let alphabet: [Character] = [",", "\"", "\n", "\r", " ", "£", "a", "Z", "1", "é", "🙂", "\t"]
    let cell = Gen<Character?>.element(of: alphabet).map { $0 ?? "a" }.string(of: 0...12)
    await propertyCheck(count: 200, input: cell.array(of: 1...5)) { row in
      let url = dir.appendingPathComponent("p-\(UUID().uuidString).csv")
      let header = (0..<row.count).map { "c\($0)" }
      #expect(throws: Never.self) {
        try CSVWriter.write([row, row], header: header, to: url)
        let back = try CSVReader(url: url).readAll().map(\.fields)
        #expect(back == [row, row])
      }
    }
  }
}
