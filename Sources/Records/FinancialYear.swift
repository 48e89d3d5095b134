import Foundation

/// A UK financial year, 1 April to 31 March, written `YYYY-YY` (`2015-16`).
public struct FinancialYear: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  /// The calendar year in which the financial year begins (2015 for 2015-16).
  public let startYear: Int

  /// The financial year beginning on 1 April of `startYear`.
  public init(startYear: Int) { self.startYear = startYear }

  /// Reads `2015-16`, `2015/16`, `2015-2016`, `2015/2016`, `FY 2015/16`, `1999/00`.
  ///
  /// Returns `nil` unless the second year is the year after the first.
  public init?(_ text: String) {
    // "2016-17", as every stage writes it, read from its bytes: each stage reads the years of
    // every fact, and the general reading below was a twentieth of a stage's time.
    if let year = Self.canonical(text) {
      self.startYear = year
      return
    }
    var body = text.trimmingCharacters(in: .whitespaces)
    for prefix in ["financial year", "FY", "fy"]
    where body.lowercased().hasPrefix(prefix.lowercased()) {
      body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    }
    let parts = body.split(whereSeparator: { "-/–".contains($0) }).map(String.init)
    guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]),
      parts[1].allSatisfy(\.isNumber), let second = Int(parts[1])
    else { return nil }
    switch parts[1].count {
    case 2 where second == (first + 1) % 100: break
    case 4 where second == first + 1: break
    default: return nil
    }
    self.startYear = first
  }

  /// The financial year containing a calendar month (1–12) of a year.
  public init(containingMonth month: Int, of year: Int) {
    precondition((1...12).contains(month), "a month is 1 to 12, not \(month)")
    startYear = month >= 4 ? year : year - 1
  }

  /// The following financial year.
  public var next: FinancialYear { FinancialYear(startYear: startYear + 1) }

  public var description: String {
    let end = (startYear + 1) % 100
    return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
  }

  public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool {
    lhs.startYear < rhs.startYear
  }

  /// Every financial year from `first` to `last` inclusive.
  public static func range(_ first: FinancialYear, through last: FinancialYear) -> [FinancialYear] {
    guard first <= last else { return [] }
    return (first.startYear...last.startYear).map(FinancialYear.init(startYear:))
  }

  /// Joins years the way `facts.csv` writes them: `2015-16;2016-17`.
  public static func join(_ years: [FinancialYear]) -> String {
    years.sorted().map(\.description).joined(separator: ";")
  }

  /// The start year of text written exactly "YYYY-YY", or `nil`.
  private static func canonical(_ text: String) -> Int? {
    let bytes = text.utf8
    guard bytes.count == 7 else { return nil }
    var digits: [Int] = []
    for (index, byte) in bytes.enumerated() {
      if index == 4 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      digits.append(Int(byte - UInt8(ascii: "0")))
    }
    let first = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    let second = digits[4] * 10 + digits[5]
    return second == (first + 1) % 100 ? first : nil
  }

  /// Reads a `;`-joined list; `nil` when any part is not a financial year.
  public static func split(_ text: String) -> [FinancialYear]? {
    var years: [FinancialYear] = []
    for part in text.split(separator: ";") {
      guard let year = FinancialYear(String(part)) else { return nil }
      years.append(year)
    }
    return years
  }
}
