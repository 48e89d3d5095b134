import CSV
import Records

/// One thing wrong with the pipeline file or an input file, found by `forcebench validate`.
///
/// Its `description` is one line, `file:line: what is wrong` (or `file: what is wrong` when the
/// problem is with the whole file).
public struct ValidationProblem: Sendable, Equatable, CustomStringConvertible {
  /// The whole line, starting with the file and line.
  public let description: String

  /// A problem at a position of a file.
  public init(_ message: String, at position: SourcePosition) {
    description = "\(position): \(message)"
  }

  /// A problem reported by a lower layer whose description already names the file.
  public init(_ error: RecordError) { description = PipelineError.oneLine(error.description) }

  /// A problem a stage's own reader found, whose description already names the file and line.
  public init(oneLine description: String) {
    self.description = PipelineError.oneLine(description)
  }

  /// A problem reported by the CSV reader, whose description already names the file.
  public init(_ error: CSVError) { description = PipelineError.oneLine(error.description) }
}

extension ValidationProblem {
  /// A problem from a pipeline error, whose description already names the file.
  public init(_ error: PipelineError) { description = PipelineError.oneLine(error.description) }
}
