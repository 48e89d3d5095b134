import Foundation
import Records

/// Reads the financial years out of a period as documents write it.
///
/// Understands financial years (`2015/16`, `2015-2016`, `FY 2016/17`, `1999/00`), months and
/// seasons of a year (`October 2014`, `early 2017`, `winter 2016`), lists (`2015/16 and 2016/17`),
/// ranges (`2014-15 to 2016-17`) and ongoing starts (`since April 2015`, `established in October
/// 2014`), which run to the financial year of the document's date. It never guesses: text it
/// cannot read gives no years and the flag `period_unreadable`.
public enum PeriodReader {
  /// Reads `text` for a document dated `documentDate`.
  /// - Returns: The years, ascending, and any flags; no years and no flags for empty text.
  public static func read(_ text: String, documentDate: DocumentDate?) -> PeriodReading {
    let tokens = tokenize(text)
    if tokens.isEmpty { return PeriodReading(years: []) }
    guard let scan = scanPoints(tokens) else {
      return PeriodReading(years: [], flags: [PeriodReading.unreadable])
    }
    var flags: Set<String> = []
    if scan.points.contains(where: \.fromCalendarYear) { flags.insert(PeriodReading.calendarYear) }
    let starts = scan.points.map(\.year)
    // "per annum" or "each year" alone names how often, not when: no years, nothing to flag.
    guard let first = starts.min(), let last = starts.max() else {
      let unreadable = scan.isRange || scan.isOngoing || scan.namesTimeWithoutYear
      return PeriodReading(years: [], flags: unreadable ? [PeriodReading.unreadable] : [])
    }
    var years: [FinancialYear]
    if scan.isRange && scan.points.count >= 2 {
      years = FinancialYear.range(first, through: last)
    } else if scan.isOngoing && scan.points.count == 1 {
      if let documentDate {
        let end = endYear(of: documentDate)
        if end < first {
          // A date given only as a year may lie as late as December; only a start after that
          // is worth a flag.
          years = [first]
          let latest = FinancialYear(
            containingMonth: documentDate.month ?? 12, of: documentDate.year)
          if latest < first { flags.insert(PeriodReading.startsAfterDocument) }
        } else {
          years = FinancialYear.range(first, through: end)
        }
      } else {
        years = [first]
        flags.insert(PeriodReading.endUnknown)
      }
    } else if scan.isOngoing || scan.isRange {
      // "since 2014/15 and 2016/17" mixes two readings; better no years than a guess.
      return PeriodReading(years: [], flags: [PeriodReading.unreadable])
    } else {
      years = Array(Set(starts)).sorted()
    }
    return PeriodReading(years: years, flags: flags.sorted())
  }

  /// The last financial year an ongoing period can reach in a document of this date.
  ///
  /// A date with only a year counts from 1 January, its earliest possible financial year, so
  /// that the period never runs past what the document could have known.
  public static func endYear(of date: DocumentDate) -> FinancialYear {
    guard let month = date.month else { return date.earliestFinancialYear }
    return FinancialYear(containingMonth: month, of: date.year)
  }

  // MARK: - Tokens

  /// A piece of period text: a word, a number (with its digit count) or a separator.
  enum Token: Hashable {
    case word(String)
    case number(Int, digits: Int)
    case separator
  }

  private static func isNumber(_ token: Token) -> Bool {
    if case .number = token { return true }
    return false
  }

