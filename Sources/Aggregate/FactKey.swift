import Foundation
import Records

/// What repeat and conflict detection need to know of a fact, without its long text fields.
struct FactKey: Sendable {
  var id: String
  var document: String
  var start: Int
  var line: Int
  var forceID: String
  var kind: FactKind
  var resourceClass: ResourceClass
  var amount: Decimal?
  var amountHigh: Decimal?
  var qualifier: AmountQualifier?
  var staffCount: Decimal?
  var staffBasis: StaffBasis?
  var years: [FinancialYear]
  var words: Set<String>
  /// The roles counted, lower-cased and singular ("dci", "analyst"); empty when not given.
  var roles: Set<String>
  /// Whether the quote speaks of a team or unit ("the unit consists of ...").
  var speaksOfTeam: Bool
  /// The `repeat_of` the input already carried (an analyst's or an earlier run's), or `""`.
  var givenRepeatOf: String

  init(_ fact: Fact, line: Int) {
    id = fact.id
    document = fact.document
    start = fact.start
    self.line = line
    forceID = fact.forceID
    kind = fact.kind
    resourceClass = fact.resourceClass ?? .none
    amount = fact.amount
    amountHigh = fact.amountHigh
    qualifier = fact.qualifier
    staffCount = fact.staffCount
    staffBasis = fact.staffBasis
    years = fact.financialYears.sorted()
    var words = KeyWords.of(fact.quote + " " + fact.role, forceName: fact.force)
    // A bare quote such as "up to £41,000 in 2016/17" says nothing of what the money is for;
    // its sentence does.
    if words.count < 2 { words.formUnion(KeyWords.of(fact.context, forceName: fact.force)) }
    self.words = words
    roles = Set(
      fact.role.lowercased().split(separator: ";").map { part in
        var role = part.trimmingCharacters(in: .whitespaces)
        if role.hasSuffix("'s") || role.hasSuffix("’s") { role.removeLast(2) }
        if role.count > 3, role.hasSuffix("s"), !role.hasSuffix("ss") { role.removeLast() }
        return role
      }.filter { !$0.isEmpty })
    givenRepeatOf = fact.repeatOf
    speaksOfTeam = KeyWords.letterRuns(fact.quote).contains {
      ["team", "unit", "teams", "units", "hub", "cell", "squad"].contains($0)
    }
  }

  /// The columns of a key written to a force's partition file (see `AggregateStage`).
  static let columns = [
    "id", "document", "start", "line", "force_id", "kind", "classification", "amount",
    "amount_high", "qualifier", "staff_count", "staff_basis", "years", "words", "roles",
    "speaks_of_team", "given_repeat_of",
  ]

  /// The key as a row of `columns`; `init(row:)` reads it back exactly.
  var row: [String] {
    [
      id, document, String(start), String(line), forceID, kind.rawValue, resourceClass.rawValue,
      amount.map { "\($0)" } ?? "", amountHigh.map { "\($0)" } ?? "", qualifier?.rawValue ?? "",
      staffCount.map { "\($0)" } ?? "", staffBasis?.rawValue ?? "", FinancialYear.join(years),
      words.sorted().joined(separator: " "), roles.sorted().joined(separator: ";"),
      speaksOfTeam ? "1" : "", givenRepeatOf,
    ]
  }

  /// A key read back from `row`; `nil` when the row is not one this stage wrote.
  init?(row: [String]) {
    guard row.count == Self.columns.count, let start = Int(row[2]), let line = Int(row[3]),
      let kind = FactKind(rawValue: row[5]), let resourceClass = ResourceClass(rawValue: row[6]),
      let years = row[12].isEmpty ? [] : FinancialYear.split(row[12])
    else { return nil }
    (id, document, self.start, self.line, forceID) = (row[0], row[1], start, line, row[4])
    (self.kind, self.resourceClass, self.years) = (kind, resourceClass, years)
    amount = row[7].isEmpty ? nil : Decimal(string: row[7])
    amountHigh = row[8].isEmpty ? nil : Decimal(string: row[8])
    qualifier = AmountQualifier(rawValue: row[9])
    staffCount = row[10].isEmpty ? nil : Decimal(string: row[10])
    staffBasis = StaffBasis(rawValue: row[11])
    words = Set(row[13].split(separator: " ").map(String.init))
    roles = Set(row[14].split(separator: ";").map(String.init))
    speaksOfTeam = row[15] == "1"
    givenRepeatOf = row[16]
  }

  /// Whether the fact states a quantity: an amount of money or a number of staff.
  var isQuantified: Bool {
    switch kind {
    case .funding: amount != nil
    case .staff: staffCount != nil
    case .statement: false
    }
  }

  /// The part of the figure `sameFigure(as:)` compares exactly, as a hashable key: facts with
  /// different keys never state the same figure, so candidates are looked up, not scanned.
  var figureKey: String {
    switch kind {
    case .funding:
      "f|\(amount.map { "\($0)" } ?? "")|\(amountHigh.map { "\($0)" } ?? "")|\((qualifier ?? .exact).rawValue)"
    case .staff: "s|\(PlainNumber.count(staffCount))"
    case .statement: "t|\(id)"
    }
  }

  /// Whether the two facts state the same quantity in the same way.
  func sameFigure(as other: FactKey) -> Bool {
    guard kind == other.kind else { return false }
    switch kind {
    case .funding:
      return amount == other.amount && amountHigh == other.amountHigh
        && (qualifier ?? .exact) == (other.qualifier ?? .exact)
    case .staff:
      // Two DCIs are not two analysts: when both name roles, they must share one.
      return staffCount == other.staffCount
        && (staffBasis == nil || other.staffBasis == nil || staffBasis == other.staffBasis)
        && (roles.isEmpty || other.roles.isEmpty || !roles.isDisjoint(with: other.roles))
    case .statement:
      return false
    }
  }

  /// Whether the periods can be the same: equal, or one of the facts gives none.
  func compatibleYears(with other: FactKey) -> Bool {
    years.isEmpty || other.years.isEmpty || years == other.years
  }

  /// How many distinctive words the two facts share.
  func sharedWords(with other: FactKey) -> Int { words.intersection(other.words).count }
}
