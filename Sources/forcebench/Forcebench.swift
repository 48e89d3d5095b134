import ArgumentParser
import Foundation
import Pipeline

/// The `forcebench` command: runs the pipeline, reports its state, publishes quarters, validates
/// and explains single facts.
@main
struct Forcebench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forcebench",
    abstract: "Turns police FOI answers into cited facts and benchmarking reports.",
    version: Version.text,
    subcommands: [
      InitCommand.self, RunCommand.self, StatusCommand.self, QuarterlyCommand.self,
      ValidateCommand.self, ExplainCommand.self,
    ])
}
