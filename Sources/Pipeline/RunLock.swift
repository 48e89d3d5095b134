import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lock that keeps two runs out of the same outputs folder: `Outputs/.lock`.
///
/// The file is created with `O_CREAT | O_EXCL`, so exactly one process can create it, and holds
/// `<pid> <host>`. A lock whose process no longer exists on this host (`kill(pid, 0)` fails with
/// `ESRCH`) was left by a killed run and is taken over with a note.
public final class RunLock: Sendable {
  /// The lock file.
  public let url: URL
  private let name: String

  private init(url: URL, name: String) {
    self.url = url
    self.name = name
  }

  /// Takes the lock, or fails at once when a live process holds it.
  /// - Parameters:
  ///   - url: The lock file.
  ///   - name: The lock file as the analyst names it.
  ///   - note: Told when a stale lock is taken over.
  /// - Throws: `PipelineError.locked` naming the holder, or `.io`.
  public static func acquire(at url: URL, name: String, note: (String) -> Void)
    throws(PipelineError)
    -> RunLock
  {
    let content = "\(getpid()) \(hostName)\n"
    for _ in 0..<3 {
      let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
      if descriptor >= 0 {
        let bytes = Array(content.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        _ = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count else {
          unlink(url.path)
          throw .io("cannot write the lock file", path: name)
        }
        return RunLock(url: url, name: name)
      }
      guard errno == EEXIST else {
        throw .io("cannot create the lock file (\(String(cString: strerror(errno))))", path: name)
      }
      let holder = Holder(url: url)
      guard holder.isStale else {
        throw .locked(lockFile: name, pid: holder.pid, host: holder.host)
      }
      if unlink(url.path) == 0 || errno == ENOENT {
        note(
          "\(name): took over a lock left by a run that no longer exists "
            + "(pid \(holder.pid.map(String.init) ?? "unknown"))")
      }
    }
    throw .io("cannot take the lock", path: name)
  }

  /// Gives up the lock; safe to call more than once.
  public func release() {
    // Remove the file only while it is still ours, never a successor's.
    if Holder(url: url).pid == getpid() { unlink(url.path) }
  }

  /// This machine's name, as written in the lock.
  static var hostName: String { ProcessInfo.processInfo.hostName }

  /// Who holds a lock file, as far as its content tells.
  struct Holder {
    var pid: Int32?
    var host: String
    var isStale: Bool

    init(url: URL) {
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
      pid = parts.first.flatMap { Int32($0) }.flatMap { $0 > 0 ? $0 : nil }
      host = parts.count > 1 ? parts[1] : ""
      if let pid, host.isEmpty || host == RunLock.hostName {
        isStale = kill(pid, 0) != 0 && errno == ESRCH
      } else if pid == nil {
        // A lock with no readable pid is stale only once it is old enough that its writer died
        // between creating it and writing into it.
        let modified =
          (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate])
          as? Date
        isStale = modified.map { Date().timeIntervalSince($0) > 60 } ?? true
      } else {
        isStale = false
      }
    }
  }
}
