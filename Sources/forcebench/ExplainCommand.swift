import ArgumentParser
import Pipeline

/// `forcebench explain`: where one fact or set-aside mention came from and why it counts as it
/// does.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Show a fact's document, words, evidence, rule or override, and repeats.",
    discussion: """
      FACT_ID is a fact_id of Outputs/report/facts.csv (or of Outputs/stages/classify/facts.csv) \
      or a set_aside_id of Outputs/stages/ingest/set_aside.csv.
      """)

  @Argument(help: "The fact_id or set_aside_id to explain.")
  var factID: String

  @OptionGroup var locations: LocationOptions

  func run() throws {
    let explainer = Explainer(workspace: locations.workspace)
    let id = factID
    let text = try Failure.reporting { () throws(PipelineError) in try explainer.explain(id) }
    print(text)
  }
}
