import CSV
import Foundation
import Records

/// Describes why the aggregate stage could not total the classified facts.
public enum AggregateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The stage was run without the classify stage's folder to read.
  case noPreviousStage
  /// A row of an input file could not be read.
  case records(RecordError)
  /// A file could not be read or written.
  case csv(CSVError)
  /// Two rows of `facts.csv` carry the same `fact_id`.
  case duplicateFactID(String, at: SourcePosition)
  /// A fact has no classification, so classify has not run on it.
  case unclassified(factID: String, at: SourcePosition)
  /// A fact's `repeat_of` names a fact that `facts.csv` does not hold.
  case unknownRepeat(factID: String, repeatOf: String, at: SourcePosition)

  public var description: String {
    switch self {
    case .noPreviousStage:
      "aggregate needs the classify stage's folder; run classify first"
    case .records(let error):
      error.description
    case .csv(let error):
      error.description
    case .duplicateFactID(let id, let at):
      "\(at): the fact id '\(id)' is used on an earlier row"
    case .unclassified(let id, let at):
      "\(at): the fact '\(id)' has no classification; run classify before aggregate"
    case .unknownRepeat(let id, let repeatOf, let at):
      "\(at): the fact '\(id)' repeats '\(repeatOf)', which is not in the file"
    }
  }
}

extension AggregateError: LocalizedError {
  public var errorDescription: String? { description }
}
