import Foundation
import Records

/// How an amount that covers several financial years is shared among them.
public enum SpreadRule: String, Sendable, CaseIterable {
  /// Equal shares for each year.
  case even
  /// The whole amount to the first year.
  case first
}

/// Puts every mention on one footing: canonical force, financial years, real pounds at the base
/// year, pounds per 100,000 residents. Reads ingest's folder and `Inputs/reference/`.
public struct NormaliseStage: Stage {
  public static let name = "normalise"
  public static let version = 1

  /// The financial year whose prices real-terms pounds are in.
  public var baseYear: FinancialYear
  public var spread: SpreadRule

  public init(baseYear: FinancialYear, spread: SpreadRule = .even) {
    self.baseYear = baseYear
    self.spread = spread
  }

  public var parameters: [String: String] {
    ["base_year": baseYear.description, "spread": spread.rawValue]
  }

  public func inputFiles(in context: StageContext) -> [URL] {
    ["forces.csv", "population.csv", "deflators.csv"].map {
      context.inputFile("reference/\($0)")
    }
  }

  public func run(in context: StageContext) throws(NormaliseError) -> StageSummary {
    // STUB: the normalise helper replaces this.
    StageSummary(read: 0, written: 0)
  }
}

/// Describes why the normalise stage could not normalise a fact.
public enum NormaliseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A stub case until normalise is written.
  case unreadable(String)
  public var description: String {
    switch self {
    case .unreadable(let what): what
    }
  }
}
