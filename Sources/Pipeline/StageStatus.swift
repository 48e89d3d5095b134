import Foundation

/// Whether a stage's finished folder matches what it would read now.
public enum StageState: Sendable, Equatable {
  /// Its record matches its version, parameters and input files.
  case upToDate
  /// Something it reads or is set by changed; the reasons say what.
  case stale([String])
  /// It has no finished folder with a record.
  case neverRun
}

/// One line of `forcebench status`: a stage's state and when it last ran.
public struct StageStatus: Sendable, Equatable, CustomStringConvertible {
  /// The stage's name.
  public var stage: String
  /// Up to date, stale or never run.
  public var state: StageState
  /// When its last finished run ended, if it has one.
  public var lastRun: Date?
  /// An earlier stage that is not up to date and so runs first, possibly changing this one's input.
  public var waitsFor: String?

  /// Makes a status line.
  public init(stage: String, state: StageState, lastRun: Date?, waitsFor: String? = nil) {
    self.stage = stage
    self.state = state
    self.lastRun = lastRun
    self.waitsFor = waitsFor
  }

  public var description: String {
    let when = lastRun.map { " (last ran \(Self.format($0)))" } ?? ""
    let after = waitsFor.map { "; \($0) runs first and may change its input" } ?? ""
    switch state {
    case .upToDate: return "\(stage): up to date\(when)\(after)"
    case .stale(let reasons):
      return "\(stage): stale: \(reasons.joined(separator: "; "))\(when)\(after)"
    case .neverRun: return "\(stage): never run\(after)"
    }
  }

  /// A wall-clock time as `2026-05-01 10:22:13 UTC`.
  static func format(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String {
      let value = value ?? 0
      return value < 10 ? "0\(value)" : "\(value)"
    }
    return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) "
      + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) UTC"
  }
}
