import ArgumentParser
import Pipeline

/// `forcebench validate`: checks the pipeline file and the inputs, one problem per line.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check the pipeline file and every input file; print each problem as file:line.")

  @Option(name: .long, help: "The pipeline file.")
  var pipeline = "Pipelines/benchmark.yml"

  @Option(name: .long, help: "The inputs folder.")
  var inputs = "Inputs"

  func run() throws {
    let workspace = Workspace(pipeline: pipeline, inputs: inputs)
    let problems = Project(workspace: workspace).validate()
    guard !problems.isEmpty else {
      print("\(pipeline) and \(inputs): no problems found")
      return
    }
    for problem in problems { Failure.printError(problem.description) }
    throw ExitCode.failure
  }
}
