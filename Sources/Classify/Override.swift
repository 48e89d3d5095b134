import CSV
import Foundation
import Records

/// A field of a fact that `Inputs/overrides.csv` can correct.
public enum OverrideField: String, Sendable, Hashable, CaseIterable {
  /// The class; the fact's `rule` becomes `override:<fact_id>`.
  case classification
  /// The number of staff, a fraction of full-time equivalents kept ("2.5"); empty clears it.
  case staffCount = "staff_count"
  /// `full_time` or `part_time`; empty clears it.
  case staffBasis = "staff_basis"
}

/// One analyst's correction from `Inputs/overrides.csv`, checked and typed.
public struct Override: Sendable, Hashable {
  /// The new value of a field.
  public enum Change: Sendable, Hashable {
    case classification(ResourceClass)
    case staffCount(Decimal?)
    case staffBasis(StaffBasis?)
  }

  /// The fact corrected.
  public var factID: String
  public var change: Change
  /// Why, in the analyst's words.
  public var reason: String
  /// When the correction was made, `YYYY-MM-DD`.
  public var date: String
  /// Where the row is, for messages.
  public var position: SourcePosition

  public init(
    factID: String, change: Change, reason: String, date: String, position: SourcePosition
  ) {
    self.factID = factID
    self.change = change
    self.reason = reason
    self.date = date
    self.position = position
  }

  /// The flag a fact gets for each field an override changed, besides the class.
  public static func flag(for field: OverrideField) -> String { "overridden_\(field.rawValue)" }

  /// The fact with the change made.
  public func apply(to fact: Fact) -> Fact {
    var fact = fact
    switch change {
    case .classification(let resourceClass):
      fact.resourceClass = resourceClass
      fact.rule = "override:\(fact.id)"
    case .staffCount(let count):
      fact.staffCount = count
      fact.flags = Array(Set(fact.flags + [Self.flag(for: .staffCount)])).sorted()
    case .staffBasis(let basis):
      fact.staffBasis = basis
      fact.flags = Array(Set(fact.flags + [Self.flag(for: .staffBasis)])).sorted()
    }
    return fact
  }
}

/// Every override of `Inputs/overrides.csv`, by fact id, with a record of which were used.
public struct OverrideBook: Sendable {
  /// The overrides of each fact, in file order.
  public private(set) var byFact: [String: [Override]]

  /// The columns `overrides.csv` must have.
  public static let columns = ["fact_id", "field", "value", "reason", "date"]

  public init(_ overrides: [Override]) {
    byFact = Dictionary(grouping: overrides, by: \.factID)
  }

  /// Reads and checks an overrides file; a missing file means no overrides.
  /// - Throws: `ClassifyError` naming the line of the first bad row.
  public static func load(from url: URL, name: String) throws(ClassifyError) -> OverrideBook {
    guard FileManager.default.fileExists(atPath: url.path) else { return OverrideBook([]) }
    let records: [CSVRecord]
    do {
      let reader = try CSVReader(url: url, name: name)
      try reader.require(columns: columns)
      records = try reader.readAll()
    } catch {
      throw .records(.csv(error))
    }
    var overrides: [Override] = []
    var seen: [String: Int] = [:]
    for record in records {
      let override = try parse(record, file: name)
      let key = "\(override.factID)\u{0}\(record["field"] ?? "")"
      if let first = seen[key] {
        throw .incompleteOverride(
          "fact \(override.factID) already has an override of \(record["field"] ?? "") on line \(first)",
          at: override.position)
      }
      seen[key] = record.line
      overrides.append(override)
    }
    return OverrideBook(overrides)
  }

  static func parse(_ record: CSVRecord, file: String) throws(ClassifyError) -> Override {
    let at = SourcePosition(file: file, line: record.line)
    let factID = (record["fact_id"] ?? "").trimmingCharacters(in: .whitespaces)
    guard !factID.isEmpty else { throw .incompleteOverride("the fact_id is empty", at: at) }
    let fieldText = (record["field"] ?? "").trimmingCharacters(in: .whitespaces)
    guard let field = OverrideField(rawValue: fieldText) else {
      throw .unknownOverrideField(fieldText, at: at)
    }
    let value = (record["value"] ?? "").trimmingCharacters(in: .whitespaces)
    let change: Override.Change
    switch field {
    case .classification:
      guard let resourceClass = ResourceClass(rawValue: value) else {
        throw .badOverrideValue(
          field: field.rawValue, value: value,
          expected: "one of " + ResourceClass.allCases.map(\.rawValue).joined(separator: ", "),
          at: at)
      }
      change = .classification(resourceClass)
    case .staffCount:
      if value.isEmpty {
        change = .staffCount(nil)
      } else {
        guard let count = PlainNumber.count(from: value) else {
          throw .badOverrideValue(
            field: field.rawValue, value: value,
            expected: "a plain number such as 3 or 2.5, or empty", at: at)
        }
        change = .staffCount(count)
      }
    case .staffBasis:
      if value.isEmpty {
        change = .staffBasis(nil)
      } else {
        guard let basis = StaffBasis(rawValue: value) else {
          throw .badOverrideValue(
            field: field.rawValue, value: value, expected: "full_time, part_time or empty",
            at: at)
        }
        change = .staffBasis(basis)
      }
    }
    let reason = (record["reason"] ?? "").trimmingCharacters(in: .whitespaces)
    guard !reason.isEmpty else {
      throw .incompleteOverride("the override of \(factID) gives no reason", at: at)
    }
    let date = (record["date"] ?? "").trimmingCharacters(in: .whitespaces)
    guard let parsed = DocumentDate(date), parsed.day != nil else {
      throw .badOverrideValue(
        field: "date", value: date, expected: "a date such as 2024-05-31", at: at)
    }
    return Override(factID: factID, change: change, reason: reason, date: date, position: at)
  }

  /// Applies and removes the overrides of a fact.
  /// - Returns: The corrected fact and whether its class came from an override.
  public mutating func take(for fact: Fact) -> (fact: Fact, classified: Bool) {
    guard let overrides = byFact.removeValue(forKey: fact.id) else { return (fact, false) }
    var result = fact
    var classified = false
    for override in overrides {
      result = override.apply(to: result)
      if case .classification = override.change { classified = true }
    }
    return (result, classified)
  }

  /// The first override not yet taken, in file order, if any.
  public var firstUnused: Override? {
    byFact.values.flatMap { $0 }.min { ($0.position.line ?? 0) < ($1.position.line ?? 0) }
  }
}
