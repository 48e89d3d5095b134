import Testing

@testable import Records

@Suite struct FinancialYearTests {
  @Test(arguments: [
    ("2015-16", 2015), ("2015/16", 2015), ("2015-2016", 2015), ("2015/2016", 2015),
    ("FY 2016/17", 2016), ("financial year 2015/2016", 2015), ("2015–16", 2015),
    ("1999/00", 1999), ("1999-00", 1999),  // century rollover
  ])
  func readsCommonSpellings(text: String, startYear: Int) throws {
    let year = try #require(FinancialYear(text))
    #expect(year.startYear == startYear)
  }

  @Test(arguments: ["2015/17", "2015-17", "2015", "15/16", "2016-15", "abcd-ef", "2015-2017", "201a-1b", ""])
  func rejectsNonYears(text: String) {
    #expect(FinancialYear(text) == nil)
  }

  @Test(arguments: [
    (10, 2014, "2014-15"), (3, 2017, "2016-17"), (4, 2017, "2017-18"), (1, 2000, "1999-00"),
  ])
  func containsMonth(month: Int, year: Int, expected: String) {
    #expect(FinancialYear(containingMonth: month, of: year).description == expected)
  }

  @Test func joinsAndSplitsSorted() throws {
    let years = [FinancialYear(startYear: 2016), FinancialYear(startYear: 2015)]
    #expect(FinancialYear.join(years) == "2015-16;2016-17")
    #expect(FinancialYear.split("2015-16;2016-17") == years.sorted())
    #expect(FinancialYear.split("") == [])
    #expect(FinancialYear.split("2015-16;nope") == nil)
  }

  @Test func rangesInclusive() {
    let range = FinancialYear.range(FinancialYear(startYear: 2014), through: .init(startYear: 2016))
    #expect(range.map(\.description) == ["2014-15", "2015-16", "2016-17"])
  }
}

@Suite struct DocumentDateTests {
  @Test(arguments: [
    ("2016-07-08", "2016-07-08", "2016-17"), ("2017", "2017", "2016-17"),
    ("2019-03", "2019-03", "2018-19"),
  ])
  func readsAndPlacesInYear(text: String, printed: String, earliest: String) throws {
    let date = try #require(DocumentDate(text))
    #expect(date.description == printed)
    #expect(date.earliestFinancialYear.description == earliest)
  }

  @Test(arguments: ["", "17", "2016-13-01", "2016-07-32", "x"])
  func rejects(text: String) {
    #expect(DocumentDate(text) == nil)
  }
}
