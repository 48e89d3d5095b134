import Foundation
import Records

/// An amount of money found in a sentence.
struct MoneyMatch {
  /// The words of the amount, qualifier and range included.
  let range: NSRange
  /// Pounds; the low end of a range.
  let amount: Decimal
  /// The high end of a range, if the amount is one.
  let amountHigh: Decimal?
  let qualifier: AmountQualifier
  /// Whether the amount recurs each year.
  let perAnnum: Bool
  /// The range of "per annum" words, if any.
  let perAnnumRange: NSRange?
}

/// Finds amounts of money: `£19,250`, `£1.2m`, `£2 million`, `£41k`, `£10,000–£15,000`,
/// `GBP 5,000`, `5,000 pounds`, with their qualifier (`up to`, `over`, `in excess of`, `around`,
/// `in the region of`, `an estimated`, `estimated at`, `roughly`, `some`...).
///
/// Only a pound sign, `GBP` or the word "pounds" make a number money, so telephone numbers,
/// dates, reference numbers, counts and percentages never are.
enum MoneyFinder {
  private static let number = #"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"#
  private static let scale = #"(?:\s?(million|mn|m|bn|billion|k|thousand)\b)?"#

  /// A single amount: group 1 whole, 2 fraction, 3 scale (pound sign or GBP first), or
  /// 4 whole, 5 fraction, 6 scale (followed by "pounds").
  static let amount = Pattern(
    #"(?:£|\bGBP\s?)\s?"# + number + scale + #"|(?<![\d.,£])"# + number + scale
      + #"\s?(?:pounds|pounds sterling)\b"#)

  /// What may join the two ends of a range.
  private static let rangeJoin = Pattern(#"^\s?(-|–|—|to|and)\s?(?=£|GBP|\d)"#)

  private static let qualifiers: [(AmountQualifier, Pattern)] = [
    (
      .upTo,
      Pattern(
        #"(?:up\s+to|a\s+maximum\s+of|maximum\s+of|max\.?\s+of|no\s+more\s+than|not\s+more\s+than|not\s+exceeding|capped\s+at|at\s+most|less\s+than|under)\s*$"#
      )
    ),
    (
      .over,
      Pattern(
        #"(?:over|more\s+than|in\s+excess\s+of|exceeding|at\s+least|a\s+minimum\s+of|upwards\s+of|above)\s*$"#
      )
    ),
    (
      .approx,
      Pattern(
        #"(?:around|approximately|approx\.?|c\.|\bc|circa|about|roughly|\bsome|an\s+estimated|estimated(?:\s+at)?|in\s+the\s+region\s+of|(?:of|in)\s+the\s+order\s+of|nearly|almost|just\s+(?:over|under))\s*$"#
      )
    ),
  ]

  /// Web addresses, whose characters are never money.
  private static let link = Pattern(#"(?:https?://|www\.)\S+"#)

  private static let between = Pattern(#"between\s*$"#)

  /// Every amount in `range`, one per amount (a range counts once).
  static func amounts(in text: SourceText, range: NSRange) -> [MoneyMatch] {
    let links = text.matches(link, in: range).map(\.range)
    let found = text.matches(amount, in: range).filter { match in
      !links.contains { $0.overlaps(match.range) }
    }
    var result: [MoneyMatch] = []
    var index = 0
    while index < found.count {
      let match = found[index]
      guard let low = value(match, in: text) else {
        index += 1
        continue
      }
      var start = match.range.location
      var end = match.range.end
      var high: Decimal?
      if index + 1 < found.count {
        let next = found[index + 1]
        let gap = NSRange.between(end, next.range.location)
        let join = text.firstMatch(rangeJoin, in: NSRange.between(end, next.range.end))
        let joinedByAnd = join.map { text.text($0.range(at: 1)).lowercased() == "and" } ?? false
        let before = NSRange.between(max(range.location, start - 12), start)
        if gap.length <= 5, join != nil,
          !joinedByAnd || text.firstMatch(between, in: before) != nil,
          var upper = value(next, in: text)
        {
          // "£10-15k": the low end takes the scale of the high end.
          var lowValue = low
          if scaleText(match, in: text).isEmpty, !scaleText(next, in: text).isEmpty,
            lowValue < upper / 100
          {
            lowValue *= multiplier(scaleText(next, in: text))
          }
          if upper < lowValue { upper = lowValue }
          high = upper
          end = next.range.end
          result.append(
            finish(
              text: text, range: range, start: start, end: end, low: lowValue, high: high))
          index += 2
          continue
        }
      }
      start = match.range.location
      result.append(finish(text: text, range: range, start: start, end: end, low: low, high: nil))
      index += 1
    }
    return result
  }

  private static func finish(
    text: SourceText, range: NSRange, start: Int, end: Int, low: Decimal, high: Decimal?
  ) -> MoneyMatch {
    var qualifier = AmountQualifier.exact
    var start = start
    let before = NSRange.between(max(range.location, start - 30), start)
    if high == nil {
      for (candidate, pattern) in qualifiers {
        if let match = text.firstMatch(pattern, in: before) {
          qualifier = candidate
          start = match.range.location
          break
        }
      }
    } else {
      if let match = text.firstMatch(between, in: before) { start = match.range.location }
      // "approximately £150,000 to £200,000", "around between £5,000 and £8,000".
      let lead = NSRange.between(max(range.location, start - 30), start)
      if let approx = qualifiers.first(where: { $0.0 == .approx })?.1,
        let match = text.firstMatch(approx, in: lead)
      {
        qualifier = .approx
        start = match.range.location
      }
    }
    let after = NSRange.between(end, min(range.end, end + 20))
    var perAnnumRange: NSRange?
    if let match = text.firstMatch(PeriodFinder.perAnnum, in: after),
      text.text(NSRange.between(end, match.range.location)).allSatisfy({ $0 == " " })
    {
      perAnnumRange = match.range
    }
    return MoneyMatch(
      range: NSRange.between(start, end), amount: low, amountHigh: high, qualifier: qualifier,
      perAnnum: perAnnumRange != nil, perAnnumRange: perAnnumRange)
  }

  private static func scaleText(_ match: PatternMatch, in text: SourceText) -> String {
    for group in [3, 6] where match.range(at: group).location != NSNotFound {
      return text.text(match.range(at: group)).lowercased()
    }
    return ""
  }

  private static func multiplier(_ scale: String) -> Decimal {
    switch scale {
    case "m", "mn", "million": 1_000_000
    case "bn", "billion": 1_000_000_000
    case "k", "thousand": 1_000
    default: 1
    }
  }

  /// The pounds a match stands for.
  private static func value(_ match: PatternMatch, in text: SourceText) -> Decimal? {
    let wholeGroup = match.range(at: 1).location != NSNotFound ? 1 : 4
    let whole = text.text(match.range(at: wholeGroup)).replacingOccurrences(of: ",", with: "")
    let fractionRange = match.range(at: wholeGroup + 1)
    let fraction = fractionRange.location != NSNotFound ? text.text(fractionRange) : ""
    let literal = fraction.isEmpty ? whole : "\(whole).\(fraction)"
    guard let number = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
      return nil
    }
    return number * multiplier(scaleText(match, in: text))
  }
}
