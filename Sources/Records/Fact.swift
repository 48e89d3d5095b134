import CSV
import Foundation

/// A mention placed on a common footing: one force, financial years, real pounds, per resident.
///
/// Normalise writes it without a class; classify fills `resourceClass` and `rule`; aggregate
/// fills `repeatOf`. The first seventeen columns are the published `facts.csv` of DESIGN.md, in
/// its order; the rest carry what later stages and the report need.
public struct Fact: TableRow, Hashable {
  /// The mention's stable id (document and offsets).
  public var id: String
  public var document: String
  public var forceID: String
  public var force: String
  public var documentDate: DocumentDate?
  public var documentType: DocumentType
  public var kind: FactKind
  /// Nominal pounds as stated; the low end of a range.
  public var amount: Decimal?
  public var qualifier: AmountQualifier?
  /// People or posts, or full-time equivalents with their fraction as written ("9.5", "0.6");
  /// never rounded.
  public var staffCount: Decimal?
  public var staffBasis: StaffBasis?
  /// The financial years the fact covers, ascending; empty when the document gives no period.
  public var financialYears: [FinancialYear]
  public var periodText: String
  /// `nil` until classify has run.
  public var resourceClass: ResourceClass?
  /// The id of the rule that decided the class, or `override:<id>`.
  public var rule: String
  public var quote: String
  /// The id of the earlier fact this one repeats, or `""`.
  public var repeatOf: String
  /// The high end of a range, else `nil`.
  public var amountHigh: Decimal?
  /// Pounds at the pipeline's base-year prices.
  public var realAmount: Decimal?
  /// Nominal pounds per 100,000 residents of the force area.
  public var per100k: Decimal?
  /// The financial year whose prices the amount is taken to be in when the fact gives no years.
  public var priceYear: FinancialYear?
  /// The year of the population figure used for `per100k`.
  public var populationYear: Int?
  public var role: String
  public var perAnnum: Bool
  public var cues: [String]
  public var sections: [String]
  public var origin: String
  public var start: Int
  public var end: Int
  public var context: String
  /// Data-quality flags, sorted (`population_year_differs`, `price_year_from_document`, ...).
  public var flags: [String]
  /// Pounds at base-year prices in each of `financialYears`, in the same order; empty when the
  /// fact has no years or no real-terms figure. Each is rounded to the penny, so they add up
  /// to `realAmount` to within a penny a year.
  public var realByYear: [Decimal]

  public init(
    id: String, document: String, forceID: String, force: String, documentDate: DocumentDate?,
    documentType: DocumentType, kind: FactKind, amount: Decimal? = nil,
    qualifier: AmountQualifier? = nil, staffCount: Decimal? = nil, staffBasis: StaffBasis? = nil,
    financialYears: [FinancialYear] = [], periodText: String = "",
    resourceClass: ResourceClass? = nil, rule: String = "", quote: String, repeatOf: String = "",
    amountHigh: Decimal? = nil, realAmount: Decimal? = nil, per100k: Decimal? = nil,
    priceYear: FinancialYear? = nil, populationYear: Int? = nil, role: String = "",
    perAnnum: Bool = false, cues: [String] = [], sections: [String] = [], origin: String = "text",
    start: Int = 0, end: Int = 0, context: String = "", flags: [String] = [],
    realByYear: [Decimal] = []
  ) {
    self.id = id
    self.document = document
    self.forceID = forceID
    self.force = force
    self.documentDate = documentDate
    self.documentType = documentType
    self.kind = kind
    self.amount = amount
    self.qualifier = qualifier
    self.staffCount = staffCount
    self.staffBasis = staffBasis
    self.financialYears = financialYears
    self.periodText = periodText
    self.resourceClass = resourceClass
    self.rule = rule
    self.quote = quote
    self.repeatOf = repeatOf
    self.amountHigh = amountHigh
    self.realAmount = realAmount
    self.per100k = per100k
    self.priceYear = priceYear
    self.populationYear = populationYear
    self.role = role
    self.perAnnum = perAnnum
    self.cues = cues
    self.sections = sections
    self.origin = origin
    self.start = start
    self.end = end
    self.context = context
    self.flags = flags
    self.realByYear = realByYear
  }

