import Foundation

/// A period as a document words it, with the words that carry its meaning.
struct PeriodMatch {
  /// Where the words are.
  let range: NSRange
  /// Whether the period says when something began ("since April 2015", "established in").
  let isStart: Bool
}

/// Finds the periods a sentence gives: financial years, "since"/"from" dates, "per annum".
///
/// The words that change the meaning stay in the period text ("since", "established in",
/// "from"), so that normalise can tell a start date from a single year.
enum PeriodFinder {
  private static let month =
    "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"

  /// "in 2015/16", "2016-17", "financial year 2015/2016", "FY 2016/17", "2015/16 financial year".
  static let financialYear = Pattern.make(
    #"(?<![\d./])(?:(?:in|for|during|over|throughout|by|since|from)\s+(?:the\s+)?)?(?:(?:financial|fiscal)\s+years?\s+|FY\s?)?(?:19|20)\d{2}\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d/])(?:\s+(?:financial|fiscal)\s+years?)?"#)

  /// "since April 2015", "from October 2014", "established in October 2014", "since early 2017".
  static let startDate = Pattern.make(
    #"\b(?:since|from|established\s+in|set\s+up\s+in|launched\s+in|introduced\s+in|started\s+in|began\s+in|commenced\s+in|created\s+in)\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"#
      + month + #"\s+)?(?:19|20)\d{2}\b(?![/–-]\d)"#)

  /// "in March 2016", "during 2016".
  static let inDate = Pattern.make(
    #"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:"# + month
      + #"\s+)?(?:19|20)\d{2}\b(?![/–-]\d)"#)

  /// "per annum", "a year", "each year", "annually".
  static let perAnnum = Pattern.make(
    #"\b(?:per\s+annum|p\.a\.|a\s+year|per\s+year|each\s+year|every\s+year|annually|a\s+annum)\b"#)

  /// The periods inside a range of the text, in order.
  static func periods(in text: SourceText, range: NSRange) -> [PeriodMatch] {
    var found: [PeriodMatch] = []
    for match in text.matches(financialYear, in: range) {
      found.append(PeriodMatch(range: match.range, isStart: false))
    }
    for match in text.matches(startDate, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: true))
    }
    for match in text.matches(inDate, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: false))
    }
    return found.sorted { $0.range.location < $1.range.location }
  }

  /// The period nearest to `anchor` in `range`, if any.
  static func nearest(to anchor: NSRange, in text: SourceText, range: NSRange) -> PeriodMatch? {
    periods(in: text, range: range).min { distance($0.range, anchor) < distance($1.range, anchor) }
  }

  private static func distance(_ a: NSRange, _ b: NSRange) -> Int {
    if a.overlaps(b) { return 0 }
    return a.end <= b.location ? b.location - a.end : a.location - b.end
  }
}
