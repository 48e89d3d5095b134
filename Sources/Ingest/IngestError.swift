import CSV
import Foundation
import Records
import Topics

/// Describes why the ingest stage could not read its inputs or write its files.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A document or folder could not be read from disk.
  case unreadable(file: String, reason: String)
  /// A PDF document needs `pdftotext`, which is not installed.
  case pdftotextMissing(file: String)
  /// `pdftotext` ran but failed on a PDF document.
  case pdftotextFailed(file: String, status: String, message: String)
  /// An HTML or text document decoded to no text at all.
  case emptyDocument(file: String)
  /// A row of a hand-coded CSV holds a value its column does not take.
  case badCodedValue(file: String, line: Int, column: String, value: String, expected: String)
  /// A row of a hand-coded CSV lacks a value its column needs.
  case missingCodedValue(file: String, line: Int, column: String)
  /// A row of a hand-coded CSV names a force that `forces.csv` does not know.
  case unknownCodedForce(file: String, line: Int, force: String)
  /// A CSV file (coded facts, or an output) could not be read or written.
  case csv(CSVError)
  /// The force table `Inputs/reference/forces.csv` could not be read.
  case forces(RecordError)
  /// The topic vocabulary (`Pipelines/vocabulary.yml`) is missing or malformed.
  case vocabulary(TopicVocabularyError)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      "\(file): cannot be read (\(reason))"
    case .pdftotextMissing(let file):
      "\(file): reading a PDF needs the pdftotext program, which was not found; "
        + "install poppler-utils (apt-get install poppler-utils) or convert the PDF to text"
    case .pdftotextFailed(let file, let status, let message):
      "\(file): pdftotext failed (\(status))\(message.isEmpty ? "" : ": \(message)")"
    case .emptyDocument(let file):
      "\(file): the document holds no text"
    case .badCodedValue(let file, let line, let column, let value, let expected):
      "\(file):\(line): '\(value)' in column '\(column)' is not \(expected)"
    case .missingCodedValue(let file, let line, let column):
      "\(file):\(line): the column '\(column)' is empty"
    case .unknownCodedForce(let file, let line, let force):
      "\(file):\(line): no force in forces.csv has the id or name '\(force)'"
    case .csv(let error):
      error.description
    case .forces(let error):
      error.description
    case .vocabulary(let error):
      error.description
    }
  }
}

extension IngestError: LocalizedError {
  public var errorDescription: String? { description }
}
