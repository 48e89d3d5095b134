import Foundation

/// What the last run did, stage by stage: `Outputs/manifest.json`.
///
/// It carries wall-clock times, so it lives beside the reports and never inside one.
public struct RunManifest: Sendable, Equatable, Codable {
  /// What a run did with one stage.
  public struct Entry: Sendable, Equatable, Codable {
    /// The stage's name.
    public var stage: String
    /// `ran`, `up to date` or `not selected`.
    public var action: String
    /// Seconds taken, when it ran.
    public var seconds: Double?
    /// Rows or documents read, when it ran.
    public var read: Int?
    /// Rows written, when it ran.
    public var written: Int?
    /// Why it ran, when it ran.
    public var reasons: [String]
  }

  /// The pipeline's name.
  public var pipeline: String
  /// When the run started.
  public var startedAt: Date
  /// When it ended.
  public var finishedAt: Date
  /// One entry per stage of the pipeline, in order.
  public var stages: [Entry]
  /// Whether `Outputs/report` was replaced.
  public var publishedReport: Bool

  enum CodingKeys: String, CodingKey {
    case pipeline, stages
    case startedAt = "started_at"
    case finishedAt = "finished_at"
    case publishedReport = "published_report"
  }

  /// The file name under the outputs folder.
  public static let fileName = "manifest.json"

  /// Writes the manifest atomically into the outputs folder.
  func write(into outputs: URL) throws(PipelineError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let url = outputs.appendingPathComponent(Self.fileName)
    do {
      try encoder.encode(self).write(to: url, options: .atomic)
    } catch {
      throw .io("cannot write the run manifest", path: url.lastPathComponent)
    }
  }
}
