import CSV
import Pipeline
import Records
import Testing

@Suite struct PipelineErrorTests {
  @Test(arguments: [
    (PipelineError.noSuchFolder("Inputs"), "Inputs: no such folder"),
    (.noSuchFile("Inputs/reference/forces.csv"), "Inputs/reference/forces.csv: no such file"),
    (
      .pipelineFile("unknown key 'x'", at: SourcePosition(file: "Pipelines/b.yml", line: 3)),
      "Pipelines/b.yml:3: unknown key 'x'"
    ),
    (
      .invalidInput(ValidationProblem("bad", at: SourcePosition(file: "f.csv", line: 2)), more: 2),
      "f.csv:2: bad (and 2 more problems: run forcebench validate)"
    ),
    (
      .record(.missingValue(column: "name", at: SourcePosition(file: "f.csv", line: 4))),
      "f.csv:4: the column 'name' is empty"
    ),
    (
      .csv(.unterminatedQuote(file: "f.csv", line: 3)),
      "f.csv:3: a quoted field is never closed (unterminated quote)"
    ),
    (
      .unknownStage("x", valid: ["ingest", "report"]),
      "no stage is called 'x'; the stages are ingest, report"
    ),
    (.stageAndFrom, "--stage and --from cannot be used together; use one or the other"),
    (
      .locked(lockFile: "Outputs/.lock", pid: nil, host: ""),
      "Outputs/.lock: another forcebench run (pid unknown) is using this outputs folder; "
        + "try again when it has finished"
    ),
    (
      .stageFailed(stage: "ingest", message: "Inputs/documents/a.txt: cannot decode\nsecond line"),
      "Inputs/documents/a.txt: cannot decode second line (in stage ingest)"
    ),
    (.io("cannot create the folder", path: "Outputs"), "Outputs: cannot create the folder"),
    (.badDate("2026-13-01"), "--as-of '2026-13-01' is not a date such as 2026-09-30"),
    (
      .noReport("Outputs/report"),
      "Outputs/report: no such folder, so there is no report to publish"
    ),
  ])
  func descriptionIsOneLineNamingTheFile(error: PipelineError, text: String) {
    #expect(error.description == text)
    #expect(!error.description.contains("\n"))
  }
}
