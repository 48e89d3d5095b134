import Normalise
import Records
import Testing

@Suite struct PeriodReaderTests {
  let dated = DocumentDate(year: 2016, month: 7, day: 8)

  @Test(arguments: [
    ("in 2015/16", ["2015-16"]),
    ("2015-16", ["2015-16"]),
    ("2015-2016", ["2015-16"]),
    ("financial year 2015/2016", ["2015-16"]),
    ("FY 2016/17", ["2016-17"]),
    ("FY16/17", ["2016-17"]),
    ("in the 2015–16 financial year", ["2015-16"]),  // en dash
    ("1999/00", ["1999-00"]),  // century rollover
    ("1999-2000", ["1999-00"]),
    ("2015/16 and 2016/17", ["2015-16", "2016-17"]),
    ("2014/15, 2015/16", ["2014-15", "2015-16"]),
    ("2014-15 to 2016-17", ["2014-15", "2015-16", "2016-17"]),
    ("from 2014/15 to 2016/17", ["2014-15", "2015-16", "2016-17"]),
    ("between 2014-15 and 2015-16", ["2014-15", "2015-16"]),
    ("2014/15-2016/17", ["2014-15", "2015-16", "2016-17"]),
    ("April 2015 to March 2017", ["2015-16", "2016-17"]),
    ("up to £41,000 per annum in 2016/17", []),  // amounts are not periods: unreadable
  ])
  func readsFinancialYears(text: String, expected: [String]) {
    let reading = PeriodReader.read(text, documentDate: dated)
    #expect(reading.years.map(\.description) == expected)
  }

  @Test(arguments: [
    ("October 2014", "2014-15"),
    ("in March 2015", "2014-15"),  // January to March belong to the year before's
    ("1 April 2015", "2015-16"),
    ("April 1 2015", "2015-16"),
    ("Sept 2016", "2016-17"),
    ("early 2017", "2016-17"),  // January to March 2017 lie in 2016-17
    ("beginning of 2017", "2016-17"),
    ("mid 2016", "2016-17"),
    ("mid-2016", "2016-17"),
    ("late 2016", "2016-17"),
    ("end of 2016", "2016-17"),
    ("spring 2016", "2016-17"),
    ("summer 2016", "2016-17"),
    ("autumn 2016", "2016-17"),
    ("winter 2016", "2016-17"),  // December 2016 to February 2017
    ("winter 2016/17", "2016-17"),
    ("year ending March 2016", "2015-16"),
    ("31/03/2012", "2011-12"),  // day first: the last day of 2011-12
    ("01/04/2012", "2012-13"),
    ("31.03.2012", "2011-12"),
    ("As at 31 January 2020", "2019-20"),
  ])
  func readsMonthsAndPartsOfYears(text: String, expected: String) {
    let reading = PeriodReader.read(text, documentDate: dated)
    #expect(reading.years.map(\.description) == [expected])
    #expect(reading.flags.isEmpty)
  }

  @Test func readsBareCalendarYearAsTheFinancialYearStartingInIt() {
    let reading = PeriodReader.read("in 2016", documentDate: dated)
    #expect(reading.years == [FinancialYear(startYear: 2016)])
    #expect(reading.flags == [PeriodReading.calendarYear])
  }

  @Test(arguments: [
    ("since April 2015", "2016-07-08", ["2015-16", "2016-17"]),
    ("established in October 2014", "2016-07-08", ["2014-15", "2015-16", "2016-17"]),
    ("from October 2014", "2016-02-17", ["2014-15", "2015-16"]),
    ("in place since 2015/16", "2017-05-01", ["2015-16", "2016-17", "2017-18"]),
    ("set up in March 2015", "2015-04-10", ["2014-15", "2015-16"]),
    ("launched in January 2016", "2016-03", ["2015-16"]),  // month-only date
    ("since early 2017", "2017", ["2016-17"]),  // year-only date ends at its earliest year
    ("since April 2014", "2017", ["2014-15", "2015-16", "2016-17"]),
    ("launched in June 2016", "2016", ["2016-17"]),  // inside the year of a year-only date
    ("formed in May 2016", "2017-06-01", ["2016-17", "2017-18"]),
  ])
  func readsOngoingStartsToTheDocumentDate(text: String, date: String, expected: [String]) throws {
    let documentDate = try #require(DocumentDate(date))
    let reading = PeriodReader.read(text, documentDate: documentDate)
    #expect(reading.years.map(\.description) == expected)
    #expect(reading.flags.isEmpty)
  }

  @Test func flagsAnOngoingStartWithNoDocumentDate() {
    let reading = PeriodReader.read("since April 2015", documentDate: nil)
    #expect(reading.years == [FinancialYear(startYear: 2015)])
    #expect(reading.flags == [PeriodReading.endUnknown])
  }

  @Test func flagsAnOngoingStartAfterTheDocument() {
    let reading = PeriodReader.read(
      "since April 2018", documentDate: DocumentDate(year: 2016, month: 7, day: 8))
    #expect(reading.years == [FinancialYear(startYear: 2018)])
    #expect(reading.flags == [PeriodReading.startsAfterDocument])
  }

  @Test(arguments: [
    "2015/17",  // names no financial year
    "2013-2016",  // a span of calendar years, not one financial year
    "recently",
    "the latter period",
    "April",
    "10-15 operations",
    "since 2014/15 and 2016/17",
  ])
  func flagsUnreadableTextWithoutGuessing(text: String) {
    let reading = PeriodReader.read(text, documentDate: dated)
    #expect(reading.years.isEmpty)
    #expect(reading.flags == [PeriodReading.unreadable])
  }

  @Test(arguments: ["per annum", "each year", "annually", "a year"])
  func howOftenAloneNamesNoYearAndIsNoProblem(text: String) {
    #expect(PeriodReader.read(text, documentDate: dated) == PeriodReading(years: []))
  }

  @Test func emptyTextHasNoYearsAndNoFlags() {
    #expect(PeriodReader.read("", documentDate: dated) == PeriodReading(years: []))
  }

  @Test(arguments: [
    ("2016-07-08", "2016-17"),
    ("2016-02", "2015-16"),
    ("2017", "2016-17"),  // a bare year counts from 1 January
  ])
  func endYearOfADocumentDate(date: String, expected: String) throws {
    let documentDate = try #require(DocumentDate(date))
    #expect(PeriodReader.endYear(of: documentDate).description == expected)
  }
}
