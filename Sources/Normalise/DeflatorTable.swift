import CSV
import Foundation
import Records

/// GDP deflator indices by financial year, from `Inputs/reference/deflators.csv`.
///
/// A row with an empty index is a year the file knows it lacks; asking for it, or for a year
/// the file has no row for, is an error rather than a guess.
public struct DeflatorTable: Sendable, Equatable {
  /// The index of each year that has one.
  public let indices: [FinancialYear: Decimal]
  /// The file as the user would name it, for messages.
  public let file: String

  /// The columns `deflators.csv` must have.
  public static let columns = ["financial_year", "index"]

  public init(indices: [FinancialYear: Decimal], file: String = "deflators.csv") {
    self.indices = indices
    self.file = file
  }

  /// Reads and checks `deflators.csv`.
  /// - Throws: `NormaliseError.badReference` naming the line of a bad row, or `.records`.
  public static func load(from url: URL, name: String) throws(NormaliseError) -> DeflatorTable {
    var indices: [FinancialYear: Decimal] = [:]
    var seen: Set<FinancialYear> = []
    for record in try ReferenceFile.records(of: url, name: name, columns: columns) {
      let at = SourcePosition(file: name, line: record.line)
      let yearText = record["financial_year"] ?? ""
      guard let year = FinancialYear(yearText) else {
        throw .badReference(
          "'\(yearText)' in column 'financial_year' is not a financial year such as 2015-16",
          at: at)
      }
      guard seen.insert(year).inserted else {
        throw .badReference("the financial year \(year) is listed twice", at: at)
      }
      let indexText = record["index"] ?? ""
      if indexText.isEmpty { continue }
      guard let index = PlainDecimal.parse(indexText), index > 0 else {
        throw .badReference(
          "'\(indexText)' in column 'index' is not a positive plain number", at: at)
      }
      indices[year] = index
    }
    return DeflatorTable(indices: indices, file: name)
  }

  /// The index of a year.
  /// - Throws: `NormaliseError.missingDeflator` when the table has none for it.
  public func index(of year: FinancialYear) throws(NormaliseError) -> Decimal {
    guard let index = indices[year] else { throw .missingDeflator(year, file: file) }
    return index
  }

  /// Pounds at `base` prices: the sum over years of share × index(base) ÷ index(year).
  /// - Throws: `NormaliseError.missingDeflator` for the base year or any year with a share.
  public func real(
    shares: [Decimal], in years: [FinancialYear], base: FinancialYear
  ) throws(NormaliseError) -> Decimal {
    let baseIndex = try index(of: base)
    var total = Decimal(0)
    for (share, year) in zip(shares, years) {
      total += share * baseIndex / (try index(of: year))
    }
    return total
  }
}
