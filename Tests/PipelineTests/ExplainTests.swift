import CSV
import Foundation
import Pipeline
import Records
import Testing

/// The built `forcebench` binary beside the test bundle, when the build made one.
private let explainBinary: URL? = {
  let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("forcebench")
  return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
}()

/// `forcebench explain` on a small study run end to end: the fixture project with a document
/// of money (one figure said twice, so the second is a repeat), a document whose money names
/// no MSHT word (set aside) and an analyst's override.
@Suite struct ExplainTests {
  static let first = "leicestershire-2018-foi#70-146"
  static let repeated = "leicestershire-2018-foi#148-210"
  static let statement = "west-midlands-2017-foi#0-63"
  static let setAside = "leicestershire-2018-budget#73-78"

  /// The fixture project with the extra documents, rules and override, run once.
  static func study(run: Bool = true) throws -> TestFolder {
    let folder = try TestFolder()
    try folder.copyFixture("project")
    // The report stage reads the reference sources for its method section.
    try folder.write("# Reference data sources\n", to: "Inputs/reference/SOURCES.md")
    try folder.write(
      """
      rules:
        - id: statement-none
          description: Any statement is counted as none.
          class: none
          kind: statement
        - id: funding-msht
          description: Money whose sentence names modern slavery is dedicated.
          class: dedicated
          kind: funding
          context_has_any: "@msht"
        - id: funding-other
          description: Any other money is shared.
          class: shared
          kind: funding

      """, to: "Pipelines/rules.yml")
    try folder.write(
      """
      Leicestershire Police

      Freedom of Information request, 12 March 2018

      In 2017/18 the force spent £19,250 on its modern slavery victim coordinator.

      The modern slavery victim coordinator cost £19,250 in 2017/18.

      """, to: "Inputs/documents/leicestershire-2018-foi.txt")
    try folder.write(
      """
      Leicestershire Police annual accounts 2018

      The force's total budget was £300m.

      """, to: "Inputs/documents/leicestershire-2018-budget.txt")
    try folder.write(
      """
      fact_id,field,value,reason,date
      \(statement),classification,absorbed,"The covering letter says the work sits in CID budgets",2024-05-31

      """, to: "Inputs/overrides.csv")
    if run { try Project(workspace: folder.workspace).run() }
    return folder
  }

  func explain(_ id: String, in folder: TestFolder) throws -> String {
    try Explainer(workspace: folder.workspace).explain(id)
  }

