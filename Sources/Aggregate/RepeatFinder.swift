import Foundation
import Records

/// Decides which facts repeat an earlier mention of the same resource.
///
/// Facts are taken in document name then start offset order, so "earlier" does not depend on
/// the order of `facts.csv`. A later fact repeats an earlier one of the same force when:
///
/// - both are funding facts with the same amount, range and qualifier, or staff facts with the
///   same count and basis (two unquantified mentions also count as the same figure), their
///   periods are equal or one gives none, and their quotes share at least
///   ``RepeatFinder/minimumSharedWords`` distinctive words (see ``KeyWords``); this holds
///   within a document and across documents of the same force, but a fact whose force is
///   unknown is only compared within its own document; or
/// - both are statements of the same class in the same document with no other fact between
///   them (one refusal explained over several sentences).
///
/// A repeat points at the first mention, never at another repeat. A `repeat_of` already given
/// in the input is kept.
struct RepeatFinder {
  /// The distinctive words two mentions must share to be taken for one resource.
  static let minimumSharedWords = 2

  /// The `repeat_of` of every fact that repeats another, by fact id.
  static func repeats(among keys: [FactKey]) -> [String: String] {
    let ordered = keys.sorted { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
    var result: [String: String] = [:]
    // First mentions of funding and staff, by force and figure, in order: only the same
    // figure can be a repeat, so each fact is compared with those alone.
    var firsts: [String: [FactKey]] = [:]
    var previous: FactKey?
    for key in ordered {
      defer { previous = key }
      if !key.givenRepeatOf.isEmpty {
        result[key.id] = key.givenRepeatOf
        continue
      }
      switch key.kind {
      case .statement:
        if let previous, previous.document == key.document, previous.kind == .statement,
          previous.resourceClass == key.resourceClass
        {
          result[key.id] = result[previous.id] ?? previous.id
        }
      case .funding, .staff:
        let bucket = key.forceID + "|" + key.figureKey
        let candidates = firsts[bucket, default: []]
        let match = candidates.first { earlier in
          (key.forceID != "unknown" || earlier.document == key.document)
            && key.sameFigure(as: earlier) && key.compatibleYears(with: earlier)
            && key.sharedWords(with: earlier) >= minimumSharedWords
        }
        if let match {
          result[key.id] = match.id
        } else {
          firsts[bucket, default: []].append(key)
        }
      }
    }
    teamsNamedWithTheirPeople(ordered, into: &result)
    return result
  }

  /// Marks a team mentioned without a count as a repeat of the counted people of the same team.
  ///
  /// "The force created a Modern Slavery Unit" and "The unit has one DI and four DCs" name one
  /// resource; the count is what adds up, so the uncounted team is the repeat even when it comes
  /// first. The counted fact must be of the same document and class and speak of a team or unit
  /// (or share a distinctive word with the team's name).
  private static func teamsNamedWithTheirPeople(
    _ ordered: [FactKey], into result: inout [String: String]
  ) {
    var counted: [String: [FactKey]] = [:]
    for key in ordered where key.kind == .staff && key.staffCount != nil && result[key.id] == nil {
      counted[key.document, default: []].append(key)
    }
    for team in ordered
    where team.kind == .staff && team.staffCount == nil && result[team.id] == nil {
      let match = counted[team.document, default: []].first { people in
        people.resourceClass == team.resourceClass
          && (people.speaksOfTeam || !people.words.isDisjoint(with: team.words))
      }
      if let match { result[team.id] = match.id }
    }
  }

  /// The facts that state a different figure for a resource another document also states.
  ///
  /// Two first mentions of the same force and kind, from different documents, whose periods
  /// overlap (or both give none) and whose quotes share at least
  /// ``RepeatFinder/minimumSharedWords`` distinctive words, but whose amounts or counts differ.
  /// - Returns: for every fact in such a pair, the years the pair shares (empty when undated).
  static func conflicts(
    among keys: [FactKey], repeats: [String: String]
  ) -> [String: Set<FinancialYear>] {
    // Only facts of one force and kind whose periods overlap can conflict, so they are
    // compared within buckets of force, kind and year (or undated), not all pairs of a force.
    var buckets: [String: [FactKey]] = [:]
    for key in keys where key.isQuantified && repeats[key.id] == nil && key.forceID != "unknown" {
      let prefix = key.forceID + "|" + key.kind.rawValue + "|"
      if key.years.isEmpty {
        buckets[prefix + "undated", default: []].append(key)
      } else {
        for year in key.years { buckets[prefix + "\(year)", default: []].append(key) }
      }
    }
    var result: [String: Set<FinancialYear>] = [:]
    for bucket in buckets.keys.sorted() {
      let facts = buckets[bucket, default: []]
      for (index, first) in facts.enumerated() {
        for second in facts[(index + 1)...] where first.document != second.document {
          guard !first.sameFigure(as: second) else { continue }
          let shared = Set(first.years).intersection(second.years)
          let overlap = (first.years.isEmpty && second.years.isEmpty) || !shared.isEmpty
          guard overlap, first.sharedWords(with: second) >= minimumSharedWords else { continue }
          result[first.id, default: []].formUnion(shared)
          result[second.id, default: []].formUnion(shared)
        }
      }
    }
    return result
  }
}
