import Foundation

/// Describes why a CSV file could not be read or written.
///
/// Every case caused by the file's content names the file and the line, so the command line can
/// print `description` as it is and an analyst can open the file at that line.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A quoted field was still open when the file ended.
  case unterminatedQuote(file: String, line: Int)
  /// A quote character stood inside an unquoted field.
  case strayQuote(file: String, line: Int)
  /// Text followed the closing quote of a quoted field.
  case textAfterClosingQuote(file: String, line: Int)
  /// A row had a different number of fields from the header.
  case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
  /// A field was not valid UTF-8.
  case invalidUTF8(file: String, line: Int)
  /// A column the reader needs is not in the header row.
  case missingColumn(String, file: String)
  /// The header row names the same column twice.
  case duplicateColumn(String, file: String)
  /// The file has no header row at all.
  case empty(file: String)
  /// The file could not be opened, read, written or renamed.
  case io(String, file: String)

  public var description: String {
    switch self {
    case .unterminatedQuote(let file, let line):
      "\(file):\(line): a quoted field is never closed (unterminated quote)"
    case .strayQuote(let file, let line):
      "\(file):\(line): a quote appears inside an unquoted field (stray quote)"
    case .textAfterClosingQuote(let file, let line):
      "\(file):\(line): text follows the closing quote of a quoted field"
    case .wrongFieldCount(let file, let line, let expected, let found):
      "\(file):\(line): the row has \(found) fields but the header has \(expected)"
    case .invalidUTF8(let file, let line):
      "\(file):\(line): the row is not valid UTF-8"
    case .missingColumn(let name, let file):
      "\(file):1: the header has no column '\(name)'"
    case .duplicateColumn(let name, let file):
      "\(file):1: the header names the column '\(name)' twice"
    case .empty(let file):
      "\(file):1: the file is empty (no header row)"
    case .io(let message, let file):
      "\(file): \(message)"
    }
  }
}

extension CSVError: LocalizedError {
  public var errorDescription: String? { description }
}
