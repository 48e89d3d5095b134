import CSV
import Foundation

/// Describes why a row of a stage file or reference table could not be read.
public enum RecordError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A required field is empty.
  case missingValue(column: String, at: SourcePosition)
  /// A field holds something other than what the column takes.
  case badValue(column: String, value: String, expected: String, at: SourcePosition)
  /// The CSV itself could not be read.
  case csv(CSVError)

  public var description: String {
    switch self {
    case .missingValue(let column, let at):
      "\(at): the column '\(column)' is empty"
    case .badValue(let column, let value, let expected, let at):
      "\(at): '\(value)' in column '\(column)' is not \(expected)"
    case .csv(let error):
      error.description
    }
  }
}

extension RecordError: LocalizedError {
  public var errorDescription: String? { description }
}
