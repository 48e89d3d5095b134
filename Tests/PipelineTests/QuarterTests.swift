import Testing

@testable import Pipeline

@Suite struct QuarterTests {
  @Test(arguments: [
    ("2026-01-01", "2026-Q1"), ("2026-03-31", "2026-Q1"), ("2026-04-01", "2026-Q2"),
    ("2026-09-30", "2026-Q3"), ("2026-10-01", "2026-Q4"), ("2026-12-31", "2026-Q4"),
    ("2024-02-29", "2024-Q1"),  // leap day
  ])
  func quarterIsTheCalendarQuarterOfTheDate(date: String, quarter: String) throws {
    let day = try #require(CalendarDate(date))
    #expect(Quarter(containing: day).description == quarter)
    #expect(day.description == date)
  }

  @Test(arguments: [
    "2026-02-30", "2025-02-29", "2026-13-01", "2026-9-30", "30/09/2026", "", "today",
  ])
  func notADate(text: String) {
    #expect(CalendarDate(text) == nil)
  }

  @Test func quarterNamesReadBackAndSortInTimeOrder() throws {
    let names = ["2025-Q4", "2026-Q1", "2026-Q3"]
    let quarters = try names.map { try #require(Quarter($0)) }
    #expect(quarters.map(\.description) == names)
    #expect(quarters == quarters.sorted())
    #expect(Quarter("2026-Q5") == nil)
    #expect(Quarter(".2026-Q3.tmp-12") == nil)
  }
}

@Suite struct MoneyWordingTests {
  @Test(arguments: [
    ("45000", "45,000"), ("1200000", "1,200,000"), ("1200.5", "1,200.5"), ("999", "999"),
    ("", ""),
  ])
  func groupsThousands(plain: String, grouped: String) {
    #expect(ChangesReport.grouped(plain) == grouped)
  }
}
