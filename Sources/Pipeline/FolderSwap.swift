import CSV
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts a finished folder in place of an old one so that a reader, or a run killed at any moment,
/// sees the old folder or the new one and never a part.
///
/// A stage writes into `.<name>.tmp-<pid>` beside its final folder. Where the system can swap
/// two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`, macOS `renamex_np` with
/// `RENAME_SWAP`) the new folder and the old trade places and the old is deleted. Elsewhere the
/// old folder is renamed to `.<name>.old-<pid>`, the new one renamed in, and the old deleted;
/// `cleanLeftovers(in:)` puts a `.old` folder back if a run died between the two renames.
public enum FolderSwap {
  /// The temporary folder a new version of `target` is written into.
  public static func temporaryFolder(for target: URL) -> URL {
    target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).tmp-\(getpid())", isDirectory: true)
  }

  /// Makes an empty temporary folder for `target`, removing any left by this pid before.
  /// - Throws: `PipelineError.io` naming `name`.
  public static func makeTemporaryFolder(for target: URL, name: String) throws(PipelineError)
    -> URL
  {
    let folder = temporaryFolder(for: target)
    let manager = FileManager.default
    do {
      if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .io(
        "cannot create the temporary folder \(folder.lastPathComponent) "
          + "(\(CSVWriter.cause(of: error)))", path: name)
    }
    return folder
  }

  /// Fails when `target` exists and this process may not write into it: a folder a person made
  /// read-only is not to be replaced behind their back (a rename would replace it all the same).
  /// - Throws: `PipelineError.io` naming `name`.
  public static func checkWritable(_ target: URL, name: String) throws(PipelineError) {
    guard FileManager.default.fileExists(atPath: target.path), access(target.path, W_OK) != 0
    else { return }
    throw .io("cannot write into the folder (\(errnoText()))", path: name)
  }

  /// Replaces `target` with `temporary`, then deletes the old folder.
  /// - Parameters:
  ///   - temporary: The finished new folder, beside `target`.
  ///   - target: The folder to replace; it need not exist.
  ///   - name: `target` as the analyst names it, for messages.
  /// - Throws: `PipelineError.io`; the old folder is then still in place.
  public static func swap(_ temporary: URL, into target: URL, name: String) throws(PipelineError) {
    let manager = FileManager.default
    guard manager.fileExists(atPath: target.path) else {
      guard rename(temporary.path, target.path) == 0 else {
        throw .io("cannot rename the finished folder into place (\(errnoText()))", path: name)
      }
      return
    }
    if exchange(temporary, target) {
      try? manager.removeItem(at: temporary)
      return
    }
    let old = target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).old-\(getpid())", isDirectory: true)
    try? manager.removeItem(at: old)
    guard rename(target.path, old.path) == 0 else {
      throw .io("cannot move the old folder aside (\(errnoText()))", path: name)
    }
    guard rename(temporary.path, target.path) == 0 else {
      let reason = errnoText()
      _ = rename(old.path, target.path)
      throw .io("cannot rename the finished folder into place (\(reason))", path: name)
    }
    try? manager.removeItem(at: old)
  }

  /// Removes the temporary and old folders a killed run left in `folder`.
  ///
  /// An old folder whose final folder is missing (a run died between two renames) is put back
  /// instead, since it is the last good version. Only call this while holding the lock.
  public static func cleanLeftovers(in folder: URL) {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
    for name in names.sorted() {
      guard let (final, kind) = leftover(name) else { continue }
      let url = folder.appendingPathComponent(name)
      let finalURL = folder.appendingPathComponent(final)
      if kind == "old", !manager.fileExists(atPath: finalURL.path),
        rename(url.path, finalURL.path) == 0
      {
        continue
      }
      try? manager.removeItem(at: url)
    }
  }

  /// The final name and kind (`tmp` or `old`) of a leftover such as `.ingest.tmp-123`.
  static func leftover(_ name: String) -> (String, String)? {
    guard name.hasPrefix("."), let dash = name.lastIndex(of: "-"),
      !name[name.index(after: dash)...].isEmpty,
      name[name.index(after: dash)...].allSatisfy(\.isNumber)
    else { return nil }
    let stem = name[name.index(after: name.startIndex)..<dash]
    for kind in ["tmp", "old"] where stem.hasSuffix(".\(kind)") {
      let final = String(stem.dropLast(kind.count + 1))
      return final.isEmpty ? nil : (final, kind)
    }
    return nil
  }

  /// Copies the non-hidden files and folders of `source` into the existing folder `destination`.
  /// - Throws: `PipelineError.io` naming `name`.
  public static func copyContents(of source: URL, into destination: URL, name: String)
    throws(PipelineError)
  {
    let manager = FileManager.default
    do {
      for item in try manager.contentsOfDirectory(atPath: source.path).sorted()
      where !item.hasPrefix(".") {
        try manager.copyItem(
          at: source.appendingPathComponent(item), to: destination.appendingPathComponent(item))
      }
    } catch {
      throw .io("cannot copy the folder (\(error.localizedDescription))", path: name)
    }
  }

  /// Writes data to a file and flushes it to disk before returning.
  static func writeDurably(_ data: Data, to url: URL) throws {
    try data.write(to: url)
    let handle = try FileHandle(forUpdating: url)
    try handle.synchronize()
    try handle.close()
  }

  /// Swaps two existing paths in one step where the system can; `false` when it cannot.
  private static func exchange(_ first: URL, _ second: URL) -> Bool {
    #if canImport(Glibc)
      // glibc has renameat2 since 2.28, but Swift's Glibc module does not import it.
      typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
      guard let symbol = dlsym(nil, "renameat2") else { return false }
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      let renameExchange: UInt32 = 1 << 1
      return renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, renameExchange) == 0
    #elseif canImport(Darwin)
      return renamex_np(first.path, second.path, UInt32(RENAME_SWAP)) == 0
    #else
      return false
    #endif
  }

  private static func errnoText() -> String { String(cString: strerror(errno)) }
}

extension Workspace {
  /// Removes what a killed or stopped run left: temporary and old folders in every folder the
  /// runner swaps.
  func cleanLeftovers() {
    FolderSwap.cleanLeftovers(in: stagesFolder)
    FolderSwap.cleanLeftovers(in: outputs)
    FolderSwap.cleanLeftovers(in: quarterlyFolder)
  }
}
