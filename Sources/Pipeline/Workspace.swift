import Foundation

/// The folders and the pipeline file a command works on, and how to name them to the analyst.
///
/// Paths are kept both as URLs and as the user typed them, so that every message names a file
/// the way the analyst would (`Inputs/reference/forces.csv`, not an absolute path).
public struct Workspace: Sendable {
  /// The folder relative paths are taken from (the folder forcebench runs in).
  public let base: URL
  /// The pipeline file.
  public let pipelineFile: URL
  /// The inputs folder.
  public let inputs: URL
  /// The outputs folder.
  public let outputs: URL
  /// The names the user gave, used to spell paths in messages.
  private let names: [(url: URL, name: String)]

  /// Makes a workspace from paths as the user gave them.
  /// - Parameters:
  ///   - pipeline: The pipeline file, relative to `base` or absolute.
  ///   - inputs: The inputs folder.
  ///   - outputs: The outputs folder.
  ///   - base: The folder relative paths start from; defaults to the current folder.
  public init(
    pipeline: String = "Pipelines/benchmark.yml", inputs: String = "Inputs",
    outputs: String = "Outputs", base: URL? = nil
  ) {
    let base =
      (base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
      .standardizedFileURL
    self.base = base
    pipelineFile = Self.resolve(pipeline, against: base)
    self.inputs = Self.resolve(inputs, against: base)
    self.outputs = Self.resolve(outputs, against: base)
    names = [
      (self.inputs, Self.trimmed(inputs)), (self.outputs, Self.trimmed(outputs)),
      (pipelineFile, pipeline),
    ]
  }

  /// The folder under `outputs` holding one folder per stage.
  public var stagesFolder: URL { outputs.appendingPathComponent("stages", isDirectory: true) }

  /// The finished folder of a stage.
  public func stageFolder(_ name: String) -> URL {
    stagesFolder.appendingPathComponent(name, isDirectory: true)
  }

  /// The published report folder, `Outputs/report`.
  public var reportFolder: URL { outputs.appendingPathComponent("report", isDirectory: true) }

  /// The folder holding one folder per published quarter.
  public var quarterlyFolder: URL {
    outputs.appendingPathComponent("quarterly", isDirectory: true)
  }

  /// The lock file, `Outputs/.lock`.
  public var lockFile: URL { outputs.appendingPathComponent(".lock") }

  /// The hashes of files unchanged since they were last read (see `HashCache`).
  var hashCacheFile: URL { outputs.appendingPathComponent(".hashes.csv") }

  /// Where stages keep per-item results between runs (`Outputs/.cache/<stage>/`).
  var cacheFolder: URL { outputs.appendingPathComponent(".cache", isDirectory: true) }

  /// A file of the folder relative paths start from.
  public func file(_ path: String) -> URL { Self.resolve(path, against: base) }

  /// The path of a file as the analyst would write it.
  ///
  /// A file under the inputs or outputs folder is spelled from the name the user gave that
  /// folder; any other file under `base` relative to it; anything else in full.
  public func display(_ url: URL) -> String {
    let path = Self.standardPath(of: url)
    for (folder, name) in names {
      // Already standardized by `resolve`.
      let root = folder.path
      if path == root { return name }
      if path.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
        let rest = path.dropFirst(root.count).drop(while: { $0 == "/" })
        return name.isEmpty || name == "." ? String(rest) : "\(name)/\(rest)"
      }
    }
    let root = base.path.hasSuffix("/") ? base.path : base.path + "/"
    if path.hasPrefix(root) { return String(path.dropFirst(root.count)) }
    return path
  }

  /// A file URL's path with "." and ".." removed. Most paths have neither, and standardizing
  /// costs more than a no-op run's other checks of a national corpus, so only those are.
  static func standardPath(of url: URL) -> String {
    let path = url.path
    // Split by the standard library: Foundation's `contains` bridges each path to NSString.
    let dotted = path.split(separator: "/").contains { $0 == "." || $0 == ".." }
    return dotted ? url.standardizedFileURL.path : path
  }

  private static func resolve(_ path: String, against base: URL) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
    return base.appendingPathComponent(path).standardizedFileURL
  }

  private static func trimmed(_ name: String) -> String {
    var name = name
    while name.count > 1, name.hasSuffix("/") { name.removeLast() }
    return name
  }
}
