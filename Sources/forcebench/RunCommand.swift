import ArgumentParser
import Pipeline

/// `forcebench run`: runs the stages whose inputs, parameters or code changed.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the stages that are out of date and publish Outputs/report.")

  @OptionGroup var locations: LocationOptions
  @OptionGroup var output: OutputOptions

  @Option(name: .long, help: "Run exactly this stage from the files on disk (repeatable).")
  var stage: [String] = []

  @Option(name: .long, help: "Run this stage and every stage after it.")
  var from: String?

  @Flag(name: .long, help: "Run the selected stages even when they are up to date.")
  var force = false

  @Flag(name: .long, help: "Say what would run and why, and write nothing.")
  var dryRun = false

  func run() throws {
    Interruption.install(for: locations.workspace)
    let project = Project(workspace: locations.workspace, console: output.console)
    let options = RunOptions(stages: stage, from: from, force: force, dryRun: dryRun)
    try Failure.reporting { () throws(PipelineError) in _ = try project.run(options) }
  }
}
