import Foundation
import Testing

@testable import Pipeline

/// The progress line a terminal shows while a long stage works.
@Suite struct ProgressMeterTests {
  @Test func showsRateAndTimeLeftOnceASecondHasPassed() {
    #expect(
      ProgressMeter.text(stage: "ingest", done: 10, total: 100, elapsed: 0.5) == "ingest: 10/100")
    #expect(
      ProgressMeter.text(stage: "ingest", done: 400, total: 1_000, elapsed: 4)
        == "ingest: 400/1000, 100/s, about 6 s left")
    #expect(
      ProgressMeter.text(stage: "ingest", done: 100, total: 100_000, elapsed: 10)
        == "ingest: 100/100000, 10/s, about 167 min left")
    #expect(
      ProgressMeter.text(stage: "ingest", done: 50, total: 50, elapsed: 2) == "ingest: 50/50, 25/s")
  }

  @Test func redrawsAtMostTenTimesASecondButAlwaysAtTheEnd() {
    let meter = ProgressMeter()
    let start = Date(timeIntervalSince1970: 1_000)
    #expect(meter.update(stage: "ingest", done: 1, total: 3, now: start) == "ingest: 1/3")
    #expect(
      meter.update(stage: "ingest", done: 2, total: 3, now: start.addingTimeInterval(0.05)) == nil)
    #expect(
      meter.update(stage: "ingest", done: 3, total: 3, now: start.addingTimeInterval(0.06))
        == "ingest: 3/3")
  }
}
