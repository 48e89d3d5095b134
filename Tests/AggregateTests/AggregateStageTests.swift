import CSV
import Foundation
import Records
import Testing

@testable import Aggregate

/// Runs the aggregate stage on a fixture folder and reads back what it wrote.
struct AggregateRun {
  let output: URL

  /// Runs the stage on `Fixtures/<fixture>` into a fresh temporary folder.
  init(fixture: String) throws {
    let input = try #require(
      Bundle.module.url(forResource: fixture, withExtension: nil, subdirectory: "Fixtures"))
    try self.init(previous: input)
  }

  /// Runs the stage on a folder into a fresh temporary folder.
  init(previous: URL) throws {
    output = FileManager.default.temporaryDirectory
      .appendingPathComponent("aggregate-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let context = StageContext(
      inputs: previous, previous: previous, output: output)
    _ = try AggregateStage().run(in: context)
  }

  /// The rows of an output file, as dictionaries keyed by column.
  func rows(_ file: String) throws -> [[String: String]] {
    let reader = try CSVReader(url: output.appendingPathComponent(file), name: file)
    return try reader.readAll().map { record in
      Dictionary(uniqueKeysWithValues: zip(record.header.names, record.fields))
    }
  }

  /// The text of an output file.
  func text(_ file: String) throws -> String {
    try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
  }
}

/// Where expected files live in the source tree, so `FORCEBENCH_UPDATE_GOLDEN=1` can rewrite them.
let goldenSourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures/expected")

@Suite struct AggregateStageTests {
  let fixture = "basic"

