import Foundation
import Testing

@testable import CSV

@Suite struct CSVReaderTests {
  private func rows(_ text: String) throws -> (header: [String], rows: [[String]], lines: [Int]) {
    try rows(Data(text.utf8))
  }

  private func rows(_ data: Data) throws -> (header: [String], rows: [[String]], lines: [Int]) {
    let reader = try CSVReader(data: data, name: "t.csv")
    let records = try reader.readAll()
    return (reader.header.names, records.map(\.fields), records.map(\.line))
  }

  @Test func readsPlainRowsWithLineNumbers() throws {
    let result = try rows("a,b\n1,2\n3,4\n")
    #expect(result.header == ["a", "b"])
    #expect(result.rows == [["1", "2"], ["3", "4"]])
    #expect(result.lines == [2, 3])
  }

  /// Found by the fuzzer: rows of a file with CR alone between lines were all "line 1".
  @Test func numbersLinesEndedByCarriageReturnAlone() throws {
    let result = try rows("a,b\r1,2\r3,4\r\n5,6")
    #expect(result.rows == [["1", "2"], ["3", "4"], ["5", "6"]])
    #expect(result.lines == [2, 3, 4])
  }

  @Test(arguments: [
    ("a,b\r\n1,2\r\n", [["1", "2"]]),  // CRLF
    ("a,b\n1,2", [["1", "2"]]),  // no final newline: csv_fini must flush the row
    ("a,b\n\"x,y\",2\n", [["x,y", "2"]]),  // comma inside quotes
    ("a,b\n\"say \"\"hi\"\"\",2\n", [["say \"hi\"", "2"]]),  // doubled quote
    ("a,b\n\"two\nlines\",2\n", [["two\nlines", "2"]]),  // newline inside quotes
    ("a,b\n\"two\r\nlines\",2\n", [["two\r\nlines", "2"]]),  // CRLF inside quotes
    ("a,b\n,\n", [["", ""]]),  // two empty fields
    ("a,b\n  x , y \n", [["  x ", " y "]]),  // spaces kept as written
    ("a,b\n£19,250\n", [["£19", "250"]]),  // UTF-8 text
  ])
  func readsAwkwardCells(text: String, expected: [[String]]) throws {
    #expect(try rows(text).rows == expected)
  }

  @Test func dropsUTF8ByteOrderMark() throws {
    let result = try rows(Data([0xEF, 0xBB, 0xBF]) + Data("force_id,name\nx,y\n".utf8))
    #expect(result.header == ["force_id", "name"])
  }

  @Test func tellsEmptyFieldFromMissingColumn() throws {
    let reader = try CSVReader(data: Data("a,b\n1,\n".utf8), name: "t.csv")
    let record = try #require(try reader.next())
    #expect(record["b"] == "")
    #expect(record["c"] == nil)
  }

  @Test func numbersRowsThatSpanLines() throws {
    let result = try rows("a\n\"one\ntwo\"\nthree\n")
    #expect(result.lines == [2, 4])
  }

  @Test(arguments: [
    ("a,b\n\"open,2\n", CSVError.unterminatedQuote(file: "t.csv", line: 2)),
    ("a,b\n1,2\nx\"y,2\n", CSVError.strayQuote(file: "t.csv", line: 3)),
    ("a,b\n\"x\"y,2\n", CSVError.textAfterClosingQuote(file: "t.csv", line: 2)),
    ("a,b\n1,2,3\n", CSVError.wrongFieldCount(file: "t.csv", line: 2, expected: 2, found: 3)),
    ("a,b\n1\n", CSVError.wrongFieldCount(file: "t.csv", line: 2, expected: 2, found: 1)),
  ])
  func rejectsBadCSV(text: String, expected: CSVError) throws {
    #expect(throws: expected) { try rows(text) }
  }

  @Test func rejectsInvalidUTF8() throws {
    let data = Data("a\nok\n".utf8) + Data([0xA3, 0x31, 0x0A])
    #expect(throws: CSVError.invalidUTF8(file: "t.csv", line: 3)) { try rows(data) }
  }

  @Test func rejectsEmptyFileAndDuplicateColumns() throws {
    #expect(throws: CSVError.empty(file: "t.csv")) { try rows("") }
    #expect(throws: CSVError.duplicateColumn("a", file: "t.csv")) { try rows("a,a\n") }
  }

  @Test func requiresNamedColumns() throws {
    let reader = try CSVReader(data: Data("a,b\n".utf8), name: "t.csv")
    #expect(throws: CSVError.missingColumn("c", file: "t.csv")) {
      try reader.require(columns: ["a", "c"])
    }
  }

  @Test func streamsALargeFileFromDisk() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("big.csv")
    let writer = try CSVWriter(url: url, header: ["n", "text"])
    for n in 0..<20_000 { try writer.write([String(n), "row \(n), with \"quotes\"\nand a break"]) }
    try writer.finish()
    let reader = try CSVReader(url: url)
    var count = 0
    var lastLine = 0
    while let record = try reader.next() {
      #expect(record["n"] == String(count))
      lastLine = record.line
      count += 1
    }
    #expect(count == 20_000)
    #expect(lastLine == 1 + 2 * 19_999 + 1)
  }

  @Test(arguments: [
    (
      CSVError.unterminatedQuote(file: "f.csv", line: 3),
      "f.csv:3: a quoted field is never closed (unterminated quote)"
    ),
    (
      CSVError.strayQuote(file: "f.csv", line: 2),
      "f.csv:2: a quote appears inside an unquoted field (stray quote)"
    ),
    (
      CSVError.textAfterClosingQuote(file: "f.csv", line: 2),
      "f.csv:2: text follows the closing quote of a quoted field"
    ),
    (
      CSVError.wrongFieldCount(file: "f.csv", line: 4, expected: 2, found: 3),
      "f.csv:4: the row has 3 fields but the header has 2"
    ),
    (CSVError.invalidUTF8(file: "f.csv", line: 5), "f.csv:5: the row is not valid UTF-8"),
    (CSVError.missingColumn("x", file: "f.csv"), "f.csv:1: the header has no column 'x'"),
    (
      CSVError.duplicateColumn("x", file: "f.csv"), "f.csv:1: the header names the column 'x' twice"
    ),
    (CSVError.empty(file: "f.csv"), "f.csv:1: the file is empty (no header row)"),
    (CSVError.io("cannot open the file", file: "f.csv"), "f.csv: cannot open the file"),
  ])
  func describesEachError(error: CSVError, text: String) {
    #expect(error.description == text)
  }
}
