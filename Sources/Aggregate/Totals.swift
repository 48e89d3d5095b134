import Foundation
import Records

/// The classes money and staff are totalled by; `none` and `withheld` carry no resource.
let resourceClasses: [ResourceClass] = [.dedicated, .shared, .absorbed, .adjacent]

/// What one class adds up to for a force, or a force in one year.
struct ClassTotals: Sendable {
  var nominal = MoneySum()
  var real = MoneySum()
  var per100k = MoneySum()
  /// Funding mentions that give no amount.
  var unquantifiedFunding = 0
  /// Staff counted full time: people, or full-time equivalents with their fractions ("2.5").
  var staffFullTime: Decimal = 0
  var staffPartTime: Decimal = 0
  /// Staff counted without saying whether full or part time.
  var staffBasisUnknown: Decimal = 0
  /// Staff mentions (a team, a post) that give no count; never counted as 0 people.
  var staffUncounted = 0

  static func columns(for resourceClass: ResourceClass) -> [String] {
    let name = resourceClass.rawValue
    var columns: [String] = []
    for measure in ["gbp", "real_gbp", "per_100k_gbp"] {
      columns += ["\(name)_\(measure)", "\(name)_\(measure)_low", "\(name)_\(measure)_high"]
    }
    columns += [
      "\(name)_amounts", "\(name)_bound_amounts", "\(name)_unquantified_funding",
      "\(name)_staff_full_time", "\(name)_staff_part_time", "\(name)_staff_basis_unknown",
      "\(name)_staff_uncounted",
    ]
    return columns
  }

  var fields: [String] {
    nominal.fields + real.fields + per100k.fields + [
      String(nominal.amounts), String(nominal.bounds), String(unquantifiedFunding),
      PlainNumber.count(staffFullTime), PlainNumber.count(staffPartTime),
      PlainNumber.count(staffBasisUnknown),
      String(staffUncounted),
    ]
  }
}

/// Totals of a force overall or of a force in one financial year.
struct Totals: Sendable {
  var classes: [ResourceClass: ClassTotals] = [:]
  /// Facts by class that state no resource, or state one of class `none` or `withheld`.
  var statements: [ResourceClass: Int] = [:]
  var facts = 0
  var repeats = 0
  var documents: Set<String> = []
  var flags: Set<String> = []
  /// Funding facts with an amount but no financial year.
  var undatedAmounts = 0
  /// Amounts whose real-terms or per-resident figure normalise could not give.
  var missingReal = 0
  var missingPer100k = 0

  /// Adds a first mention; `share` scales its stated amount and per-resident figure into this
  /// row and `realShare` its real-terms figure, which normalise gives for all its years at once.
  mutating func add(_ fact: Fact, share: Decimal, realShare: Decimal) {
    facts += 1
    documents.insert(fact.document)
    let resourceClass = fact.resourceClass ?? .none
    if resourceClass == .withheld { flags.insert("withheld") }
    guard resourceClasses.contains(resourceClass), fact.kind != .statement else {
      statements[resourceClass, default: 0] += 1
      return
    }
    var totals = classes[resourceClass, default: ClassTotals()]
    switch fact.kind {
    case .funding:
      if let amount = fact.amount {
        totals.nominal.add(
          amount * share, high: fact.amountHigh.map { $0 * share }, qualifier: fact.qualifier)
        // Real and per-resident figures are given for the low amount; the high end of a range
        // is scaled by the same ratio.
        if let real = fact.realAmount {
          let high = fact.amountHigh.map { amount == 0 ? $0 : $0 * real / amount }
          totals.real.add(
            real * realShare, high: high.map { $0 * realShare }, qualifier: fact.qualifier)
        } else {
          missingReal += 1
        }
        if let perHead = fact.per100k {
          let high = fact.amountHigh.map { amount == 0 ? $0 : $0 * perHead / amount }
          totals.per100k.add(
            perHead * share, high: high.map { $0 * share }, qualifier: fact.qualifier)
        } else {
          missingPer100k += 1
        }
      } else {
        totals.unquantifiedFunding += 1
      }
    case .staff:
      if let count = fact.staffCount {
        switch fact.staffBasis {
        case .fullTime: totals.staffFullTime += count
        case .partTime: totals.staffPartTime += count
        case nil: totals.staffBasisUnknown += count
        }
      } else {
        totals.staffUncounted += 1
      }
    case .statement:
      break
    }
    classes[resourceClass] = totals
  }

  /// The money and staff columns of every class, then the totals, statements and counts.
  static let measureColumns: [String] = {
    var columns: [String] = resourceClasses.flatMap(ClassTotals.columns(for:))
    columns += ["staff_full_time", "staff_part_time", "staff_uncounted"]
    columns += ResourceClass.allCases.map { "statements_\($0.rawValue)" }
    columns += ["facts", "repeats"]
    return columns
  }()

  var measureFields: [String] {
    let perClass: [ClassTotals] = resourceClasses.map { classes[$0, default: ClassTotals()] }
    var fields: [String] = perClass.flatMap(\.fields)
    let fullTime: Decimal = perClass.reduce(0) { $0 + $1.staffFullTime }
    let partTime: Decimal = perClass.reduce(0) { $0 + $1.staffPartTime }
    let uncounted: Int = perClass.reduce(0) { $0 + $1.staffUncounted }
    fields += [PlainNumber.count(fullTime), PlainNumber.count(partTime), String(uncounted)]
    for resourceClass in ResourceClass.allCases {
      fields.append(String(statements[resourceClass, default: 0]))
    }
    fields += [String(facts), String(repeats)]
    return fields
  }

  /// The flags the totals themselves show, joined with any set while adding.
  var allFlags: Set<String> {
    var result = flags
    if classes.values.contains(where: { $0.nominal.onlyBounds }) { result.insert("only_bounds") }
    if missingReal > 0 { result.insert("missing_real_terms") }
    if missingPer100k > 0 { result.insert("missing_population") }
    return result
  }
}