  @Test(arguments: ["facts.csv", "force_year.csv", "force_summary.csv", "documents.csv"])
  func matchesExpectedFile(name: String) throws {
    let run = try AggregateRun(fixture: fixture)
    let actual = try run.text(name)
    if ProcessInfo.processInfo.environment["FORCEBENCH_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: goldenSourceFolder, withIntermediateDirectories: true)
      try actual.write(
        to: goldenSourceFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let expectedURL = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/expected"))
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(actual == expected)
  }

  @Test(arguments: [
    // Within one document: the finance section repeats the body's grant.
    (
      "leicestershire-2019-09-24-panel-report#900-1002",
      "leicestershire-2019-09-24-panel-report#100-189"
    ),
    // Within one document: the same sergeant and six detectives.
    (
      "leicestershire-2019-09-24-panel-report#1010-1098",
      "leicestershire-2019-09-24-panel-report#300-437"
    ),
    // Across documents of the same force: same amount, shared words (unseen, helpline).
    ("leicestershire-2020-05-01-foi#100-144", "leicestershire-2019-09-24-panel-report#100-189"),
    // Two sentences of one "no budget" answer.
    ("leicestershire-2016-02-17-foi#220-252", "leicestershire-2016-02-17-foi#100-201"),
    // One refusal explained over two sentences.
    ("north-yorkshire-2016-07-08-foi#800-856", "north-yorkshire-2016-07-08-foi#700-773"),
    // The same £10,000 for something else is not a repeat.
    ("leicestershire-2020-05-01-foi#200-267", ""),
    // A team with no count is not a repeat of a counted post that names it.
    ("leicestershire-2019-09-24-panel-report#420-456", ""),
    // A team named without a count, then counted: the count adds up, the team repeats it.
    ("cumbria-2019-foi#300-340", "cumbria-2019-foi#341-410"),
    // Two part-time DCIs and two part-time analysts: same count and basis, other roles.
    ("west-midlands-2017-foi#1066-1178", ""),
    // Two "no" statements with a funding fact between them are two statements.
    ("north-yorkshire-2016-07-08-foi#500-614", ""),
  ])
  func marksRepeats(factID: String, repeatOf: String) throws {
    let run = try AggregateRun(fixture: fixture)
    let facts = try run.rows("facts.csv")
    let fact = try #require(facts.first { $0["fact_id"] == factID })
    #expect(fact["repeat_of"] == repeatOf)
  }

  @Test func countsAPerAnnumAmountInEachYearItCovers() throws {
    let run = try AggregateRun(fixture: fixture)
    let years = try run.rows("force_year.csv").filter { $0["force_id"] == "cumbria" }
    // £20k per annum since April 2017, in a document of May 2019: £20k in each of three years.
    #expect(years.map { $0["financial_year"] } == ["2017-18", "2018-19", "2019-20"])
    #expect(years.map { $0["dedicated_gbp"] } == ["20000", "20000", "20000"])
    // Normalise prices each year at its own deflator; each year takes its own figure.
    #expect(years.map { $0["dedicated_real_gbp"] } == ["19000", "20000", "21000"])
    let summary = try #require(
      try run.rows("force_summary.csv").first { $0["force_id"] == "cumbria" })
    #expect(summary["dedicated_gbp"] == "60000")
    #expect(summary["dedicated_real_gbp"] == "60000")
    #expect(summary["dedicated_per_100k_gbp"] == "12000")
  }

  @Test func keepsBoundsOutOfExactSums() throws {
    let run = try AggregateRun(fixture: fixture)
    let summary = try run.rows("force_summary.csv")
    let leicestershire = try #require(summary.first { $0["force_id"] == "leicestershire" })
    // £19,250 exact; over £1.2m; up to £41,000.
    #expect(leicestershire["adjacent_gbp"] == "19250")
    #expect(leicestershire["adjacent_gbp_low"] == "1219250")
    #expect(leicestershire["adjacent_gbp_high"] == "")
    #expect(leicestershire["adjacent_bound_amounts"] == "2")
    let years = try run.rows("force_year.csv")
    let year = try #require(
      years.first { $0["force_id"] == "leicestershire" && $0["financial_year"] == "2016-17" })
    #expect(year["adjacent_gbp"] == "0")
    #expect(year["adjacent_gbp_low"] == "0")
    #expect(year["adjacent_gbp_high"] == "41000")
    #expect(year["flags"] == "only_bounds")
    // Only 2019-20 has both the £10,000 grant and the conflicting £12,000.
    let before = try #require(
      years.first { $0["force_id"] == "leicestershire" && $0["financial_year"] == "2018-19" })
    #expect(before["flags"] == "")
  }

  @Test(arguments: [
    // £10,000 over 2018-19 and 2019-20: half in each.
    ("2018-19", "5000", "5500", "500"),
    // Half the grant, plus £12,000 from another document that conflicts with it.
    ("2019-20", "17000", "17260", "1700"),
  ])
  func spreadsMoneyEvenlyOverYears(year: String, gbp: String, real: String, per100k: String)
    throws
  {
    let run = try AggregateRun(fixture: fixture)
    let row = try #require(
      try run.rows("force_year.csv").first {
        $0["force_id"] == "leicestershire" && $0["financial_year"] == year
      })
    #expect(row["dedicated_gbp"] == gbp)
    #expect(row["dedicated_real_gbp"] == real)
    #expect(row["dedicated_per_100k_gbp"] == per100k)
  }

  @Test(arguments: [
    ("leicestershire", "conflicting_figures;undated_amounts;years_not_covered", "2017-18"),
    ("north-yorkshire", "withheld;years_not_covered", "2017-18;2018-19;2019-20"),
    ("derbyshire", "no_facts;years_not_covered", "2015-16;2016-17;2017-18;2018-19;2019-20"),
    (
      "unknown", "force_unknown;missing_population;years_not_covered",
      "2015-16;2017-18;2018-19;2019-20"
    ),
  ])
  func flagsDataQuality(forceID: String, flags: String, notCovered: String) throws {
    let run = try AggregateRun(fixture: fixture)
    let row = try #require(try run.rows("force_summary.csv").first { $0["force_id"] == forceID })
    #expect(row["flags"] == flags)
    #expect(row["years_not_covered"] == notCovered)
  }

  @Test func countsStatementsOncePerStatement() throws {
    let run = try AggregateRun(fixture: fixture)
    let summary = try run.rows("force_summary.csv")
    let northYorkshire = try #require(summary.first { $0["force_id"] == "north-yorkshire" })
    #expect(northYorkshire["statements_none"] == "1")
    #expect(northYorkshire["statements_absorbed"] == "1")
    #expect(northYorkshire["statements_withheld"] == "1")
    #expect(northYorkshire["shared_unquantified_funding"] == "1")
    #expect(northYorkshire["repeats"] == "1")
    let westMidlands = try #require(summary.first { $0["force_id"] == "west-midlands" })
    #expect(westMidlands["staff_full_time"] == "1")
    // One part-time lead, two part-time DCIs and two part-time analysts: none repeats another.
    #expect(westMidlands["staff_part_time"] == "5")
    #expect(westMidlands["absorbed_staff_part_time"] == "5")
    let leicestershire = try #require(summary.first { $0["force_id"] == "leicestershire" })
    #expect(leicestershire["dedicated_staff_uncounted"] == "1")
    #expect(leicestershire["shared_staff_full_time"] == "7")
    #expect(leicestershire["documents"] == "4")
  }

  @Test func writesTheSameBytesTwice() throws {
    let first = try AggregateRun(fixture: fixture)
    let second = try AggregateRun(fixture: fixture)
    for name in [
      "facts.csv", "force_year.csv", "force_summary.csv", "documents.csv", "requests.csv",
    ] {
      #expect(try first.text(name) == second.text(name), "\(name) differs between runs")
    }
  }
}

