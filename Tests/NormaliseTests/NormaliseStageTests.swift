import CSV
import Foundation
import Normalise
import Records
import Testing

/// A copy of the fixture folders in a fresh temporary folder, removed by the caller.
struct StageFolders {
  let root: URL
  let inputs: URL
  let previous: URL
  let output: URL

  init() throws {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("normalise-tests-\(UUID().uuidString)")
    inputs = root.appendingPathComponent("Inputs")
    previous = root.appendingPathComponent("ingest")
    output = root.appendingPathComponent("normalise")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent("inputs"), to: inputs)
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent("ingest"), to: previous)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
  }

  var context: StageContext { StageContext(inputs: inputs, previous: previous, output: output) }

  func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct NormaliseStageTests {
  let stage = NormaliseStage(baseYear: FinancialYear(startYear: 2018), spread: .even)

  @Test func writesTheExpectedFacts() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    let summary = try stage.run(in: folders.context)
    #expect(summary.read == 8)
    #expect(summary.written == 8)
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let expected = try String(
      contentsOf: fixtures.appendingPathComponent("expected_facts.csv"), encoding: .utf8)
    let actual = try String(
      contentsOf: folders.output.appendingPathComponent("facts.csv"), encoding: .utf8)
    #expect(actual == expected)
  }

  @Test func passesDocumentsOnWithCanonicalForces() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    _ = try stage.run(in: folders.context)
    let documents = try DocumentRecord.readAll(
      from: folders.output.appendingPathComponent("documents.csv"))
    #expect(
      documents.map(\.forceID) == ["leicestershire", "north-yorkshire", "west-midlands", "unknown"])
    #expect(
      documents.map(\.force) == ["Leicestershire", "North Yorkshire", "West Midlands", "unknown"])
    let requests = try RequestPassage.readAll(
      from: folders.output.appendingPathComponent("requests.csv"))
    #expect(
      requests.map(\.text) == ["Data on funding the PCC has allocated, for the years 2012-13"])
  }

  @Test func failsWithoutThePreviousStage() {
    let context = StageContext(
      inputs: URL(fileURLWithPath: "/nonexistent"), previous: nil,
      output: URL(fileURLWithPath: "/nonexistent"))
    #expect(throws: NormaliseError.missingPreviousStage) { try stage.run(in: context) }
  }

  @Test func failsForAForceNoTableKnows() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write(
      """
      document,force_id,force,document_date,document_type,encoding,characters,sha256,flags
      a.txt,atlantis,Atlantis Police,2016,foi_response,utf-8,1,,

      """, to: folders.previous.appendingPathComponent("documents.csv"))
    let error = try #require(throws: NormaliseError.self) { try stage.run(in: folders.context) }
    #expect(
      error.description.hasSuffix(
        "ingest/documents.csv:2: no force in forces.csv has the id or name 'atlantis'"))
  }

  @Test func failsForAMentionOfAnUnlistedDocument() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write(
      """
      mention_id,document,origin,kind,start,end,amount_gbp,amount_high_gbp,amount_qualifier,staff_count,staff_basis,role,period_text,per_annum,cues,sections,quote,context
      x#1-2,x.txt,text,statement,1,2,,,,,,,,false,,,No budget.,No budget.

      """, to: folders.previous.appendingPathComponent("mentions.csv"))
    let error = try #require(throws: NormaliseError.self) { try stage.run(in: folders.context) }
    #expect(
      error.description.hasSuffix(
        "ingest/mentions.csv:2: the document 'x.txt' is not listed in documents.csv"))
  }

  @Test func flagsAnAmountInAYearWithNoDeflator() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write(
      """
      mention_id,document,origin,kind,start,end,amount_gbp,amount_high_gbp,amount_qualifier,staff_count,staff_basis,role,period_text,per_annum,cues,sections,quote,context
      x#1-2,leics-2016-foi.txt,text,funding,1,2,10,,exact,,,,in 2019/20,false,,,£10,£10 in 2019/20.

      """, to: folders.previous.appendingPathComponent("mentions.csv"))
    _ = try stage.run(in: folders.context)
    let facts = try String(
      contentsOf: folders.output.appendingPathComponent("facts.csv"), encoding: .utf8)
    #expect(facts.contains("no_deflator_for_year"))
  }
}
