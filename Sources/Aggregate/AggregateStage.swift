import Foundation
import Records

/// Marks repeats and sums facts by force and financial year and by force.
public struct AggregateStage: Stage {
  public static let name = "aggregate"
  public static let version = 1

  public init() {}

  public var parameters: [String: String] { [:] }

  public func inputFiles(in context: StageContext) -> [URL] { [] }

  public func run(in context: StageContext) throws(AggregateError) -> StageSummary {
    // STUB: the aggregate helper replaces this.
    StageSummary(read: 0, written: 0)
  }
}

/// Describes why the aggregate stage failed.
public enum AggregateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A stub case until aggregate is written.
  case unreadable(String)
  public var description: String {
    switch self {
    case .unreadable(let what): what
    }
  }
}
