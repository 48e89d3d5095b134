import Foundation
import Records

/// Writes the published tables, `benchmark.md`, the SVG charts and `datapackage.json`.
public struct ReportStage: Stage {
  public static let name = "report"
  public static let version = 1

  /// The ids of the forces compared side by side.
  public var compare: [String]
  /// The base year real-terms pounds are in, for the method section.
  public var baseYear: FinancialYear
  public var title: String

  public init(compare: [String], baseYear: FinancialYear, title: String) {
    self.compare = compare
    self.baseYear = baseYear
    self.title = title
  }

  public var parameters: [String: String] {
    ["compare": compare.joined(separator: ","), "base_year": baseYear.description, "title": title]
  }

  public func inputFiles(in context: StageContext) -> [URL] {
    [context.inputFile("reference/forces.csv"), context.inputFile("reference/SOURCES.md")]
  }

  public func run(in context: StageContext) throws(ReportError) -> StageSummary {
    // STUB: the report helper replaces this.
    StageSummary(read: 0, written: 0)
  }
}

/// Describes why the report stage failed.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A stub case until report is written.
  case unreadable(String)
  public var description: String {
    switch self {
    case .unreadable(let what): what
    }
  }
}
