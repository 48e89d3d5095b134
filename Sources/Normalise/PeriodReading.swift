import Foundation
import Records

/// The financial years a period text names, with flags for anything the reader had to assume.
public struct PeriodReading: Sendable, Hashable {
  /// The years, ascending, each once.
  public var years: [FinancialYear]
  /// Data-quality flags such as `period_unreadable` or `period_end_unknown`.
  public var flags: [String]

  public init(years: [FinancialYear], flags: [String] = []) {
    self.years = years
    self.flags = flags
  }

  /// Flag for period text that names no financial year the reader can trust.
  public static let unreadable = "period_unreadable"
  /// Flag for an ongoing period ("since April 2015") in a document with no date.
  public static let endUnknown = "period_end_unknown"
  /// Flag for an ongoing period that starts after the document's date.
  public static let startsAfterDocument = "period_starts_after_document"
  /// Flag for a bare calendar year ("in 2016") read as the financial year starting in it.
  public static let calendarYear = "calendar_year_as_financial_year"
}