@Suite struct AggregateErrorTests {
  @Test(arguments: [
    (
      AggregateError.noPreviousStage,
      "aggregate needs the classify stage's folder; run classify first"
    ),
    (
      .duplicateFactID("wmp#1-9", at: SourcePosition(file: "facts.csv", line: 4)),
      "facts.csv:4: the fact id 'wmp#1-9' is used on an earlier row"
    ),
    (
      .unclassified(factID: "wmp#1-9", at: SourcePosition(file: "facts.csv", line: 2)),
      "facts.csv:2: the fact 'wmp#1-9' has no classification; run classify before aggregate"
    ),
    (
      .unknownRepeat(
        factID: "wmp#20-30", repeatOf: "wmp#1-9", at: SourcePosition(file: "facts.csv", line: 3)),
      "facts.csv:3: the fact 'wmp#20-30' repeats 'wmp#1-9', which is not in the file"
    ),
    (.csv(.empty(file: "documents.csv")), "documents.csv:1: the file is empty (no header row)"),
    (
      .records(.missingValue(column: "kind", at: SourcePosition(file: "facts.csv", line: 5))),
      "facts.csv:5: the column 'kind' is empty"
    ),
  ])
  func describesErrors(error: AggregateError, description: String) {
    #expect(error.description == description)
    #expect(error.errorDescription == description)
  }