  @Test func aRepeatedFactShowsItsDocumentWordsEvidenceRuleAndWhatItRepeats() throws {
    let folder = try Self.study()
    #expect(
      try explain(Self.repeated, in: folder).split(
        separator: "\n", omittingEmptySubsequences: false)
        == [
          "fact: leicestershire-2018-foi#148-210 (Outputs/report/facts.csv line 3)",
          "document: leicestershire-2018-foi.txt",
          "force: Leicestershire (leicestershire)",
          "type: foi_response",
          "date: 2018-03-12",
          "quote: \"The modern slavery victim coordinator cost £19,250 in 2017/18.\"",
          "sentence: \"The modern slavery victim coordinator cost £19,250 in 2017/18.\"",
          "kind: funding",
          "amount: £19,250 (exact)",
          "financial years: 2017-18",
          "period: \"in 2017/18\"",
          "real terms: £19,615.04 at 2018-19 prices",
          "per 100,000 residents: £1,865.97 (population of 2011)",
          "cues: msht",
          "flags: population_year_differs",
          "taken because: its sentence names 'modern slavery'",
          "class: dedicated",
          "rule: funding-msht (Pipelines/rules.yml line 6): "
            + "Money whose sentence names modern slavery is dedicated.",
          "repeat of: leicestershire-2018-foi#70-146 (in leicestershire-2018-foi.txt), the same "
            + "resource mentioned before; this fact is not counted again",
        ])
  }

  @Test func aFirstMentionHasNoRepeatLine() throws {
    let folder = try Self.study()
    let lines = try explain(Self.first, in: folder).split(separator: "\n")
    #expect(lines.first == "fact: leicestershire-2018-foi#70-146 (Outputs/report/facts.csv line 2)")
    #expect(
      lines.suffix(3) == [
        "taken because: its sentence names 'modern slavery'",
        "class: dedicated",
        "rule: funding-msht (Pipelines/rules.yml line 6): "
          + "Money whose sentence names modern slavery is dedicated.",
      ])
  }

  @Test func anOverriddenFactShowsTheOverrideRow() throws {
    let folder = try Self.study()
    #expect(
      try explain(Self.statement, in: folder).split(separator: "\n") == [
        "fact: west-midlands-2017-foi#0-63 (Outputs/report/facts.csv line 4)",
        "document: west-midlands-2017-foi.txt",
        "force: West Midlands (west-midlands)",
        "type: other",
        "date: 2017",
        "document flags: date_from_file_name",
        "quote: \"West Midlands Police has no specific budget for modern slavery.\"",
        "sentence: \"West Midlands Police has no specific budget for modern slavery.\"",
        "kind: statement",
        "financial years: none given",
        "period: none given",
        "cues: msht, no_specific_budget",
        "taken because: a statement about resources",
        "class: absorbed",
        "rule: override:west-midlands-2017-foi#0-63, set by Inputs/overrides.csv",
        "override: Inputs/overrides.csv:2: fact_id west-midlands-2017-foi#0-63, field "
          + "classification, value absorbed, reason \"The covering letter says the work sits in "
          + "CID budgets\", date 2024-05-31",
      ])
  }

  @Test func aSetAsideMentionSaysWhyItIsNotCounted() throws {
    let folder = try Self.study()
    #expect(
      try explain(Self.setAside, in: folder).split(separator: "\n") == [
        "set-aside mention: leicestershire-2018-budget#73-78 "
          + "(Outputs/stages/ingest/set_aside.csv line 2)",
        "document: leicestershire-2018-budget.txt",
        "force: Leicestershire (leicestershire)",
        "type: other",
        "date: 2018",
        "document flags: date_from_file_name",
        "words: \"£300m\"",
        "sentence: \"The force's total budget was £300m.\"",
        "not counted: the size of a general fund or grant, not money for MSHT",
      ])
  }

  @Test func anUnknownIDSuggestsFactsOfItsDocument() throws {
    let folder = try Self.study()
    let error = PipelineError.unknownID(
      "leicestershire-2018-foi#1-2", suggestions: [Self.first, Self.repeated])
    #expect(throws: error) { try explain("leicestershire-2018-foi#1-2", in: folder) }
    #expect(
      error.description
        == "explain: no fact or set-aside mention has the id 'leicestershire-2018-foi#1-2'; "
        + "facts of that document include: leicestershire-2018-foi#70-146, "
        + "leicestershire-2018-foi#148-210")
    #expect(throws: PipelineError.unknownID("nothing", suggestions: [])) {
      try explain("nothing", in: folder)
    }
    #expect(
      PipelineError.unknownID("nothing", suggestions: []).description
        == "explain: no fact or set-aside mention has the id 'nothing'")
  }

  @Test func noOutputsSaysToRunFirst() throws {
    let folder = try Self.study(run: false)
    let error = PipelineError.noFacts(
      report: "Outputs/report/facts.csv", classify: "Outputs/stages/classify/facts.csv")
    #expect(throws: error) { try explain(Self.first, in: folder) }
    #expect(
      error.description
        == "explain: there are no facts yet (no Outputs/report/facts.csv or "
        + "Outputs/stages/classify/facts.csv); run forcebench run first")
  }

  @Test func mentionsWithoutTheEvidenceColumnSaySo() throws {
    let folder = try Self.study()
    // A mentions file as a forcebench older than the evidence column wrote it.
    let url = folder.url.appendingPathComponent("Outputs/stages/ingest/mentions.csv")
    let mentions = try Mention.readAll(from: url)
    try CSVWriter.write(
      mentions.map { Array($0.fields.dropLast()) }, header: Mention.requiredColumns, to: url)
    let lines = try explain(Self.first, in: folder).split(separator: "\n")
    #expect(
      lines.filter { $0.hasPrefix("taken because:") } == [
        "taken because: not recorded (Outputs/stages/ingest/mentions.csv has no evidence "
          + "column: an older forcebench wrote it; run forcebench run to record it)"
      ])
  }

  @Test func withoutAReportTheFactIsReadFromClassify() throws {
    let folder = try Self.study()
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent("Outputs/report"))
    let lines = try explain(Self.repeated, in: folder).split(separator: "\n")
    #expect(
      lines.first
        == "fact: leicestershire-2018-foi#148-210 (Outputs/stages/classify/facts.csv line 3)")
    #expect(
      lines.last
        == "repeat of: not known (aggregate finds repeats; run forcebench run to have it)")
  }

  @Test(.enabled(if: explainBinary != nil, "the forcebench binary is built beside the tests"))
  func theCommandPrintsTheTextOrOneErrorLine() throws {
    let folder = try Self.study()
    func forcebench(_ arguments: [String]) throws -> (Int32, String, String) {
      let process = Process()
      process.executableURL = explainBinary
      process.arguments = arguments
      process.currentDirectoryURL = folder.url
      let out = Pipe()
      let err = Pipe()
      process.standardOutput = out
      process.standardError = err
      try process.run()
      let output = out.fileHandleForReading.readDataToEndOfFile()
      let error = err.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (
        process.terminationStatus, String(decoding: output, as: UTF8.self),
        String(decoding: error, as: UTF8.self)
      )
    }
    let (status, output, error) = try forcebench(
      ["explain", Self.setAside, "--pipeline", "Pipelines/test.yml"])
    #expect(status == 0)
    #expect(output == (try explain(Self.setAside, in: folder)) + "\n")
    #expect(error == "")
    let (badStatus, badOutput, badError) = try forcebench(
      ["explain", "leicestershire-2018-budget#0-1", "--pipeline", "Pipelines/test.yml"])
    #expect(badStatus == 1)
    #expect(badOutput == "")
    #expect(
      badError
        == "explain: no fact or set-aside mention has the id 'leicestershire-2018-budget#0-1'\n")
    let (noneStatus, _, noneError) = try forcebench(
      ["explain", Self.first, "--pipeline", "Pipelines/test.yml", "--outputs", "Elsewhere"])
    #expect(noneStatus == 1)
    #expect(
      noneError
        == "explain: there are no facts yet (no Elsewhere/report/facts.csv or "
        + "Elsewhere/stages/classify/facts.csv); run forcebench run first\n")
  }
}
