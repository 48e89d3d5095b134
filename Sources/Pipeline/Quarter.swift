import Foundation

/// A calendar date written `YYYY-MM-DD`, such as the `--as-of` date of a quarterly publication.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month.
  public let day: Int

  /// Reads `2026-09-30`; `nil` unless it is a real date of the Gregorian calendar.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Today's date in the local time zone.
  public static func today() -> CalendarDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(unchecked: parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public var description: String {
    "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  private static func days(in month: Int, of year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

/// A calendar quarter, named `2026-Q3` (July to September 2026).
///
/// Quarterly publications are named for the calendar quarter that contains their as-of date:
/// Q1 is January to March, Q2 April to June, Q3 July to September, Q4 October to December.
/// Names sort in time order, so the previous publication is the greatest name before this one.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The calendar year.
  public let year: Int
  /// The quarter of the year, 1 to 4.
  public let number: Int

  /// The quarter that contains a date.
  public init(containing date: CalendarDate) {
    year = date.year
    number = (date.month - 1) / 3 + 1
  }

  /// Reads a quarter's name such as `2026-Q3`; `nil` for anything else.
  public init?(_ name: String) {
    let parts = name.split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
      parts[1].count == 2, parts[1].first == "Q", let number = Int(parts[1].dropFirst()),
      (1...4).contains(number)
    else { return nil }
    self.year = year
    self.number = number
  }

  public var description: String { "\(year)-Q\(number)" }

  public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
    (lhs.year, lhs.number) < (rhs.year, rhs.number)
  }
}