  /// Writes a fixture folder whose facts.csv has the given data rows.
  private func folder(facts rows: [[String]]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("aggregate-errors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try CSVWriter.write(rows, header: Fact.columns, to: url.appendingPathComponent("facts.csv"))
    try CSVWriter.write(
      [], header: DocumentRecord.columns, to: url.appendingPathComponent("documents.csv"))
    return url
  }

  private func row(id: String, classification: String = "none", repeatOf: String = "") -> [String] {
    var fact = Fact(
      id: id, document: "wmp.txt", forceID: "west-midlands", force: "West Midlands",
      documentDate: nil, documentType: .foiResponse, kind: .statement, quote: "No budget.")
    fact.resourceClass = ResourceClass(rawValue: classification)
    fact.repeatOf = repeatOf
    return fact.fields
  }

  private func staffRow(
    id: String, forceID: String = "west-midlands", count: String, basis: StaffBasis,
    role: String
  ) -> [String] {
    let fact = Fact(
      id: id, document: "\(forceID).txt", forceID: forceID, force: forceID, documentDate: nil,
      documentType: .foiResponse, kind: .staff, staffCount: Decimal(string: count),
      staffBasis: basis, financialYears: [FinancialYear(startYear: 2018)],
      resourceClass: .dedicated,
      quote: "\(count) \(role)", role: role)
    return fact.fields
  }

  /// Full-time equivalents keep their fractions in every sum (2.5 + 1 = 3.5, printed "3.5"),
  /// and a whole sum prints without a decimal point ("3", never "3.0").
  @Test func sumsFullTimeEquivalentsWithTheirFractions() throws {
    let input = try folder(facts: [
      staffRow(id: "wmp#1-9", count: "2.5", basis: .fullTime, role: "investigators"),
      staffRow(id: "wmp#10-19", count: "1", basis: .fullTime, role: "sergeant"),
      staffRow(id: "wmp#20-29", count: "0.5", basis: .partTime, role: "analyst"),
      staffRow(id: "wmp#30-39", count: "0.25", basis: .partTime, role: "researcher"),
      staffRow(id: "kent#1-9", forceID: "kent", count: "2.5", basis: .fullTime, role: "DCs"),
      staffRow(id: "kent#10-19", forceID: "kent", count: "0.5", basis: .fullTime, role: "DS"),
    ])
    let run = try AggregateRun(previous: input)
    let summary = try run.rows("force_summary.csv")
    let midlands = try #require(summary.first { $0["force_id"] == "west-midlands" })
    #expect(midlands["staff_full_time"] == "3.5")
    #expect(midlands["dedicated_staff_full_time"] == "3.5")
    #expect(midlands["staff_part_time"] == "0.75")
    let kent = try #require(summary.first { $0["force_id"] == "kent" })
    #expect(kent["staff_full_time"] == "3")
    #expect(kent["dedicated_staff_full_time"] == "3")
    #expect(kent["staff_part_time"] == "0")
    let year = try #require(
      try run.rows("force_year.csv").first {
        $0["force_id"] == "west-midlands" && $0["financial_year"] == "2018-19"
      })
    #expect(year["staff_full_time"] == "3.5")
    let facts = try run.rows("facts.csv")
    #expect(facts.map { $0["staff_count"] } == ["2.5", "1", "0.5", "0.25", "2.5", "0.5"])
  }

  @Test func rejectsADuplicateFactID() throws {
    let input = try folder(facts: [row(id: "wmp#1-9"), row(id: "wmp#1-9")])
    #expect(
      throws: AggregateError.duplicateFactID(
        "wmp#1-9", at: SourcePosition(file: "facts.csv", line: 3))
    ) {
      _ = try AggregateRun(previous: input)
    }
  }

  @Test func rejectsAnUnclassifiedFact() throws {
    let input = try folder(facts: [row(id: "wmp#1-9", classification: "")])
    #expect(
      throws: AggregateError.unclassified(
        factID: "wmp#1-9", at: SourcePosition(file: "facts.csv", line: 2))
    ) {
      _ = try AggregateRun(previous: input)
    }
  }

  @Test func rejectsARepeatOfNothing() throws {
    let input = try folder(facts: [row(id: "wmp#1-9", repeatOf: "wmp#0-1")])
    #expect(
      throws: AggregateError.unknownRepeat(
        factID: "wmp#1-9", repeatOf: "wmp#0-1", at: SourcePosition(file: "facts.csv", line: 2))
    ) {
      _ = try AggregateRun(previous: input)
    }
  }

  @Test func needsThePreviousStage() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    let context = StageContext(inputs: output, previous: nil, output: output)
    #expect(throws: AggregateError.noPreviousStage) { _ = try AggregateStage().run(in: context) }
  }
}
