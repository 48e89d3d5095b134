import Foundation
import Records

/// Finds a document's date: a labelled date ("Date: 17 February 2016"), else the first date in
/// its header, else the year in a statement's title ("Statement 2024", "2023-2024" gives 2024),
/// else a date in the file name.
///
/// Dates said to be when the request was received or sent ("request received 20/01/2016") are
/// skipped: they are the requester's dates, not the document's.
enum DateDetector {
  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  private static let monthPattern =
    "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?"

  /// "17 February 2016", "8th July 2016", "TUESDAY 24 SEPTEMBER 2019": day 1, month 2, year 3.
  private static let dayMonthYear = Pattern(
    #"\b(\d{1,2})(?:st|nd|rd|th)?\s+"# + monthPattern + #",?\s+((?:19|20)\d{2})\b"#)
  /// "February 17, 2016": month 1, day 2, year 3.
  private static let monthDayYear = Pattern(
    #"\b"# + monthPattern + #"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b"#)
  /// "17/02/2016", "17.02.2016": day 1, month 2, year 3.
  private static let numeric = Pattern(
    #"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\d/])"#)
  /// "2016-02-17": year 1, month 2, day 3.
  private static let iso = Pattern(#"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])"#)
  /// A line that labels its date.
  private static let labelled = Pattern(
    #"^[\s*_#|]*(?:date(?:d)?(?:\s+of\s+(?:response|reply|report|meeting|approval|publication))?|meeting\s+date|date\s+sent|approved(?:\s+on)?|published(?:\s+on)?|signed(?:\s+on)?)\b[\s*_:|\t-]*"#
  )
  /// Words just before a date that make it the request's date.
  private static let requestDate = Pattern(
    #"(?:received|requested|submitted|your\s+(?:request|e-?mail|letter)\b.*)\W*(?:\w+\W+){0,2}$"#)
  /// "Statement 2024", "Statement 2023-2024", "2023/24 Statement".
  private static let statementYear = Pattern(
    #"statement\s+(?:for\s+)?((?:19|20)\d{2})(?:\s?[/–-]\s?((?:19|20)?\d{2}))?\b|\b((?:19|20)\d{2})(?:\s?[/–-]\s?((?:19|20)?\d{2}))?\s+(?:modern\s+slavery\s+)?(?:transparency\s+)?statement"#
  )
  private static let fileDate = Pattern(
    #"(?<!\d)((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)"#)

  /// The date and the flags that say where it came from.
  static func detect(
    in text: SourceText, layout: DocumentLayout, type: DocumentType, fileName: String
  ) -> (date: DocumentDate?, flags: [String]) {
    let nonBlank = layout.lines.filter { !$0.isBlank }
    let header = Array(nonBlank.prefix(25))
    for line in header {
      if let label = text.firstMatch(labelled, in: line.range),
        let date = firstDate(in: text, range: NSRange.between(label.range.end, line.range.end))
      {
        return (date, [])
      }
    }
    if type == .statement, let date = statementDate(in: text, lines: header) {
      return (date, [])
    }
    for line in header {
      if let date = firstDate(in: text, range: line.range) { return (date, []) }
    }
    if let date = statementDate(in: text, lines: header), type == .statement {
      return (date, [])
    }
    let name = SourceText(fileName)
    if let match = name.firstMatch(fileDate, in: NSRange(location: 0, length: name.length)),
      let year = Int(name.text(match.range(at: 1)))
    {
      let month =
        match.range(at: 2).location != NSNotFound ? Int(name.text(match.range(at: 2))) : nil
      let day =
        match.range(at: 3).location != NSNotFound ? Int(name.text(match.range(at: 3))) : nil
      if let date = valid(year: year, month: month, day: day)
        ?? valid(year: year, month: nil, day: nil)
      {
        return (date, ["date_from_file_name"])
      }
    }
    return (nil, ["date_unknown"])
  }

  private static func statementDate(in text: SourceText, lines: [Line]) -> DocumentDate? {
    for line in lines {
      guard let match = text.firstMatch(statementYear, in: line.range) else { continue }
      let (yearGroup, endGroup) = match.range(at: 1).location != NSNotFound ? (1, 2) : (3, 4)
      guard let year = Int(text.text(match.range(at: yearGroup))) else { continue }
      if match.range(at: endGroup).location != NSNotFound,
        let end = Int(text.text(match.range(at: endGroup)))
      {
        return DocumentDate(year: end < 100 ? year / 100 * 100 + end : end)
      }
      return DocumentDate(year: year)
    }
    return nil
  }

  /// The first date in a range that is not the request's date.
  static func firstDate(in text: SourceText, range: NSRange) -> DocumentDate? {
    var candidates: [(Int, DocumentDate)] = []
    for match in text.matches(dayMonthYear, in: range) {
      if let date = make(text, match, day: 1, month: 2, year: 3) {
        candidates.append((match.range.location, date))
      }
    }
    for match in text.matches(monthDayYear, in: range) {
      if let date = make(text, match, day: 2, month: 1, year: 3) {
        candidates.append((match.range.location, date))
      }
    }
    for match in text.matches(numeric, in: range) {
      if let date = make(text, match, day: 1, month: 2, year: 3) {
        candidates.append((match.range.location, date))
      }
    }
    for match in text.matches(iso, in: range) {
      if let date = make(text, match, day: 3, month: 2, year: 1) {
        candidates.append((match.range.location, date))
      }
    }
    for (location, date) in candidates.sorted(by: { $0.0 < $1.0 }) {
      let lineStart = text.lineStart(of: location)
      let before = NSRange.between(max(lineStart, location - 40), location)
      if text.contains(requestDate, in: before) { continue }
      return date
    }
    return nil
  }

  private static func make(
    _ text: SourceText, _ match: PatternMatch, day: Int, month: Int, year: Int
  ) -> DocumentDate? {
    guard let yearValue = Int(text.text(match.range(at: year))),
      let dayValue = Int(text.text(match.range(at: day)))
    else { return nil }
    let monthText = text.text(match.range(at: month)).lowercased()
    let monthValue =
      Int(monthText) ?? months.firstIndex(of: String(monthText.prefix(3))).map { $0 + 1 }
    return valid(year: yearValue, month: monthValue, day: dayValue)
  }

  private static func valid(year: Int, month: Int?, day: Int?) -> DocumentDate? {
    guard (1990...2100).contains(year) else { return nil }
    guard let month else { return DocumentDate(year: year) }
    guard (1...12).contains(month) else { return nil }
    guard let day else { return DocumentDate(year: year, month: month) }
    guard (1...31).contains(day) else { return nil }
    return DocumentDate(year: year, month: month, day: day)
  }
}
