import CSV
import Foundation
import Records

/// Describes why the report stage could not write the report.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The stage was run without the aggregate stage's folder to read.
  case noPreviousStage
  /// The pipeline names no force to compare.
  case nothingToCompare
  /// A force to compare is not in `Inputs/reference/forces.csv`.
  case unknownForce(String)
  /// A row of an input file could not be read.
  case records(RecordError)
  /// A CSV file could not be read or written.
  case csv(CSVError)
  /// A cell that must hold a plain number holds something else.
  case badNumber(column: String, value: String, at: SourcePosition)
  /// A text file (such as `SOURCES.md`) could not be read, or a file could not be written.
  case io(String, file: String)

  public var description: String {
    switch self {
    case .noPreviousStage:
      "report needs the aggregate stage's folder; run aggregate first"
    case .nothingToCompare:
      "the pipeline names no force to compare; set 'compare' to force ids from forces.csv"
    case .unknownForce(let id):
      "'\(id)' is to be compared but is not a force_id in Inputs/reference/forces.csv"
    case .records(let error):
      error.description
    case .csv(let error):
      error.description
    case .badNumber(let column, let value, let at):
      "\(at): '\(value)' in column '\(column)' is not a plain number"
    case .io(let message, let file):
      "\(file): \(message)"
    }
  }
}

extension ReportError: LocalizedError {
  public var errorDescription: String? { description }
}
