import CSV
import Classify
import Foundation
import Records
import Testing

/// A copy of the fixture folders in a fresh temporary folder, removed by the caller.
struct StageFolders {
  let root: URL
  let inputs: URL
  let previous: URL
  let output: URL
  let rules: URL

  init() throws {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("classify-tests-\(UUID().uuidString)")
    inputs = root.appendingPathComponent("Inputs")
    previous = root.appendingPathComponent("normalise")
    output = root.appendingPathComponent("classify")
    rules = root.appendingPathComponent("rules.yml")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent("inputs"), to: inputs)
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("normalise"), to: previous)
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent("rules.yml"), to: rules)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
  }

  var context: StageContext { StageContext(inputs: inputs, previous: previous, output: output) }

  var overrides: URL { inputs.appendingPathComponent("overrides.csv") }

  func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct ClassifyStageTests {
  @Test func writesTheExpectedFacts() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    let summary = try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    #expect(summary.read == 4)
    #expect(
      summary.notes == [
        "1 facts dedicated", "2 facts absorbed", "1 facts adjacent", "1 classes from overrides",
      ])
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let expected = try String(
      contentsOf: fixtures.appendingPathComponent("expected_facts.csv"), encoding: .utf8)
    let actual = try String(
      contentsOf: folders.output.appendingPathComponent("facts.csv"), encoding: .utf8)
    #expect(actual == expected)
    for file in ["documents.csv", "requests.csv"] {
      let passed = try String(
        contentsOf: folders.output.appendingPathComponent(file), encoding: .utf8)
      let original = try String(
        contentsOf: folders.previous.appendingPathComponent(file), encoding: .utf8)
      #expect(passed == original)
    }
  }

  @Test func marksAnOverriddenClassWithTheFactID() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    _ = try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    let facts = try Fact.readAll(from: folders.output.appendingPathComponent("facts.csv"))
    let statement = try #require(facts.first { $0.id == "wmp#50-90" })
    #expect(statement.resourceClass == .absorbed)
    #expect(statement.rule == "override:wmp#50-90")
    let staff = try #require(facts.first { $0.id == "wmp#5-40" })
    #expect(staff.staffCount == 3)
    #expect(staff.rule == "staff-part-time")
    #expect(staff.flags == ["overridden_staff_count"])
  }

  @Test func anOverrideKeepsTheFractionOfAFullTimeEquivalent() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write(
      """
      fact_id,field,value,reason,date
      wmp#50-90,classification,absorbed,No specific budget,2024-05-31
      wmp#5-40,staff_count,2.5,The answer gives 2.5 FTE further down,2024-05-31

      """, to: folders.overrides)
    _ = try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    let url = folders.output.appendingPathComponent("facts.csv")
    let staff = try #require(try Fact.readAll(from: url).first { $0.id == "wmp#5-40" })
    #expect(staff.staffCount == Decimal(string: "2.5"))
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains(",2.5,part_time,"))
  }

  @Test func overrideWinsOverAMatchingRule() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write(
      """
      fact_id,field,value,reason,date
      leics#10-60,classification,shared,The post also covers trafficking (see annex),2024-06-01
      wmp#50-90,classification,absorbed,No specific budget,2024-05-31

      """, to: folders.overrides)
    _ = try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    let facts = try Fact.readAll(from: folders.output.appendingPathComponent("facts.csv"))
    let fact = try #require(facts.first { $0.id == "leics#10-60" })
    #expect(fact.resourceClass == .shared)
    #expect(fact.rule == "override:leics#10-60")
  }

  @Test func stopsWhenNoRuleMatches() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write("fact_id,field,value,reason,date\n", to: folders.overrides)
    #expect(
      throws: ClassifyError.noRuleMatched(
        factID: "wmp#50-90", document: "wmp.txt",
        quote: "There is no specific budget for anti-trafficking activities.")
    ) {
      try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    }
  }

  @Test func treatsAMissingOverridesFileAsNoOverrides() throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try FileManager.default.removeItem(at: folders.overrides)
    try folders.write(
      "rules:\n  - id: all\n    description: Everything.\n    class: none\n", to: folders.rules)
    let summary = try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    #expect(summary.notes == ["4 facts none"])
  }

  @Test(arguments: [
    (
      "wmp#50-90,classification,none,Checked,2024-05-31\nnobody#1-2,classification,none,Checked,2024-05-31",
      "overrides.csv:3: no fact has the id 'nobody#1-2'"
    ),
    (
      "wmp#50-90,colour,red,Checked,2024-05-31",
      "overrides.csv:2: 'colour' is not a field an override can change (one of classification, staff_count, staff_basis)"
    ),
    (
      "wmp#50-90,classification,huge,Checked,2024-05-31",
      "overrides.csv:2: 'huge' is not a valid classification (expected one of dedicated, shared, absorbed, adjacent, none, withheld)"
    ),
    (
      "wmp#5-40,staff_count,two,Checked,2024-05-31",
      "overrides.csv:2: 'two' is not a valid staff_count (expected a plain number such as 3 or 2.5, or empty)"
    ),
    (
      "wmp#5-40,staff_count,1.5.0,Checked,2024-05-31",
      "overrides.csv:2: '1.5.0' is not a valid staff_count (expected a plain number such as 3 or 2.5, or empty)"
    ),
    (
      "wmp#5-40,staff_basis,sometimes,Checked,2024-05-31",
      "overrides.csv:2: 'sometimes' is not a valid staff_basis (expected full_time, part_time or empty)"
    ),
    (
      "wmp#50-90,classification,none,,2024-05-31",
      "overrides.csv:2: the override of wmp#50-90 gives no reason"
    ),
    (
      "wmp#50-90,classification,none,Checked,31/05/2024",
      "overrides.csv:2: '31/05/2024' is not a valid date (expected a date such as 2024-05-31)"
    ),
    (",classification,none,Checked,2024-05-31", "overrides.csv:2: the fact_id is empty"),
    (
      "wmp#50-90,classification,none,Checked,2024-05-31\nwmp#50-90,classification,absorbed,Again,2024-06-01",
      "overrides.csv:3: fact wmp#50-90 already has an override of classification on line 2"
    ),
  ])
  func stopsForABadOverride(row: String, message: String) throws {
    let folders = try StageFolders()
    defer { folders.remove() }
    try folders.write("fact_id,field,value,reason,date\n\(row)\n", to: folders.overrides)
    let error = try #require(throws: ClassifyError.self) {
      try ClassifyStage(rulesFile: folders.rules).run(in: folders.context)
    }
    #expect(error.description.hasSuffix("Inputs/" + message))
  }

  @Test func failsWithoutThePreviousStage() {
    let context = StageContext(
      inputs: URL(fileURLWithPath: "/nonexistent"), previous: nil,
      output: URL(fileURLWithPath: "/nonexistent"))
    #expect(throws: ClassifyError.missingPreviousStage) {
      try ClassifyStage(rulesFile: URL(fileURLWithPath: "/nonexistent/rules.yml")).run(in: context)
    }
  }

  @Test func namesTheInputsAndTheRulesFileForTheRunner() {
    let context = StageContext(
      inputs: URL(fileURLWithPath: "/work/Inputs"), previous: nil,
      output: URL(fileURLWithPath: "/tmp/out"))
    let stage = ClassifyStage(rulesFile: URL(fileURLWithPath: "/work/Pipelines/rules.yml"))
    #expect(
      stage.inputFiles(in: context).map(\.path) == [
        "/work/Pipelines/rules.yml", "/work/Inputs/overrides.csv",
      ])
    #expect(stage.parameters.isEmpty)
  }
}

