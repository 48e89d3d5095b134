import Foundation
import Records

/// One rule of the rules file: the class it gives and the conditions a fact must meet.
///
/// Every condition that is set must hold; a list condition holds when any of its entries does.
/// Phrases are stored normalised (see `PhraseMatcher`).
public struct ClassificationRule: Sendable, Hashable {
  /// The id written into the `rule` column.
  public var id: String
  /// One line saying what the rule recognises, for the analyst.
  public var summary: String
  /// The class the rule gives.
  public var resourceClass: ResourceClass
  /// The line of the rules file where the rule starts.
  public var line: Int
  /// The kinds of fact the rule applies to; `nil` for any.
  public var kinds: Set<FactKind>?
  /// Phrases of which the quote must hold at least one.
  public var quoteHasAny: [String]?
  /// A second set of phrases of which the quote must also hold at least one.
  public var quoteAlsoHasAny: [String]?
  /// Phrases the quote must not hold.
  public var quoteHasNone: [String]?
  /// Phrases of which the sentence (or the quote) must hold at least one.
  public var contextHasAny: [String]?
  /// A second set of phrases of which the sentence (or the quote) must also hold one.
  public var contextAlsoHasAny: [String]?
  /// Phrases that neither the sentence nor the quote may hold.
  public var contextHasNone: [String]?
  /// Cue ids of which the fact must carry at least one.
  public var cuesAny: Set<String>?
  /// Cue ids the fact must not carry.
  public var cuesNone: Set<String>?
  /// The staff basis the fact must have.
  public var basis: StaffBasis?
  /// Whether the fact must have (or must lack) an amount of money.
  public var hasAmount: Bool?
  /// The amount qualifiers the fact may have.
  public var qualifiers: Set<AmountQualifier>?
  /// The document types the fact's document may have.
  public var documentTypes: Set<DocumentType>?

  public init(
    id: String, summary: String, resourceClass: ResourceClass, line: Int = 0,
    kinds: Set<FactKind>? = nil, quoteHasAny: [String]? = nil, quoteAlsoHasAny: [String]? = nil,
    quoteHasNone: [String]? = nil, contextHasAny: [String]? = nil,
    contextAlsoHasAny: [String]? = nil, contextHasNone: [String]? = nil,
    cuesAny: Set<String>? = nil, cuesNone: Set<String>? = nil, basis: StaffBasis? = nil,
    hasAmount: Bool? = nil, qualifiers: Set<AmountQualifier>? = nil,
    documentTypes: Set<DocumentType>? = nil
  ) {
    self.id = id
    self.summary = summary
    self.resourceClass = resourceClass
    self.line = line
    self.kinds = kinds
    self.quoteHasAny = quoteHasAny?.map(PhraseMatcher.normalise)
    self.quoteAlsoHasAny = quoteAlsoHasAny?.map(PhraseMatcher.normalise)
    self.quoteHasNone = quoteHasNone?.map(PhraseMatcher.normalise)
    self.contextHasAny = contextHasAny?.map(PhraseMatcher.normalise)
    self.contextAlsoHasAny = contextAlsoHasAny?.map(PhraseMatcher.normalise)
    self.contextHasNone = contextHasNone?.map(PhraseMatcher.normalise)
    self.cuesAny = cuesAny
    self.cuesNone = cuesNone
    self.basis = basis
    self.hasAmount = hasAmount
    self.qualifiers = qualifiers
    self.documentTypes = documentTypes
  }

  /// Whether the fact meets every condition the rule sets.
  public func matches(_ fact: Fact) -> Bool {
    matches(FactText(fact))
  }

  /// Whether the fact, with its text already normalised, meets every condition.
  func matches(_ text: FactText) -> Bool {
    let fact = text.fact
    if let kinds, !kinds.contains(fact.kind) { return false }
    if let basis, fact.staffBasis != basis { return false }
    if let hasAmount, (fact.amount != nil) != hasAmount { return false }
    if let qualifiers {
      guard let qualifier = fact.qualifier, qualifiers.contains(qualifier) else { return false }
    }
    if let documentTypes, !documentTypes.contains(fact.documentType) { return false }
    if let cuesAny, cuesAny.isDisjoint(with: fact.cues) { return false }
    if let cuesNone, !cuesNone.isDisjoint(with: fact.cues) { return false }
    if let quoteHasAny, !PhraseMatcher.containsAny(text.quote, quoteHasAny) { return false }
    if let quoteAlsoHasAny, !PhraseMatcher.containsAny(text.quote, quoteAlsoHasAny) {
      return false
    }
    if let quoteHasNone, PhraseMatcher.containsAny(text.quote, quoteHasNone) { return false }
    if let contextHasAny, !text.containsAny(contextHasAny) { return false }
    if let contextAlsoHasAny, !text.containsAny(contextAlsoHasAny) { return false }
    if let contextHasNone, text.containsAny(contextHasNone) { return false }
    return true
  }
}

/// A fact with its quote and sentence normalised once for every rule to look at.
struct FactText {
  let fact: Fact
  let quote: String
  let context: String

  init(_ fact: Fact) {
    self.fact = fact
    quote = PhraseMatcher.normalise(fact.quote)
    context = PhraseMatcher.normalise(fact.context)
  }

  /// Whether the sentence or the quote holds any of the phrases (a hand-coded fact may have a
  /// quote but no sentence).
  func containsAny(_ phrases: [String]) -> Bool {
    PhraseMatcher.containsAny(context, phrases) || PhraseMatcher.containsAny(quote, phrases)
  }
}
