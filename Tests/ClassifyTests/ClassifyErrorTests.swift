import CSV
import Classify
import Records
import Testing

@Suite struct ClassifyErrorTests {
  @Test(arguments: [
    (
      ClassifyError.missingPreviousStage,
      "classify reads the normalise stage's folder; run normalise first"
    ),
    (
      .records(.missingValue(column: "kind", at: SourcePosition(file: "facts.csv", line: 3))),
      "facts.csv:3: the column 'kind' is empty"
    ),
    (
      .writing(.io("cannot write (disk full)", file: "facts.csv")),
      "facts.csv: cannot write (disk full)"
    ),
    (
      .badRules(
        "unknown key 'quote_has'", at: SourcePosition(file: "Pipelines/rules.yml", line: 7)),
      "Pipelines/rules.yml:7: unknown key 'quote_has'"
    ),
    (
      .noRuleMatched(factID: "wmp#1-9", document: "wmp.txt", quote: "This is subject to review."),
      "wmp.txt: no rule in the rules file matches the fact wmp#1-9 (\"This is subject to review.\"); add a rule or an override for it"
    ),
    (
      .unknownOverrideFact("wmp#1-9", at: SourcePosition(file: "Inputs/overrides.csv", line: 2)),
      "Inputs/overrides.csv:2: no fact has the id 'wmp#1-9'"
    ),
    (
      .unknownOverrideField("colour", at: SourcePosition(file: "Inputs/overrides.csv", line: 2)),
      "Inputs/overrides.csv:2: 'colour' is not a field an override can change (one of classification, staff_count, staff_basis)"
    ),
    (
      .badOverrideValue(
        field: "classification", value: "big", expected: "one of dedicated",
        at: SourcePosition(file: "Inputs/overrides.csv", line: 4)),
      "Inputs/overrides.csv:4: 'big' is not a valid classification (expected one of dedicated)"
    ),
    (
      .incompleteOverride(
        "the fact_id is empty", at: SourcePosition(file: "Inputs/overrides.csv", line: 5)),
      "Inputs/overrides.csv:5: the fact_id is empty"
    ),
  ])
  func describesEveryError(error: ClassifyError, message: String) {
    #expect(error.description == message)
    #expect(error.errorDescription == message)
  }
}
