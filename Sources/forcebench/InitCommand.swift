import ArgumentParser
import Foundation

/// `forcebench init [DIR]`: makes a study folder of one's own, with the shipped reference tables,
/// pipeline, rules and vocabulary, and empty folders for documents and coded facts.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a study folder: Inputs/, Pipelines/ and a README (never overwrites).")

  @Argument(help: "The folder to create or fill (default: the current folder).")
  var folder: String = "."

  func run() throws {
    guard let template = Bundle.module.url(forResource: "Study", withExtension: nil) else {
      Failure.printError("the study template is missing beside the forcebench program")
      throw ExitCode.failure
    }
    let target = URL(fileURLWithPath: folder, isDirectory: true)
    let manager = FileManager.default
    var created: [String] = []
    var kept: [String] = []
    do {
      for folder in ["Inputs/documents", "Inputs/coded"] {
        let url = target.appendingPathComponent(folder, isDirectory: true)
        if !manager.fileExists(atPath: url.path) { created.append(folder + "/") }
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
      }
      for relative in Self.files(under: template) {
        let destination = target.appendingPathComponent(relative)
        // Never overwrite: a study's own tables and rules are the analyst's.
        if manager.fileExists(atPath: destination.path) {
          kept.append(relative)
          continue
        }
        try manager.createDirectory(
          at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.copyItem(at: template.appendingPathComponent(relative), to: destination)
        created.append(relative)
      }
    } catch {
      Failure.printError("\(folder): cannot create the study (\(error.localizedDescription))")
      throw ExitCode.failure
    }
    let name = folder == "." ? "this folder" : folder
    print("created in \(name): \(created.isEmpty ? "nothing" : created.joined(separator: ", "))")
    if !kept.isEmpty { print("kept as they were: \(kept.joined(separator: ", "))") }
    print("next: put answers in Inputs/documents/ and run `forcebench run`")
  }

  /// The template's files, as paths relative to it, sorted.
  static func files(under root: URL) -> [String] {
    let base = root.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: base)
    var result: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(
        atPath: base + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue
      {
        result.append(relative)
      }
    }
    return result.sorted()
  }
}
