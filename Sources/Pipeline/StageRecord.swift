import Foundation
import Records

/// What a stage's last finished run read and how it was set, kept beside its outputs.
///
/// Written last as `.record.json` inside the stage's temporary folder, so it exists only in a
/// folder whose run finished. The runner skips a stage whose record matches what it would read
/// now. `ranAt` is the wall clock; it appears in `status`, never in a report.
public struct StageRecord: Sendable, Equatable, Codable {
  /// The stage's name.
  public var stage: String
  /// The stage's `version` when it ran.
  public var version: Int
  /// The stage's parameters when it ran.
  public var parameters: [String: String]
  /// The files it read, with their hashes.
  public var inputs: Fingerprint
  /// When it finished.
  public var ranAt: Date
  /// How long it took, in seconds.
  public var seconds: Double
  /// Rows or documents read.
  public var read: Int
  /// Rows written to its main file.
  public var written: Int
  /// The notes it returned.
  public var notes: [String]

  /// The file name of the record inside a stage's folder.
  public static let fileName = ".record.json"

  enum CodingKeys: String, CodingKey {
    case stage, version, parameters, inputs, seconds, read, written, notes
    case ranAt = "ran_at"
  }

  /// Reads the record of a stage's folder, or `nil` when there is none or it cannot be read.
  public static func load(from folder: URL) -> StageRecord? {
    let url = folder.appendingPathComponent(fileName)
    guard let data = try? Data(contentsOf: url) else { return nil }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try? decoder.decode(StageRecord.self, from: data)
  }

  /// Writes the record into a folder, flushed to disk.
  /// - Throws: `PipelineError.io` naming the file.
  func write(into folder: URL, name: String) throws(PipelineError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    do {
      let data = try encoder.encode(self)
      try FolderSwap.writeDurably(data, to: folder.appendingPathComponent(Self.fileName))
    } catch {
      throw .io("cannot write the stage record", path: name)
    }
  }

  /// Why a stage with this record must run again, or `[]` when it is up to date.
  func staleReasons(version: Int, parameters: [String: String], inputs: Fingerprint) -> [String] {
    var reasons: [String] = []
    if self.version != version {
      reasons.append("its version changed from \(self.version) to \(version)")
    }
    for key in Set(parameters.keys).union(self.parameters.keys).sorted() {
      let old = self.parameters[key]
      let new = parameters[key]
      guard old != new else { continue }
      switch (old, new) {
      case (let old?, let new?):
        reasons.append("parameter \(key) changed from '\(old)' to '\(new)'")
      case (nil, let new?): reasons.append("parameter \(key) is new ('\(new)')")
      case (let old?, nil): reasons.append("parameter \(key) is gone (was '\(old)')")
      default: break
      }
    }
    reasons += inputs.changes(since: self.inputs)
    return reasons
  }
}
