import Foundation
import Records

/// Gives every fact one class from the analyst's rules, then applies `Inputs/overrides.csv`.
public struct ClassifyStage: Stage {
  public static let name = "classify"
  public static let version = 1

  /// The YAML rules file (`Pipelines/rules.yml`).
  public var rulesFile: URL

  public init(rulesFile: URL) { self.rulesFile = rulesFile }

  public var parameters: [String: String] { [:] }

  public func inputFiles(in context: StageContext) -> [URL] {
    [rulesFile, context.inputFile("overrides.csv")]
  }

  public func run(in context: StageContext) throws(ClassifyError) -> StageSummary {
    // STUB: the classify helper replaces this.
    StageSummary(read: 0, written: 0)
  }
}

/// Describes why the classify stage could not classify the facts.
public enum ClassifyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A stub case until classify is written.
  case unreadable(String)
  public var description: String {
    switch self {
    case .unreadable(let what): what
    }
  }
}
