/// A document's date as precise as the document gives it: a day, a month or only a year.
public struct DocumentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  /// 1–12, or `nil` when only the year is known.
  public var month: Int?
  /// 1–31, or `nil` when the day is not known.
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Reads `2016`, `2016-07` or `2016-07-08`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-").map { Int($0) }
    guard (1...3).contains(parts.count), let year = parts[0], (1900...2999).contains(year) else {
      return nil
    }
    self.year = year
    if parts.count >= 2 {
      guard let month = parts[1], (1...12).contains(month) else { return nil }
      self.month = month
    }
    if parts.count == 3 {
      guard let day = parts[2], (1...31).contains(day) else { return nil }
      self.day = day
    }
  }

  /// The earliest financial year the date can fall in (a bare year counts from 1 January).
  public var earliestFinancialYear: FinancialYear {
    FinancialYear(containingMonth: month ?? 1, of: year)
  }

  /// ISO form as precise as known: `2016`, `2016-07` or `2016-07-08`.
  public var description: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    guard let month else { return "\(year)" }
    guard let day else { return "\(year)-\(two(month))" }
    return "\(year)-\(two(month))-\(two(day))"
  }

  public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}
