import CSV
import Foundation
import Records

/// Describes why the normalise stage could not normalise the facts.
public enum NormaliseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The stage ran without ingest's folder to read.
  case missingPreviousStage
  /// A stage file or reference table could not be read.
  case records(RecordError)
  /// A file of the output folder could not be written.
  case writing(CSVError)
  /// A row of a reference table holds something the table does not allow.
  case badReference(String, at: SourcePosition)
  /// A financial year the facts need has no GDP deflator in the deflators table.
  case missingDeflator(FinancialYear, file: String)
  /// A document names a force that `forces.csv` has neither as an id nor as a name.
  case unknownForce(String, at: SourcePosition)
  /// A mention belongs to a document that `documents.csv` does not list.
  case unknownDocument(String, at: SourcePosition)

  public var description: String {
    switch self {
    case .missingPreviousStage:
      "normalise reads the ingest stage's folder; run ingest first"
    case .records(let error):
      error.description
    case .writing(let error):
      error.description
    case .badReference(let problem, let at):
      "\(at): \(problem)"
    case .missingDeflator(let year, let file):
      "\(file): no GDP deflator for \(year); extend the file from a current HM Treasury release"
    case .unknownForce(let force, let at):
      "\(at): no force in forces.csv has the id or name '\(force)'"
    case .unknownDocument(let document, let at):
      "\(at): the document '\(document)' is not listed in documents.csv"
    }
  }
}

extension NormaliseError: LocalizedError {
  public var errorDescription: String? { description }
}
