import Foundation
import Records

/// Turns one mention of a document into a fact: years, real pounds and pounds per resident.
///
/// The stage reads the files and hands each mention here, so the arithmetic can be tested
/// without any file.
public struct Normaliser: Sendable {
  /// The financial year whose prices real-terms pounds are in.
  public var baseYear: FinancialYear
  /// How an amount over several years is shared among them.
  public var spread: SpreadRule
  public var deflators: DeflatorTable
  public var populations: PopulationTable

  /// Flag for a fact with no years whose prices are taken from the document's date.
  public static let priceYearFromDocument = "price_year_from_document"
  /// Flag for an amount with neither years nor a document date, so no real-terms figure.
  public static let noPriceYear = "no_price_year"
  /// Flag for an undated amount whose assumed price year has no deflator, so no real figure.
  public static let noDeflatorForPriceYear = "no_deflator_for_price_year"
  /// Flag for an amount in a financial year that the deflators table does not reach yet
  /// (answers about the current year arrive before HM Treasury publishes its deflator): the
  /// amount keeps its nominal figure and has no real-terms one, and the run goes on. Only a
  /// base year with no deflator stops the run.
  public static let noDeflatorForYear = "no_deflator_for_year"
  /// Flag for a per-resident figure that uses another year's population.
  public static let populationYearDiffers = "population_year_differs"
  /// Flag for an amount whose force has no population, so no per-resident figure.
  public static let populationUnknown = "population_unknown"

  public init(
    baseYear: FinancialYear, spread: SpreadRule, deflators: DeflatorTable,
    populations: PopulationTable
  ) {
    self.baseYear = baseYear
    self.spread = spread
    self.deflators = deflators
    self.populations = populations
  }

  /// The fact for a mention of a document whose force is already canonical.
  /// - Throws: `NormaliseError.missingDeflator` when the base year has no deflator.
  public func fact(
    from mention: Mention, in document: DocumentRecord
  ) throws(NormaliseError) -> Fact {
    let period = PeriodReader.read(mention.periodText, documentDate: document.date)
    var flags = Set(period.flags)
    var fact = Fact(
      id: mention.id, document: mention.document, forceID: document.forceID,
      force: document.force, documentDate: document.date, documentType: document.type,
      kind: mention.kind, amount: mention.amount, qualifier: mention.qualifier,
      staffCount: mention.staffCount, staffBasis: mention.staffBasis,
      financialYears: period.years, periodText: mention.periodText, quote: mention.quote,
      amountHigh: mention.amountHigh, role: mention.role, perAnnum: mention.perAnnum,
      cues: mention.cues, sections: mention.sections, origin: mention.origin,
      start: mention.start, end: mention.end, context: mention.context)
    if let amount = mention.amount {
      let realAmount = try real(amount, fact: &fact, flags: &flags)
      let perResident = per100k(amount, fact: &fact, flags: &flags)
      fact.realAmount = realAmount
      fact.per100k = perResident
    }
    fact.flags = flags.sorted()
    return fact
  }

  /// Real-terms pounds at the base year; sets the price year when the fact has no years.
  func real(
    _ amount: Decimal, fact: inout Fact, flags: inout Set<String>
  ) throws(NormaliseError) -> Decimal? {
    if !fact.financialYears.isEmpty {
      _ = try deflators.index(of: baseYear)
      guard fact.financialYears.allSatisfy({ deflators.indices[$0] != nil }) else {
        flags.insert(Self.noDeflatorForYear)
        return nil
      }
      let shares = spread.shares(of: amount, over: fact.financialYears, perAnnum: fact.perAnnum)
      let value = try deflators.real(shares: shares, in: fact.financialYears, base: baseYear)
      // Each year at its own deflator, so force_year.csv need not split the total evenly.
      var byYear: [Decimal] = []
      for (share, year) in zip(shares, fact.financialYears) {
        byYear.append(
          PlainDecimal.rounded(try deflators.real(shares: [share], in: [year], base: baseYear)))
      }
      fact.realByYear = byYear
      return PlainDecimal.rounded(value)
    }
    guard let date = fact.documentDate else {
      flags.insert(Self.noPriceYear)
      return nil
    }
    let priceYear = PeriodReader.endYear(of: date)
    fact.priceYear = priceYear
    flags.insert(Self.priceYearFromDocument)
    guard deflators.indices[priceYear] != nil else {
      flags.insert(Self.noDeflatorForPriceYear)
      return nil
    }
    let value = try deflators.real(shares: [amount], in: [priceYear], base: baseYear)
    return PlainDecimal.rounded(value)
  }

  /// Nominal pounds per 100,000 residents, using the population nearest the fact's first year.
  func per100k(_ amount: Decimal, fact: inout Fact, flags: inout Set<String>) -> Decimal? {
    guard let year = fact.financialYears.first ?? fact.priceYear,
      let (populationYear, population) = populations.nearest(
        force: fact.forceID, to: year.startYear)
    else {
      flags.insert(Self.populationUnknown)
      return nil
    }
    fact.populationYear = populationYear
    if populationYear != year.startYear { flags.insert(Self.populationYearDiffers) }
    return PlainDecimal.rounded(amount / Decimal(population) * 100_000)
  }
}
