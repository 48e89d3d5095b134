import Foundation

/// A step of the pipeline that reads the previous stage's folder and writes its own.
///
/// A stage reads only `context.previous` (the folder of the stage before it) and the files under
/// `context.inputs` that `inputFiles(in:)` names, and writes only into `context.output`, a fresh
/// temporary folder that the runner puts in place once `run` returns.
public protocol Stage: Sendable {
  /// The error a run can fail with.
  associatedtype Failure: Error & CustomStringConvertible
  /// The name used by `--stage` and for the folder under `Outputs/stages/`.
  static var name: String { get }
  /// Bumped whenever a change to the stage's code changes what it writes.
  static var version: Int { get }
  /// The settings that change what the stage writes, for the up-to-date check.
  var parameters: [String: String] { get }
  /// The files under `Inputs/` the stage reads (not the previous stage's folder).
  func inputFiles(in context: StageContext) -> [URL]
  /// Reads the previous stage's files and writes this stage's into `context.output`.
  func run(in context: StageContext) throws(Failure) -> StageSummary
}

/// Where a stage reads and writes, and how it reports progress.
public struct StageContext: Sendable {
  /// The `Inputs/` folder.
  public var inputs: URL
  /// The finished folder of the stage before, or `nil` for the first stage.
  public var previous: URL?
  /// The folder to write into.
  public var output: URL
  /// Called with (done, total) as a long stage works through its documents.
  public var progress: @Sendable (Int, Int) -> Void
  /// Called with a line worth logging at `--verbose`.
  public var log: @Sendable (String) -> Void
  /// Where the stage may keep results between runs, or `nil` when the runner keeps none.
  public var cache: StageCache?

  public init(
    inputs: URL, previous: URL?, output: URL,
    progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.inputs = inputs
    self.previous = previous
    self.output = output
    self.progress = progress
    self.log = log
  }

  /// A file of the previous stage's folder.
  public func previousFile(_ name: String) -> URL? {
    previous?.appendingPathComponent(name)
  }

  /// A file of the output folder.
  public func outputFile(_ name: String) -> URL { output.appendingPathComponent(name) }

  /// A file under `Inputs/`.
  public func inputFile(_ path: String) -> URL { inputs.appendingPathComponent(path) }
}

/// A folder in which a stage keeps per-item results between runs (`Outputs/.cache/<stage>/`),
/// so a run after one document changed redoes that document only.
///
/// `key` names the program, the stage's version and its parameters; a stage adds what else its
/// results depend on and reuses a result only under the same key. The stage owns the folder:
/// it removes what it no longer needs.
public struct StageCache: Sendable {
  public var folder: URL
  public var key: String
  /// Whether results may be read; `--force` redoes every item (results are written either way).
  public var reuse: Bool

  public init(folder: URL, key: String, reuse: Bool) {
    self.folder = folder
    self.key = key
    self.reuse = reuse
  }
}

/// What a stage did, for the run's log and manifest.
public struct StageSummary: Sendable, Equatable {
  /// Rows or documents read.
  public var read: Int
  /// Rows written to the stage's main file.
  public var written: Int
  /// Short notes worth showing to the analyst (warnings, flags).
  public var notes: [String]

  public init(read: Int, written: Int, notes: [String] = []) {
    self.read = read
    self.written = written
    self.notes = notes
  }
}
