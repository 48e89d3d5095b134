import Classify
import Foundation
import Records
import Testing

@Suite struct RuleBookTests {
  let file = "Pipelines/rules.yml"

  @Test func readsRulesTermsAndConditions() throws {
    let book = try RuleBook.parse(
      """
      terms:
        msht: [modern slavery, traffick*]
      rules:
        - id: dedicated-money
          description: Money for MSHT alone.
          class: dedicated
          kind: [funding]
          context_has_any: ["@msht", helpline]
          has_amount: true
          qualifier: [exact, up_to]
          document_type: foi_response
        - id: part-time
          description: Part-time staff.
          class: absorbed
          kind: staff
          basis: part_time
          cues_any: part_time
      """, file: file)
    #expect(book.rules.map(\.id) == ["dedicated-money", "part-time"])
    let first = try #require(book.rules.first)
    #expect(first.line == 4)
    #expect(first.contextHasAny == ["modern slavery", "traffick*", "helpline"])
    #expect(first.kinds == [.funding])
    #expect(first.qualifiers == [.exact, .upTo])
    #expect(first.hasAmount == true)
    #expect(book.rules.last?.basis == .partTime)
    #expect(book.rules.last?.cuesAny == ["part_time"])
  }

  @Test(arguments: [
    (
      "rules:\n  - id: a\n    description: d\n    class: dedicated\n    quote_has: [x]\n",
      "Pipelines/rules.yml:5: unknown key 'quote_has' in a rule (allowed: id, description, class, kind, quote_has_any, quote_also_has_any, quote_has_none, context_has_any, context_also_has_any, context_has_none, cues_any, cues_none, basis, has_amount, qualifier, document_type)"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: huge\n",
      "Pipelines/rules.yml:4: 'huge' is not a class (one of dedicated, shared, absorbed, adjacent, none, withheld)"
    ),
    (
      "rules:\n  - id: a\n    class: none\n",
      "Pipelines/rules.yml:2: the rule has no 'description'"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: none\n    kind: money\n",
      "Pipelines/rules.yml:5: 'money' is not a valid kind (one of funding, staff, statement)"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: none\n    cues_any: [absorbd]\n",
      "Pipelines/rules.yml:5: 'absorbd' is not a cue ingest writes (one of absorbed, cannot_disaggregate, cse, dedicated, exemption, existing_resources, funded_service, msht, ncnd, no_dedicated_resource, no_information_held, no_specific_budget, not_commissioned, part_of_wider_work, part_time, shared_purpose, victim_services)"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: none\n    basis: sometimes\n",
      "Pipelines/rules.yml:5: 'sometimes' is not a valid basis (one of full_time, part_time)"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: none\n    has_amount: maybe\n",
      "Pipelines/rules.yml:5: 'has_amount' must be true or false"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: none\n    quote_has_any: [\"@nothing\"]\n",
      "Pipelines/rules.yml:5: '@nothing' names no list under 'terms'"
    ),
    (
      "rules:\n  - id: a\n    description: d\n    class: none\n  - id: a\n    description: e\n    class: none\n",
      "Pipelines/rules.yml:5: the rule id 'a' is already used on line 2"
    ),
    ("rules: []\n", "Pipelines/rules.yml:1: the file has no rules"),
    (
      "rule:\n  - id: a\n",
      "Pipelines/rules.yml:1: unknown key 'rule' (the file has 'terms' and 'rules')"
    ),
    (
      "rules:\n  - id: a\n    description: [d\n",
      "Pipelines/rules.yml:4: not valid YAML: did not find expected ',' or ']'"
    ),
    (
      "- just a list\n",
      "Pipelines/rules.yml:1: the rules file must be a mapping with a 'rules' list"
    ),
  ])
  func namesTheLineOfEveryProblem(yaml: String, message: String) {
    let error = #expect(throws: ClassifyError.self) { try RuleBook.parse(yaml, file: file) }
    #expect(error?.description == message)
  }

  @Test func reportsAMissingRulesFile() {
    #expect(
      throws: ClassifyError.badRules(
        "cannot read the rules file", at: SourcePosition(file: "missing.yml"))
    ) {
      try RuleBook.load(from: URL(fileURLWithPath: "/nonexistent/rules.yml"), name: "missing.yml")
    }
  }
}
