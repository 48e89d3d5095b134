import Foundation
import Records

/// How an amount that covers several financial years is shared among them.
public enum SpreadRule: String, Sendable, CaseIterable {
  /// Equal shares for each year.
  case even
  /// The whole amount to the first year.
  case first

  /// Each year's share of an amount over `years`, in the order given.
  ///
  /// A `perAnnum` amount recurs, so every year gets all of it whatever the rule.
  /// - Returns: One share per year; empty when `years` is empty.
  public func shares(of amount: Decimal, over years: [FinancialYear], perAnnum: Bool) -> [Decimal] {
    guard !years.isEmpty else { return [] }
    if perAnnum { return years.map { _ in amount } }
    switch self {
    case .even:
      return years.map { _ in amount / Decimal(years.count) }
    case .first:
      return years.indices.map { $0 == 0 ? amount : 0 }
    }
  }
}