@Suite struct OverrideTests {
  let fact = Fact(
    id: "wmp#1-2", document: "wmp.txt", forceID: "west-midlands", force: "West Midlands",
    documentDate: nil, documentType: .foiResponse, kind: .staff, staffCount: 1,
    staffBasis: .fullTime, resourceClass: .dedicated, rule: "staff-dedicated-msht", quote: "q")

  @Test(arguments: [
    (
      Override.Change.classification(.absorbed), ResourceClass.absorbed, "override:wmp#1-2", 1,
      StaffBasis.fullTime, [String]()
    ),
    (.staffCount(4), .dedicated, "staff-dedicated-msht", 4, .fullTime, ["overridden_staff_count"]),
    // An FTE with its fraction is kept as the analyst wrote it.
    (
      .staffCount(2.5), .dedicated, "staff-dedicated-msht", 2.5, .fullTime,
      ["overridden_staff_count"]
    ),
    (
      .staffBasis(.partTime), .dedicated, "staff-dedicated-msht", 1, .partTime,
      ["overridden_staff_basis"]
    ),
  ])
  func appliesAChange(
    change: Override.Change, resourceClass: ResourceClass, rule: String, count: Decimal,
    basis: StaffBasis, flags: [String]
  ) {
    let override = Override(
      factID: "wmp#1-2", change: change, reason: "r", date: "2024-05-31",
      position: SourcePosition(file: "Inputs/overrides.csv", line: 2))
    let result = override.apply(to: fact)
    #expect(result.resourceClass == resourceClass)
    #expect(result.rule == rule)
    #expect(result.staffCount == count)
    #expect(result.staffBasis == basis)
    #expect(result.flags == flags)
  }
}
