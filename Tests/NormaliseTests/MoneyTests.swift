import Foundation
import Normalise
import Records
import Testing

@Suite struct MoneyTests {
  let fixture = Normaliser(
    baseYear: FinancialYear(startYear: 2018), spread: .even,
    deflators: DeflatorTable(
      indices: [
        FinancialYear(startYear: 2014): Decimal(string: "93.472") ?? 0,
        FinancialYear(startYear: 2015): Decimal(string: "94.277") ?? 0,
        FinancialYear(startYear: 2016): Decimal(string: "96.510") ?? 0,
        FinancialYear(startYear: 2018): Decimal(string: "100.000") ?? 0,
      ], file: "Inputs/reference/deflators.csv"),
    populations: PopulationTable(byForce: ["leicestershire": [2011: 1_017_697]]))

  let document = DocumentRecord(
    document: "leics.txt", forceID: "leicestershire", force: "Leicestershire",
    date: DocumentDate(year: 2016, month: 2, day: 17), type: .foiResponse, encoding: "utf-8",
    characters: 100)

  func mention(amount: String, period: String = "", perAnnum: Bool = false) -> Mention {
    Mention(
      id: "leics#1-2", document: "leics.txt", kind: .funding, start: 1, end: 2, quote: "q",
      context: "c", amount: Decimal(string: amount), qualifier: .exact, periodText: period,
      perAnnum: perAnnum)
  }

  @Test(arguments: [
    (SpreadRule.even, false, ["10000", "10000", "10000"]),
    (SpreadRule.first, false, ["30000", "0", "0"]),
    (SpreadRule.even, true, ["30000", "30000", "30000"]),  // per annum: each year has it all
    (SpreadRule.first, true, ["30000", "30000", "30000"]),
  ])
  func spreadsAnAmountOverYears(rule: SpreadRule, perAnnum: Bool, expected: [String]) {
    let years = (2014...2016).map(FinancialYear.init(startYear:))
    let shares = rule.shares(of: 30000, over: years, perAnnum: perAnnum)
    #expect(shares == expected.compactMap { Decimal(string: $0) })
  }

  @Test(arguments: [
    ("19250", "in 2015/16", SpreadRule.even, false, "20418.55"),
    ("30000", "2014-15 to 2016-17", SpreadRule.even, false, "31667.05"),
    ("30000", "2014-15 to 2016-17", SpreadRule.first, false, "32095.17"),
    ("10000", "2015/16 and 2016/17", SpreadRule.even, true, "20968.66"),
    ("1000", "2014-15 to 2016-17", SpreadRule.even, false, "1055.57"),  // thirds of a pound
    ("500", "2018/19", SpreadRule.even, false, "500"),  // the base year itself
  ])
  func deflatesToBaseYearPrices(
    amount: String, period: String, rule: SpreadRule, perAnnum: Bool, expected: String
  ) throws {
    var normaliser = fixture
    normaliser.spread = rule
    let fact = try normaliser.fact(
      from: mention(amount: amount, period: period, perAnnum: perAnnum), in: document)
    #expect(fact.realAmount == Decimal(string: expected))
    #expect(fact.priceYear == nil)
  }

  @Test func takesPricesFromTheDocumentDateWhenTheFactHasNoYears() throws {
    let fact = try fixture.fact(from: mention(amount: "2000000"), in: document)
    #expect(fact.financialYears.isEmpty)
    #expect(fact.priceYear == FinancialYear(startYear: 2015))
    #expect(fact.realAmount == Decimal(string: "2121408.19"))
    #expect(fact.flags.contains(Normaliser.priceYearFromDocument))
  }

  @Test func leavesRealTermsEmptyWithNoYearsAndNoDate() throws {
    var undated = document
    undated.date = nil
    let fact = try fixture.fact(from: mention(amount: "2000000"), in: undated)
    #expect(fact.realAmount == nil)
    #expect(fact.priceYear == nil)
    #expect(fact.flags == [Normaliser.noPriceYear, Normaliser.populationUnknown])
  }

