import CSV
import Foundation
import Records

/// Describes why a run, a status check, a quarterly publication or a validation could not go on.
///
/// Every `description` is one line that starts with the file (and line) at fault where there is
/// one, so the command line can print it as it is.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A folder the command needs does not exist.
  case noSuchFolder(String)
  /// The inputs folder is missing: say how to make a study.
  case noInputsFolder(String)
  /// A file the command needs does not exist.
  case noSuchFile(String)
  /// The pipeline file is malformed or names something that does not exist.
  case pipelineFile(String, at: SourcePosition)
  /// An input file failed the checks made before any stage runs.
  case invalidInput(ValidationProblem, more: Int)
  /// A reference table could not be read.
  case record(RecordError)
  /// A CSV file could not be read or written.
  case csv(CSVError)
  /// `--stage` or `--from` names a stage the pipeline does not have.
  case unknownStage(String, valid: [String])
  /// `--stage` and `--from` were given together.
  case stageAndFrom
  /// A selected stage needs the output folder of a stage that has never finished.
  case missingPredecessor(stage: String, predecessor: String, folder: String)
  /// Another run holds the lock on the outputs folder.
  case locked(lockFile: String, pid: Int32?, host: String)
  /// A stage threw; its temporary folder has been removed and its old folder kept.
  case stageFailed(stage: String, message: String)
  /// A file or folder could not be created, read, renamed or removed.
  case io(String, path: String)
  /// `--as-of` is not a calendar date.
  case badDate(String)
  /// The pipeline wrote no report folder to publish.
  case noReport(String)
  /// `explain` found no facts to look in: neither the report's nor classify's `facts.csv`.
  case noFacts(report: String, classify: String)
  /// `explain` was given an id that no fact or set-aside mention has; `suggestions` are fact
  /// ids of the document the id names, so a mistyped offset still leads somewhere.
  case unknownID(String, suggestions: [String])

  public var description: String {
    switch self {
    case .noSuchFolder(let path):
      "\(path): no such folder"
    case .noInputsFolder(let path):
      "\(path): no such folder; `forcebench init` makes a study folder with one"
    case .noSuchFile(let path):
      "\(path): no such file"
    case .pipelineFile(let problem, let at):
      "\(at): \(problem)"
    case .invalidInput(let problem, let more):
      more == 0
        ? problem.description
        : "\(problem.description) (and \(more) more \(more == 1 ? "problem" : "problems"): "
          + "run forcebench validate)"
    case .record(let error):
      error.description
    case .csv(let error):
      error.description
    case .unknownStage(let name, let valid):
      "no stage is called '\(name)'; the stages are \(valid.joined(separator: ", "))"
    case .stageAndFrom:
      "--stage and --from cannot be used together; use one or the other"
    case .missingPredecessor(let stage, let predecessor, let folder):
      "\(folder): no such folder, but \(stage) reads the output of \(predecessor); "
        + "run forcebench run --stage \(predecessor) first"
    case .locked(let lockFile, let pid, let host):
      "\(lockFile): another forcebench run (pid \(pid.map(String.init) ?? "unknown")"
        + "\(host.isEmpty ? "" : " on \(host)")) is using this outputs folder; "
        + "try again when it has finished"
    case .stageFailed(let stage, let message):
      "\(Self.oneLine(message)) (in stage \(stage))"
    case .io(let message, let path):
      "\(path): \(message)"
    case .badDate(let text):
      "--as-of '\(text)' is not a date such as 2026-09-30"
    case .noReport(let folder):
      "\(folder): no such folder, so there is no report to publish"
    case .noFacts(let report, let classify):
      "explain: there are no facts yet (no \(report) or \(classify)); run forcebench run first"
    case .unknownID(let id, let suggestions):
      "explain: no fact or set-aside mention has the id '\(id)'"
        + (suggestions.isEmpty
          ? "" : "; facts of that document include: " + suggestions.joined(separator: ", "))
    }
  }

  /// Joins the lines of a message so that it prints as one line.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }
}

extension PipelineError: LocalizedError {
  public var errorDescription: String? { description }
}
