import Foundation
import Records

/// Reads every document under `Inputs/documents/` and the hand-coded facts under `Inputs/coded/`,
/// and writes `documents.csv`, `requests.csv` and `mentions.csv`.
public struct IngestStage: Stage {
  public static let name = "ingest"
  public static let version = 1

  public init() {}

  public var parameters: [String: String] { [:] }

  public func inputFiles(in context: StageContext) -> [URL] {
    // STUB: the ingest helper replaces this.
    []
  }

  public func run(in context: StageContext) throws(IngestError) -> StageSummary {
    // STUB: the ingest helper replaces this.
    StageSummary(read: 0, written: 0)
  }
}

/// Describes why ingest could not read the documents.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A stub case until ingest is written.
  case unreadable(String)
  public var description: String {
    switch self {
    case .unreadable(let what): what
    }
  }
}
