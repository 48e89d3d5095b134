import CSV
import Foundation
import Testing

@testable import Records

@Suite struct ForceTableTests {
  private func write(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("forces-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    return url
  }

  private let header = "force_id,name,aliases,region,short_name\n"

  @Test func findsForcesByAnyName() throws {
    let url = try write(
      header
        + "west-midlands,West Midlands Police,WMP;Office of the Police & Crime Commissioner,"
        + "West Midlands,West Midlands\n")
    defer { try? FileManager.default.removeItem(at: url) }
    let table = try ForceTable.load(from: url, name: "forces.csv")
    #expect(table.force(named: "wmp")?.id == "west-midlands")
    #expect(
      table.force(named: "office of the police and crime commissioner")?.id == "west-midlands")
    #expect(table.force(named: "West Midlands")?.shortName == "West Midlands")
    #expect(table.force(named: "west-midlands")?.name == "West Midlands Police")
    #expect(table.force(named: "Wessex") == nil)
  }

  @Test(arguments: [
    (
      "x,y,,,\n",
      RecordError.badValue(
        column: "force_id", value: "x", expected: "an id not used on an earlier row",
        at: SourcePosition(file: "forces.csv", line: 3))
    ),
    (
      "Bad Id,y,,,\n",
      RecordError.badValue(
        column: "force_id", value: "Bad Id", expected: "a lower-case slug such as west-midlands",
        at: SourcePosition(file: "forces.csv", line: 3))
    ),
    (
      "z,,,,\n",
      RecordError.missingValue(
        column: "name", at: SourcePosition(file: "forces.csv", line: 3))
    ),
    ("\"z,\n", RecordError.csv(.unterminatedQuote(file: "forces.csv", line: 3))),
  ])
  func rejectsBadRows(row: String, expected: RecordError) throws {
    let url = try write(header + "x,X Police,,,X\n" + row)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: expected) { try ForceTable.load(from: url, name: "forces.csv") }
  }

  @Test func describesErrors() {
    let at = SourcePosition(file: "forces.csv", line: 3)
    #expect(
      RecordError.missingValue(column: "name", at: at).description
        == "forces.csv:3: the column 'name' is empty")
    #expect(
      RecordError.badValue(column: "a", value: "b", expected: "c", at: at).description
        == "forces.csv:3: 'b' in column 'a' is not c")
  }

  @Test func shippedTableHasTheFortyThreeForces() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Inputs/reference/forces.csv").standardized
    let table = try ForceTable.load(from: url)
    #expect(table.forces.filter { $0.type == "territorial" }.count == 43)
    #expect(table.force(named: "NYP")?.id == "north-yorkshire")
  }
}

@Suite struct TableRowTests {
  @Test func factRoundTripsThroughCSV() throws {
    let fact = Fact(
      id: "doc#1-9", document: "doc.txt", forceID: "west-midlands", force: "West Midlands",
      documentDate: DocumentDate("2017"), documentType: .foiResponse, kind: .funding,
      amount: 41000, qualifier: .upTo, financialYears: [.init(startYear: 2016)],
      periodText: "in 2016/17", resourceClass: .adjacent, rule: "cse-money",
      quote: "up to £41,000, \"quoted\"", amountHigh: nil, realAmount: Decimal(string: "41012.5"),
      cues: ["cse", "absorbed"], context: "line\nbreak")
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("facts-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    try Fact.write([fact], to: url)
    let back = try Fact.readAll(from: url)
    var expected = fact
    expected.cues = ["absorbed", "cse"]
    #expect(back == [expected])
    #expect(
      Array(Fact.columns.prefix(17)) == [
        "fact_id", "document", "force_id", "force", "document_date", "document_type", "kind",
        "amount_gbp", "amount_qualifier", "staff_count", "staff_basis", "financial_years",
        "period_text", "classification", "rule", "quote", "repeat_of",
      ])
  }

  /// A staff count is printed exactly: its fraction as written, no trailing zeros, no decimal
  /// point for a whole count, never rounded; and it reads back the same.
  @Test(arguments: [
    ("9.5", "9.5"), ("0.6", "0.6"), ("0.25", "0.25"), ("12", "12"), ("13.0", "13"),
    ("2.50", "2.5"), ("0.125", "0.125"), ("1000", "1000"),
  ])
  func printsAStaffCountExactly(written: String, printed: String) throws {
    let count = try #require(PlainNumber.count(from: written))
    #expect(PlainNumber.count(count) == printed)
    #expect(PlainNumber.count(from: printed) == count)
  }

  @Test(arguments: ["", "two", "-1", "1.5.0", ".5", "5.", "1,000", "1e3", " 3", "٣"])
  func refusesAStaffCountThatIsNotPlain(written: String) {
    #expect(PlainNumber.count(from: written) == nil)
  }

  @Test func sumsOfStaffCountsStayExact() throws {
    let tenth = try #require(PlainNumber.count(from: "0.1"))
    let fifth = try #require(PlainNumber.count(from: "0.2"))
    #expect(PlainNumber.count(tenth + fifth) == "0.3")
    let twoAndAHalf = try #require(PlainNumber.count(from: "2.5"))
    #expect(PlainNumber.count(twoAndAHalf + 1) == "3.5")
    let half = try #require(PlainNumber.count(from: "0.5"))
    #expect(PlainNumber.count(twoAndAHalf + half) == "3")
  }

  @Test func aFractionalStaffCountRoundTripsThroughCSV() throws {
    let fact = Fact(
      id: "doc#1-9", document: "doc.txt", forceID: "durham", force: "Durham",
      documentDate: nil, documentType: .foiResponse, kind: .staff,
      staffCount: Decimal(string: "9.5"), staffBasis: .fullTime, quote: "9.5")
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("facts-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    try Fact.write([fact], to: url)
    #expect(try Fact.readAll(from: url) == [fact])
    #expect(try String(contentsOf: url, encoding: .utf8).contains(",9.5,full_time,"))
  }

  @Test func badNumberNamesFileAndLine() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("m-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    var row = Mention(
      id: "d#1-2", document: "d.txt", kind: .funding, start: 1, end: 2,
      quote: "x", context: "x"
    ).fields
    row[Mention.columns.firstIndex(of: "amount_gbp") ?? 0] = "£5"
    try Data((CSVWriter.encode(Mention.columns) + "\n" + CSVWriter.encode(row) + "\n").utf8).write(
      to: url)
    #expect(
      throws: RecordError.badValue(
        column: "amount_gbp", value: "£5", expected: "a plain number",
        at: SourcePosition(file: "m.csv", line: 2))
    ) {
      try Mention.readAll(from: url, name: "m.csv")
    }
  }
}
