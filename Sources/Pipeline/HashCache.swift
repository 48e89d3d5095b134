import CSV
import Foundation

/// The SHA-256 of files whose size, modification time and inode have not changed since they
/// were last hashed, kept in `Outputs/.hashes.csv` between runs, as git's index and DVC's state
/// keep theirs: a run with nothing changed stats its inputs instead of reading them all.
///
/// An entry is trusted only when the file was modified at least two seconds before it was
/// hashed: a file written again within the same tick of the clock could keep its time and
/// size, so such a file is hashed again next time ("racily clean" in git's words). `--force`
/// hashes every file.
final class HashCache: @unchecked Sendable {
  /// What identifies a file's version without reading it.
  struct Stamp: Equatable {
    var size: Int64
    var modified: Int64
    var inode: Int64
  }

  private struct Entry {
    var stamp: Stamp
    var sha256: String
    var trusted: Bool
    /// Whether this process has already relied on the hash.
    var used = false
  }

  static let columns = ["path", "size", "modified_ns", "inode", "sha256"]

  private let file: URL?
  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  private var changed = false

  /// A cache kept in `file`; `nil` keeps it for this process only.
  init(file: URL?) {
    self.file = file
    guard let file, let reader = try? CSVReader(url: file) else { return }
    while let record = try? reader.next() {
      let fields = record.fields
      guard fields.count == Self.columns.count, let size = Int64(fields[1]),
        let modified = Int64(fields[2]), let inode = Int64(fields[3]), fields[4].count == 64
      else { continue }
      entries[fields[0]] = Entry(
        stamp: Stamp(size: size, modified: modified, inode: inode), sha256: fields[4],
        trusted: true)
    }
  }

  /// Trusts nothing recorded before this process, so every file is hashed again (`--force`);
  /// a hash this process already relied on (the program's own) stays as it is.
  func distrustRecorded() {
    lock.withLock {
      for (path, entry) in entries where !entry.used { entries[path]?.trusted = false }
    }
  }

  /// The stamp of a file, or `nil` when it cannot be stat'ed.
  static func stamp(of url: URL) -> Stamp? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    return Stamp(size: Int64(info.st_size), modified: modified, inode: Int64(info.st_ino))
  }

  /// The file's hash from the cache when its stamp is unchanged, else `compute()`'s, recorded.
  func sha256(of url: URL, compute: () throws(PipelineError) -> String) throws(PipelineError)
    -> String
  {
    let path = Workspace.standardPath(of: url)
    guard let stamp = Self.stamp(of: url) else { return try compute() }
    let recorded: String? = lock.withLock {
      guard let entry = entries[path], entry.trusted, entry.stamp == stamp else { return nil }
      entries[path]?.used = true
      return entry.sha256
    }
    if let recorded { return recorded }
    let hash = try compute()
    let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
    let settled = now - stamp.modified >= 2_000_000_000
    lock.withLock {
      entries[path] = Entry(stamp: stamp, sha256: hash, trusted: settled, used: true)
      changed = true
    }
    return hash
  }

  /// Writes the cache when it learnt something; a cache that cannot be written only costs the
  /// next run some hashing, so failure is not an error.
  func save() {
    guard let file else { return }
    let rows: [[String]]? = lock.withLock {
      guard changed else { return nil }
      // Files that are gone drop out; files another command hashed (the program) stay.
      return entries.keys.sorted().compactMap { path in
        guard let entry = entries[path], entry.trusted, FileManager.default.fileExists(atPath: path)
        else { return nil }
        return [
          path, String(entry.stamp.size), String(entry.stamp.modified), String(entry.stamp.inode),
          entry.sha256,
        ]
      }
    }
    guard let rows else { return }
    // CSVWriter writes a temporary file and renames it into place when finished.
    do {
      let writer = try CSVWriter(url: file, header: Self.columns)
      for row in rows { try writer.write(row) }
      try writer.finish()
    } catch {
      return
    }
  }
}
