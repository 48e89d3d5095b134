import ArgumentParser
import Pipeline

/// The pipeline file and the folders a command works on.
struct LocationOptions: ParsableArguments {
  @Option(name: .long, help: "The pipeline file.")
  var pipeline = "Pipelines/benchmark.yml"

  @Option(name: .long, help: "The inputs folder (documents, reference, coded, overrides.csv).")
  var inputs = "Inputs"

  @Option(name: .long, help: "The outputs folder.")
  var outputs = "Outputs"

  /// The workspace these options name, relative to the current folder.
  var workspace: Workspace { Workspace(pipeline: pipeline, inputs: inputs, outputs: outputs) }
}

/// How much a command prints.
struct OutputOptions: ParsableArguments {
  @Flag(name: [.long, .customShort("q")], help: "Print nothing but errors.")
  var quiet = false

  @Flag(name: [.long, .customShort("v")], help: "Also print log lines on standard error.")
  var verbose = false

  /// The console these options ask for.
  var console: Console { .standard(quiet: quiet, verbose: verbose) }
}