  /// The published columns of DESIGN.md, in order, then the extra ones.
  public static let columns = [
    "fact_id", "document", "force_id", "force", "document_date", "document_type", "kind",
    "amount_gbp", "amount_qualifier", "staff_count", "staff_basis", "financial_years",
    "period_text", "classification", "rule", "quote", "repeat_of", "amount_high_gbp",
    "real_gbp", "per_100k_gbp", "price_year", "population_year", "role", "per_annum", "cues",
    "sections", "origin", "start", "end", "context", "flags", "real_gbp_by_year",
  ]

  public init(record: CSVRecord, file: String) throws(RecordError) {
    let reader = FieldReader(record, file: file)
    id = try reader.required("fact_id")
    document = try reader.required("document")
    forceID = try reader.required("force_id")
    force = try reader.required("force")
    let dateText = reader.text("document_date")
    if dateText.isEmpty {
      documentDate = nil
    } else {
      guard let date = DocumentDate(dateText) else {
        throw .badValue(
          column: "document_date", value: dateText, expected: "a date such as 2016-07-08",
          at: reader.position)
      }
      documentDate = date
    }
    documentType = try reader.value("document_type", as: DocumentType.self) ?? .other
    guard let kind = try reader.value("kind", as: FactKind.self) else {
      throw .missingValue(column: "kind", at: reader.position)
    }
    self.kind = kind
    amount = try reader.decimal("amount_gbp")
    qualifier = try reader.value("amount_qualifier", as: AmountQualifier.self)
    staffCount = try reader.count("staff_count")
    staffBasis = try reader.value("staff_basis", as: StaffBasis.self)
    financialYears = try reader.years("financial_years")
    periodText = reader.text("period_text")
    resourceClass = try reader.value("classification", as: ResourceClass.self)
    rule = reader.text("rule")
    quote = reader.text("quote")
    repeatOf = reader.text("repeat_of")
    amountHigh = try reader.decimal("amount_high_gbp")
    realAmount = try reader.decimal("real_gbp")
    per100k = try reader.decimal("per_100k_gbp")
    let priceText = reader.text("price_year")
    if priceText.isEmpty {
      priceYear = nil
    } else {
      guard let year = FinancialYear(priceText) else {
        throw .badValue(
          column: "price_year", value: priceText, expected: "a financial year such as 2015-16",
          at: reader.position)
      }
      priceYear = year
    }
    populationYear = try reader.int("population_year")
    role = reader.text("role")
    perAnnum = reader.text("per_annum") == "true"
    cues = reader.text("cues").split(separator: ";").map(String.init)
    sections = reader.text("sections").split(separator: ";").map(String.init)
    origin = reader.text("origin")
    start = try reader.int("start") ?? 0
    end = try reader.int("end") ?? 0
    context = reader.text("context")
    flags = reader.text("flags").split(separator: ";").map(String.init)
    var byYear: [Decimal] = []
    for part in reader.text("real_gbp_by_year").split(separator: ";") {
      guard let value = Decimal(string: String(part), locale: Locale(identifier: "en_US_POSIX"))
      else {
        throw .badValue(
          column: "real_gbp_by_year", value: reader.text("real_gbp_by_year"),
          expected: "plain numbers joined by ;", at: reader.position)
      }
      byYear.append(value)
    }
    realByYear = byYear
  }

  public var fields: [String] {
    [
      id, document, forceID, force, documentDate?.description ?? "", documentType.rawValue,
      kind.rawValue, PlainNumber.text(amount), qualifier?.rawValue ?? "",
      PlainNumber.count(staffCount), staffBasis?.rawValue ?? "",
      FinancialYear.join(financialYears), periodText, resourceClass?.rawValue ?? "", rule, quote,
      repeatOf, PlainNumber.text(amountHigh), PlainNumber.text(realAmount),
      PlainNumber.text(per100k), priceYear?.description ?? "", PlainNumber.text(populationYear),
      role, perAnnum ? "true" : "false", cues.sorted().joined(separator: ";"),
      sections.joined(separator: ";"), origin, String(start), String(end), context,
      flags.sorted().joined(separator: ";"),
      realByYear.map { PlainNumber.text($0) }.joined(separator: ";"),
    ]
  }
}
