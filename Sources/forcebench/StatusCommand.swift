import ArgumentParser
import Pipeline

/// `forcebench status`: whether each stage is up to date, stale (and why) or never run.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show whether each stage is up to date, and when it last ran.")

  @OptionGroup var locations: LocationOptions

  func run() throws {
    let project = Project(workspace: locations.workspace)
    let statuses = try Failure.reporting { () throws(PipelineError) in try project.status() }
    for status in statuses { print(status.description) }
  }
}
