import CSV
import Foundation
import Records
import Topics

/// Describes why the classify stage could not classify the facts.
public enum ClassifyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The stage ran without normalise's folder to read.
  case missingPreviousStage
  /// A stage file or the overrides file could not be read as CSV.
  case records(RecordError)
  /// A file of the output folder could not be written.
  case writing(CSVError)
  /// The rules file cannot be read, is not YAML, or holds something a rule does not allow.
  case badRules(String, at: SourcePosition)
  /// The vocabulary file is missing or malformed.
  case vocabulary(TopicVocabularyError)
  /// No rule matched a fact, and no override gives it a class.
  case noRuleMatched(factID: String, document: String, quote: String)
  /// An override names a fact that the facts do not have.
  case unknownOverrideFact(String, at: SourcePosition)
  /// An override names a field that overrides cannot change.
  case unknownOverrideField(String, at: SourcePosition)
  /// An override's value is not one the field takes.
  case badOverrideValue(field: String, value: String, expected: String, at: SourcePosition)
  /// An override lacks a fact id, a reason or a date, or repeats an earlier one.
  case incompleteOverride(String, at: SourcePosition)

  public var description: String {
    switch self {
    case .missingPreviousStage:
      "classify reads the normalise stage's folder; run normalise first"
    case .records(let error):
      error.description
    case .writing(let error):
      error.description
    case .badRules(let problem, let at):
      "\(at): \(problem)"
    case .vocabulary(let error):
      error.description
    case .noRuleMatched(let factID, let document, let quote):
      "\(document): no rule in the rules file matches the fact \(factID) (\"\(quote)\"); "
        + "add a rule or an override for it"
    case .unknownOverrideFact(let factID, let at):
      "\(at): no fact has the id '\(factID)'"
    case .unknownOverrideField(let field, let at):
      "\(at): '\(field)' is not a field an override can change (one of "
        + OverrideField.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    case .badOverrideValue(let field, let value, let expected, let at):
      "\(at): '\(value)' is not a valid \(field) (expected \(expected))"
    case .incompleteOverride(let problem, let at):
      "\(at): \(problem)"
    }
  }
}

extension ClassifyError: LocalizedError {
  public var errorDescription: String? { description }
}
