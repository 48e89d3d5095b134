import CSV
import Normalise
import Records
import Testing

@Suite struct NormaliseErrorTests {
  @Test(arguments: [
    (
      NormaliseError.missingPreviousStage,
      "normalise reads the ingest stage's folder; run ingest first"
    ),
    (
      .records(.missingValue(column: "kind", at: SourcePosition(file: "mentions.csv", line: 3))),
      "mentions.csv:3: the column 'kind' is empty"
    ),
    (
      .writing(.io("cannot write (disk full)", file: "facts.csv")),
      "facts.csv: cannot write (disk full)"
    ),
    (
      .badReference(
        "the financial year 2015-16 is listed twice",
        at: SourcePosition(file: "Inputs/reference/deflators.csv", line: 4)),
      "Inputs/reference/deflators.csv:4: the financial year 2015-16 is listed twice"
    ),
    (
      .missingDeflator(FinancialYear(startYear: 2019), file: "Inputs/reference/deflators.csv"),
      "Inputs/reference/deflators.csv: no GDP deflator for 2019-20; extend the file from a current HM Treasury release"
    ),
    (
      .unknownForce("atlantis", at: SourcePosition(file: "documents.csv", line: 2)),
      "documents.csv:2: no force in forces.csv has the id or name 'atlantis'"
    ),
    (
      .unknownDocument("x.txt", at: SourcePosition(file: "mentions.csv", line: 9)),
      "mentions.csv:9: the document 'x.txt' is not listed in documents.csv"
    ),
  ])
  func describesEveryError(error: NormaliseError, message: String) {
    #expect(error.description == message)
    #expect(error.errorDescription == message)
  }
}
