import CSV
import Crypto
import Foundation
import Records

/// The rows one document gives ingest's four tables, as they are written.
struct DocumentRows {
  var document: [String]
  var requests: [[String]] = []
  var mentions: [[String]] = []
  var setAside: [[String]] = []
  /// The document's flags, for the run's notes.
  var flags: [String] = []

  init(_ result: DocumentReader.Result) {
    document = result.record.fields
    requests = result.requests.map(\.fields)
    mentions = result.mentions.map(\.fields)
    setAside = result.setAside.map(\.fields)
    flags = result.record.flags
  }

  init(document: [String], flags: [String]) {
    self.document = document
    self.flags = flags
  }
}

/// Each document's rows kept between runs in `Outputs/.cache/ingest/`, one file per document,
/// named by the SHA-256 of what they depend on: the stage's key (program, version), the force
/// table, the vocabulary, the document's name and its bytes. A run after one document changed
/// reads that document only; every other document's rows come back from its file.
///
/// A file is a CSV whose first column names the table of the row, and whose last row counts
/// the rows before it, so a file cut short (a crash before the disk caught up) is never taken
/// for a document with fewer mentions: it is read as missing, and the document read again.
struct DocumentCache {
  let folder: URL
  let reuse: Bool
  private let key: [UInt8]

  private static let width =
    1
    + max(
      DocumentRecord.columns.count, RequestPassage.columns.count, Mention.columns.count,
      SetAsideMention.columns.count)
  private static let header = ["table"] + (1..<width).map { "c\($0)" }
  // The last column of documents.csv.
  private static let flagsColumn = DocumentRecord.columns.count - 1

  /// A cache under the stage's, whose key adds the other inputs every document's rows depend on.
  init(stage: StageCache, dependencies: [URL]) {
    folder = stage.folder
    reuse = stage.reuse
    var hash = SHA256()
    hash.update(data: Data(stage.key.utf8))
    for url in dependencies {
      hash.update(data: Data(url.lastPathComponent.utf8))
      hash.update(data: (try? Data(contentsOf: url)) ?? Data())
    }
    key = Array(hash.finalize())
  }

  /// The file for a document of this name and these bytes.
  func entry(name: String, bytes: Data) -> URL {
    var hash = SHA256()
    hash.update(data: key)
    hash.update(data: Data(name.utf8))
    hash.update(data: Data([0]))
    hash.update(data: bytes)
    let hex = hash.finalize().map { String(format: "%02x", $0) }.joined()
    return folder.appendingPathComponent("\(hex).csv")
  }

  /// The rows kept for `entry`, or `nil` when there are none (or reuse is off, or the file is
  /// not a whole entry).
  func rows(at entry: URL) -> DocumentRows? {
    guard reuse, FileManager.default.fileExists(atPath: entry.path),
      let reader = try? CSVReader(url: entry)
    else { return nil }
    var rows: DocumentRows?
    var count = 0
    while let record = try? reader.next() {
      let fields = record.fields
      guard let table = fields.first else { return nil }
      func take(_ columns: Int) -> [String] { Array(fields[1...columns]) }
      switch table {
      case "documents":
        guard rows == nil else { return nil }
        let document = take(DocumentRecord.columns.count)
        let flags = document[Self.flagsColumn].split(separator: ";").map(String.init)
        rows = DocumentRows(document: document, flags: flags)
      case "requests": rows?.requests.append(take(RequestPassage.columns.count))
      case "mentions": rows?.mentions.append(take(Mention.columns.count))
      case "set_aside": rows?.setAside.append(take(SetAsideMention.columns.count))
      case "end": return Int(fields[1]) == count ? rows : nil
      default: return nil
      }
      guard rows != nil else { return nil }
      count += 1
    }
    return nil
  }

  /// Keeps a document's rows. A cache that cannot be written costs the next run some reading,
  /// so failure is not an error.
  func store(_ rows: DocumentRows, at entry: URL) {
    func padded(_ table: String, _ fields: [String]) -> [String] {
      [table] + fields + Array(repeating: "", count: Self.width - 1 - fields.count)
    }
    do {
      let writer = try CSVWriter(url: entry, header: Self.header)
      var count = 1
      try writer.write(padded("documents", rows.document))
      for (table, list) in [
        ("requests", rows.requests), ("mentions", rows.mentions), ("set_aside", rows.setAside),
      ] {
        for fields in list { try writer.write(padded(table, fields)) }
        count += list.count
      }
      try writer.write(padded("end", [String(count)]))
      try writer.finish(durably: false)
    } catch {
      return
    }
  }

  /// Makes the folder; `false` when it cannot be made (the run then keeps nothing).
  func prepare() -> Bool {
    (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true))
      != nil
  }

  /// Removes every file but `kept`: entries of documents gone or changed, and temporary files
  /// a stopped run left (the run lock is held, so no other run is writing here).
  func prune(keeping kept: Set<String>) {
    let manager = FileManager.default
    for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
    where !kept.contains(name) {
      try? manager.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
