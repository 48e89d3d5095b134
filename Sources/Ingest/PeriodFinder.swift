import Foundation

/// A period as a document words it, with the words that carry its meaning.
struct PeriodMatch {
  /// Where the words are.
  let range: NSRange
  /// Whether the period says when something began ("since April 2015", "established in").
  let isStart: Bool
  /// The period text when it is not the words at `range` alone: "created in 2016" for "created
  /// a unit in 2016", whose verb is what makes the date a start.
  var label: String? = nil

  /// The period text to record: the label, or else the words at `range`.
  func words(in text: SourceText) -> String { label ?? text.text(range) }
}

/// Finds the periods a sentence gives: financial years and ranges of them, "since"/"from"
/// dates, "prior to" dates, "per annum".
///
/// The words that change the meaning stay in the period text ("since", "established in",
/// "from", "prior to"), so that normalise can tell a start date from a single year. A start verb
/// some words before its date ("created a unit in 2016") gives the text "created in 2016": the
/// only period text not cut verbatim from the document.
enum PeriodFinder {
  static let month =
    "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"

  /// "in 2015/16", "2016-17", "financial year 2015/2016", "FY 2016/17", "2015/16 financial year".
  static let financialYear = Pattern(
    #"(?<![\d./])(?:(?:in|for|during|over|throughout|by|since|from)\s+(?:the\s+)?)?(?:(?:financial|fiscal)\s+years?\s+|FY\s?)?(?:19|20)\d{2}\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d/])(?:\s+(?:financial|fiscal)\s+years?)?"#
  )

  /// "since April 2015", "from October 2014", "established in October 2014", "since early 2017".
  static let startDate = Pattern(
    #"\b(?:since|from|established\s+in|set\s+up\s+in|launched\s+in|introduced\s+in|started\s+in|began\s+in|commenced\s+in|created\s+in)\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"#
      + month + #"\s+)?(?:19|20)\d{2}\b(?![/–-]\d)"#)

  private static let yearText = #"(?:19|20)\d{2}\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2})"#

  /// A range of financial years: "2016/17 to 2018/19", "from 2014-15 until 2016-17",
  /// "between 2015/16 and 2017/18", a list "(2021/22 and 2022/23)" in brackets or not. Kept whole so
  /// that normalise spreads it over every year.
  static let yearRange = Pattern(
    #"(?<![\d./])(?:(?:in|for|during|over|throughout|from)\s+(?:the\s+)?)?(?:(?:financial|fiscal)\s+years?\s+)?(?:FY\s?)?"#
      + yearText + #"\s*(?:to|until|through|–|—|-)\s*(?:FY\s?)?"# + yearText
      + #"(?![\d/])|\bbetween\s+(?:FY\s?)?"# + yearText + #"\s+and\s+(?:FY\s?)?"# + yearText
      + #"(?![\d/])|\("# + yearText + #"(?:,\s*"# + yearText + #")*\s+(?:and|&)\s+"# + yearText
      + #"\)|(?<![\d./])"# + yearText + #"(?:,\s*"# + yearText + #")*\s+(?:and|&)\s+"# + yearText
      + #"(?![\d/])"#)

  /// A range of months: "from October 2022 to September 2023", "between April 2019 and March
  /// 2021". Kept whole so that normalise reads both ends.
  static let monthRange = Pattern(
    #"\b(?:from|between)\s+(?:"# + month + #"\s+)?(?:19|20)\d{2}\s+(?:to|until|till|and|–|-)\s+(?:"#
      + month + #"\s+)?(?:19|20)\d{2}\b(?![/–-]\d)"#)

  /// A start told by a verb some words before its date: "created a Modern Slavery Unit in
  /// 2016"; the verb in group 1, the date in group 2.
  static let verbThenDate = Pattern(
    #"\b(created|formed|introduced|established|set\s+up|launched|started|commenced)\b[^.;,]{1,80}?\b(in\s+(?:(?:early|late|mid)[\s-]+)?(?:"#
      + month + #"\s+)?(?:19|20)\d{2})\b(?![/–-]\d)"#)

  /// An end before which something held: "Prior to April 2017", "before 2016".
  static let beforeDate = Pattern(
    #"\b(?:prior\s+to|before|until)\s+(?:"# + month + #"\s+)?(?:19|20)\d{2}\b(?![/–-]\d)"#)

  /// "in March 2016", "during 2016".
  static let inDate = Pattern(
    #"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:"# + month
      + #"\s+)?(?:19|20)\d{2}\b(?![/–-]\d)"#)

  /// A day's date: "31 March 2023", "1st August 2022", "31/03/2023".
  static let dayDate =
    #"\d{1,2}(?:st|nd|rd|th)?\s+"# + month + #"\s+(?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}"#

  /// The day a count was taken: "As at 31 January 2020", "as of 31/03/2023". Other dates in a
  /// sentence (a letter's date, when a decision was signed) say nothing of the resource's year.
  static let asAtDate = Pattern(#"\bas\s+(?:at|of)\s+(?:"# + dayDate + #")(?![\d/.-])"#)

  /// "per annum", "a year", "each year", "annually".
  static let perAnnum = Pattern(
    #"\b(?:per\s+annum|p\.a\.|a\s+year|per\s+year|each\s+year|every\s+year|annually|a\s+annum)\b"#)

  /// The periods inside a range of the text, in order.
  static func periods(in text: SourceText, range: NSRange) -> [PeriodMatch] {
    var found: [PeriodMatch] = []
    for match in text.matches(yearRange, in: range) {
      found.append(PeriodMatch(range: match.range, isStart: false))
    }
    for match in text.matches(monthRange, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: false))
    }
    for match in text.matches(financialYear, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: false))
    }
    for match in text.matches(asAtDate, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: false))
    }
    for match in text.matches(startDate, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: true))
    }
    for match in text.matches(verbThenDate, in: range) {
      let date = match.range(at: 2)
      guard !found.contains(where: { $0.range.overlaps(date) }) else { continue }
      // The words between verb and date are not period words, so the text joins the two.
      let verb = text.text(match.range(at: 1)).lowercased()
      found.append(
        PeriodMatch(range: date, isStart: true, label: "\(verb) \(text.text(date))"))
    }
    for match in text.matches(beforeDate, in: range)
    where !found.contains(where: { $0.range.overlaps(match.range) }) {
      found.append(PeriodMatch(range: match.range, isStart: false))
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