  static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var word = ""
    var digits = ""
    func flush() {
      if !word.isEmpty { tokens.append(.word(word)) }
      if !digits.isEmpty, let value = Int(digits) {
        tokens.append(.number(value, digits: digits.count))
      }
      word = ""
      digits = ""
    }
    for character in text.lowercased() {
      if character.isLetter {
        if !digits.isEmpty { flush() }
        word.append(character)
      } else if character.isASCII && character.isNumber {
        if !word.isEmpty { flush() }
        digits.append(character)
      } else {
        flush()
        // "31.03.2023": a full stop after a number parts a date as a slash does.
        if "/-–—".contains(character) || character == "." && tokens.last.map(isNumber) == true {
          tokens.append(.separator)
        }
      }
    }
    flush()
    return tokens
  }

  // MARK: - Points in time

  /// A financial year the text names, and whether it came from a bare calendar year.
  struct Point {
    var year: FinancialYear
    var fromCalendarYear = false
  }

  /// The points found in a text, and whether its words make them a range or an ongoing start.
  struct Scan {
    var points: [Point] = []
    var isRange = false
    var isOngoing = false
    /// A month or part of a year with no year after it ("April", "early").
    var namesTimeWithoutYear = false
  }

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// The month taken to stand for a part of a year; each lies in the financial year that holds
  /// most of that part (`early` is January to March, so the year before's financial year).
  static let parts: [String: Int] = [
    "early": 2, "beginning": 1, "start": 1, "mid": 7, "middle": 7, "late": 11, "end": 12,
    "spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 12,
  ]

  static let rangeWords: Set<String> = ["to", "until", "till", "through", "between", "thru"]
  static let ongoingWords: Set<String> = [
    "since", "from", "established", "launched", "set", "place", "started", "starting", "began",
    "begun", "commenced", "introduced", "created", "formed", "running", "ongoing", "onwards",
  ]
  /// Words that may stand in period text without changing its meaning.
  static let fillerWords: Set<String> = [
    "in", "the", "of", "and", "or", "financial", "year", "years", "fy", "per", "annum", "a",
    "each", "every", "annually", "yearly", "during", "for", "was", "were", "been", "has", "have",
    "had", "is", "be", "up", "on", "at", "as", "around", "about", "approximately", "c", "st", "nd",
    "rd", "th", "fiscal", "calendar", "only", "both", "over", "period", "s", "ending", "ended",
  ]

  /// Finds the points of a token list; `nil` when something in it cannot be read.
  static func scanPoints(_ tokens: [Token]) -> Scan? {
    var scan = Scan()
    var index = 0
    var lastWasPoint = false
    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case .number(let value, let digits):
        if digits == 4, index + 2 < tokens.count, tokens[index + 1] == .separator,
          case .number(let second, let secondDigits) = tokens[index + 2],
          secondDigits == 2 || secondDigits == 4
        {
          let text = "\(value)-\(secondDigits == 2 && second < 10 ? "0" : "")\(second)"
          guard let year = FinancialYear(text) else { return nil }
          scan.points.append(Point(year: year))
          index += 3
        } else if digits == 2, index + 2 < tokens.count, index > 0,
          tokens[index - 1] == .word("fy"), tokens[index + 1] == .separator,
          case .number(let second, 2) = tokens[index + 2]
        {
          // "FY16/17": two-digit years after "FY" are this century's.
          guard second == (value + 1) % 100 else { return nil }
          scan.points.append(Point(year: FinancialYear(startYear: 2000 + value)))
          index += 3
        } else if digits == 4, (1900...2999).contains(value) {
          scan.points.append(
            Point(year: FinancialYear(startYear: value), fromCalendarYear: true))
          index += 1
        } else if digits <= 2, index + 4 < tokens.count, tokens[index + 1] == .separator,
          case .number(let month, let monthDigits) = tokens[index + 2], monthDigits <= 2,
          (1...12).contains(month), tokens[index + 3] == .separator,
          case .number(let year, 4) = tokens[index + 4]
        {
          // "31/03/2023", day first as in the UK: the financial year holding that day.
          scan.points.append(Point(year: FinancialYear(containingMonth: month, of: year)))
          index += 5
        } else if digits <= 2, index + 1 < tokens.count, case .word(let next) = tokens[index + 1],
          months[next] != nil
        {
          // A day before a month ("1 April 2015") adds nothing.
          index += 1
          continue
        } else {
          return nil
        }
        lastWasPoint = true
        continue
      case .word(let word):
        if let month = months[word] ?? parts[word],
          let (year, used) = yearAfter(tokens, from: index + 1)
        {
          scan.points.append(Point(year: FinancialYear(containingMonth: month, of: year)))
          index = used
          lastWasPoint = true
          continue
        }
        if months[word] != nil || parts[word] != nil {
          // "winter 2016/17": the financial year that follows says it all.
          scan.namesTimeWithoutYear = true
        } else if rangeWords.contains(word) {
          scan.isRange = true
        } else if ongoingWords.contains(word) {
          scan.isOngoing = true
        } else if fillerWords.contains(word) {
          // Nothing to read.
        } else {
          return nil
        }
      case .separator:
        // "2014/15-2016/17": a dash between two points joins them into a range.
        if lastWasPoint, index + 1 < tokens.count, case .number = tokens[index + 1] {
          scan.isRange = true
        }
      }
      lastWasPoint = false
      index += 1
    }
    // "from 2014/15 to 2016/17" is a range, not an ongoing start.
    if scan.isRange { scan.isOngoing = false }
    return scan
  }

  /// The four-digit year after a month or part of a year, skipping a day, "of" or a dash.
  /// - Returns: The year and the index after it, or `nil` when no year follows.
  static func yearAfter(_ tokens: [Token], from start: Int) -> (Int, Int)? {
    var index = start
    while index < tokens.count {
      switch tokens[index] {
      case .number(let value, 4) where (1900...2999).contains(value):
        // "winter 2016/17" names a financial year; leave it to the number reader.
        if index + 2 < tokens.count, tokens[index + 1] == .separator,
          case .number = tokens[index + 2]
        {
          return nil
        }
        return (value, index + 1)
      case .number(_, let digits) where digits <= 2:
        index += 1
      case .word("of"), .separator:
        index += 1
      default:
        return nil
      }
    }
    return nil
  }
}
