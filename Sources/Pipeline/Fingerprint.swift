import Crypto
import Foundation

/// The SHA-256 of every file a stage reads, keyed by the file's path as the analyst names it.
///
/// A folder stands for every file under it; hidden files (a leading `.`, such as a stage's
/// `.record.json`) are left out, because they are bookkeeping and not what a stage reads.
public struct Fingerprint: Sendable, Equatable, Codable {
  /// The hex SHA-256 of each file, or `missing` for a file that does not exist.
  public var files: [String: String]

  /// The hash recorded for a file that does not exist, so that its appearance counts as a change.
  public static let missing = "missing"

  /// Makes a fingerprint from already computed hashes.
  public init(files: [String: String] = [:]) { self.files = files }

  /// Reads the plain `{path: hash}` object a record holds.
  public init(from decoder: any Decoder) throws {
    files = try decoder.singleValueContainer().decode([String: String].self)
  }

  /// Writes a plain `{path: hash}` object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(files)
  }

  /// Hashes the files under a previous stage's folder and the named input files.
  /// - Parameters:
  ///   - urls: Files or folders to hash.
  ///   - workspace: Names each file for the record and for messages.
  /// - Throws: `PipelineError.io` when a file exists but cannot be read.
  ///   - cache: Hashes of files unchanged since they were last hashed.
  static func of(_ urls: [URL], in workspace: Workspace, cache: HashCache) throws(PipelineError)
    -> Fingerprint
  {
    var files: [String: String] = [:]
    for url in urls {
      for file in try expand(url, workspace: workspace) {
        let name = workspace.display(file)
        files[name] = try cache.sha256(of: file) { () throws(PipelineError) in
          try sha256(of: file, name: name)
        }
      }
      if !FileManager.default.fileExists(atPath: url.path) {
        files[workspace.display(url)] = missing
      }
    }
    return Fingerprint(files: files)
  }

  /// Every regular, non-hidden file at or under `url`, sorted by path.
  static func expand(_ url: URL, workspace: Workspace) throws(PipelineError) -> [URL] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      return []
    }
    guard isFolder.boolValue else { return [url] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: url.path)
    } catch {
      throw .io("cannot list the folder", path: workspace.display(url))
    }
    var files: [URL] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      files += try expand(url.appendingPathComponent(name), workspace: workspace)
    }
    return files
  }

  /// The lower-case hex SHA-256 of a file's bytes, read a megabyte at a time.
  /// - Throws: `PipelineError.io` naming the file when it cannot be read.
  public static func sha256(of url: URL, name: String) throws(PipelineError) -> String {
    var hasher = SHA256()
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        hasher.update(data: chunk)
      }
    } catch {
      throw .io("cannot read the file to hash it", path: name)
    }
    return hasher.finalize().map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// What differs from an earlier fingerprint, one phrase per file, sorted by path.
  public func changes(since earlier: Fingerprint) -> [String] {
    var reasons: [String] = []
    for path in Set(files.keys).union(earlier.files.keys).sorted() {
      let old = earlier.files[path].flatMap { $0 == Fingerprint.missing ? nil : $0 }
      let new = files[path].flatMap { $0 == Fingerprint.missing ? nil : $0 }
      switch (old, new) {
      case (nil, .some): reasons.append("\(path) is new")
      case (.some, nil): reasons.append("\(path) is gone")
      case (let old?, let new?) where old != new: reasons.append("\(path) changed")
      default: continue
      }
    }
    return reasons
  }
}
