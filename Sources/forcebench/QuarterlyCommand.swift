import ArgumentParser
import Pipeline

/// `forcebench quarterly`: runs the pipeline and publishes the report for the as-of quarter.
struct QuarterlyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quarterly",
    abstract: "Run the pipeline, then publish Outputs/quarterly/<YYYY-Qn>/ with changes.md.",
    discussion: """
      Quarters are calendar quarters (Q1 is January to March) named for the quarter that \
      contains the as-of date, such as 2026-Q3 for 2026-09-30.
      """)

  @Option(name: .long, help: "The publication date, YYYY-MM-DD (default: today, local time).")
  var asOf: String?

  @OptionGroup var locations: LocationOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    Interruption.install(for: locations.workspace)
    let project = Project(workspace: locations.workspace, console: output.console)
    let asOf = self.asOf
    try Failure.reporting { () throws(PipelineError) in
      let date: CalendarDate
      if let asOf {
        guard let parsed = CalendarDate(asOf) else { throw .badDate(asOf) }
        date = parsed
      } else {
        date = CalendarDate.today()
      }
      _ = try project.quarterly(asOf: date)
    }
  }
}
