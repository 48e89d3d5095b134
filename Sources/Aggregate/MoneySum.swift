import Foundation
import Records

/// A sum of money kept honest about bounds: exact and approximate amounts apart from bounds.
///
/// `point` adds only single exact or approximate amounts. `low` adds those, the lower bound of
/// every "over" amount and the low end of every range; an "up to" amount adds nothing to it.
/// `high` adds the single amounts, the upper bound of every "up to" amount and the high end of
/// every range; it becomes `nil` (open-ended) once an "over" amount is added, because nothing
/// caps it.
struct MoneySum: Sendable, Equatable {
  var point: Decimal = 0
  var low: Decimal = 0
  var high: Decimal? = 0
  /// How many amounts were added.
  var amounts = 0
  /// How many of them were bounds or ranges.
  var bounds = 0

  /// Adds an amount stated with `qualifier`, with `high` the top of a range.
  mutating func add(_ amount: Decimal, high rangeHigh: Decimal?, qualifier: AmountQualifier?) {
    amounts += 1
    switch qualifier ?? .exact {
    case .exact, .approx:
      if let rangeHigh {
        bounds += 1
        low += amount
        high = high.map { $0 + rangeHigh }
      } else {
        point += amount
        low += amount
        high = high.map { $0 + amount }
      }
    case .upTo:
      bounds += 1
      high = high.map { $0 + (rangeHigh ?? amount) }
    case .over:
      bounds += 1
      low += amount
      high = nil
    }
  }

  /// The three columns: point, low and high (empty when open-ended).
  var fields: [String] {
    [PlainNumber.text(point), PlainNumber.text(low), high.map { PlainNumber.text($0) } ?? ""]
  }

  /// Whether every amount added is a bound, so no figure is exact.
  var onlyBounds: Bool { amounts > 0 && amounts == bounds }
}