  @Test func flagsAnUndatedAmountWhosePriceYearHasNoDeflator() throws {
    var later = document
    later.date = DocumentDate(year: 2019, month: 9, day: 24)
    let fact = try fixture.fact(from: mention(amount: "10000"), in: later)
    #expect(fact.priceYear == FinancialYear(startYear: 2019))
    #expect(fact.realAmount == nil)
    #expect(fact.flags.contains(Normaliser.noDeflatorForPriceYear))
  }

  /// An answer about a year the deflators do not reach yet keeps its nominal pounds, has no
  /// real-terms figure, and is flagged; it never stops the run.
  @Test func flagsADatedAmountWhoseYearHasNoDeflator() throws {
    let fact = try fixture.fact(from: mention(amount: "10", period: "2019/20"), in: document)
    #expect(fact.amount == 10)
    #expect(fact.realAmount == nil)
    #expect(fact.realByYear.isEmpty)
    #expect(fact.flags.contains(Normaliser.noDeflatorForYear))
  }

  @Test func failsWhenTheBaseYearHasNoDeflator() {
    var normaliser = fixture
    normaliser.baseYear = FinancialYear(startYear: 2020)
    #expect(
      throws: NormaliseError.missingDeflator(
        FinancialYear(startYear: 2020), file: "Inputs/reference/deflators.csv")
    ) {
      try normaliser.fact(from: mention(amount: "10", period: "2015/16"), in: document)
    }
  }

  @Test(arguments: [
    ("10000", "982.61"),
    ("19250", "1891.53"),
    ("41000", "4028.7"),
  ])
  func dividesByPopulationPer100000(amount: String, expected: String) throws {
    let fact = try fixture.fact(from: mention(amount: amount, period: "2016/17"), in: document)
    #expect(fact.per100k == Decimal(string: expected))
    #expect(fact.populationYear == 2011)
    #expect(fact.flags == [Normaliser.populationYearDiffers])
  }

  @Test func usesTheNearestPopulationYearAndFlagsNothingWhenItIsTheSame() throws {
    var normaliser = fixture
    normaliser.populations = PopulationTable(
      byForce: ["leicestershire": [2011: 1_017_697, 2015: 1_000_000, 2017: 2_000_000]])
    let fact = try normaliser.fact(from: mention(amount: "10000", period: "2015/16"), in: document)
    #expect(fact.populationYear == 2015)
    #expect(fact.per100k == 1000)
    #expect(fact.flags.isEmpty)
  }

  @Test func prefersTheEarlierOfTwoEquallyNearPopulationYears() {
    let table = PopulationTable(byForce: ["x": [2014: 1, 2016: 2]])
    #expect(table.nearest(force: "x", to: 2015)?.year == 2014)
    #expect(table.nearest(force: "y", to: 2015) == nil)
  }

  @Test func carriesEveryMentionFieldIntoTheFact() throws {
    let mention = Mention(
      id: "leics#5-40", document: "leics.txt", origin: "text", kind: .staff, start: 5, end: 40,
      quote: "2 x DCI's as part time support", context: "2 x DCI's as part time support.",
      amount: nil, staffCount: 2, staffBasis: .partTime, role: "DCI", periodText: "in 2015/16",
      perAnnum: true, cues: ["part_time"], sections: ["s31"])
    let fact = try fixture.fact(from: mention, in: document)
    #expect(
      fact
        == Fact(
          id: "leics#5-40", document: "leics.txt", forceID: "leicestershire",
          force: "Leicestershire", documentDate: DocumentDate(year: 2016, month: 2, day: 17),
          documentType: .foiResponse, kind: .staff, staffCount: 2, staffBasis: .partTime,
          financialYears: [FinancialYear(startYear: 2015)], periodText: "in 2015/16",
          quote: "2 x DCI's as part time support", role: "DCI", perAnnum: true,
          cues: ["part_time"], sections: ["s31"], origin: "text", start: 5, end: 40,
          context: "2 x DCI's as part time support."))
  }
}
