import CSV
import Dispatch
import Foundation

/// Stops a run cleanly on SIGINT or SIGTERM, as a scheduler stopping the service sends.
///
/// The signal is taken on a queue of its own (not in a signal handler), so the clean-up may use
/// the file system: if this process holds `Outputs/.lock`, the stage's hidden temporary folders
/// are removed (a folder half swapped is put back, as the next run would), the lock is released,
/// one line goes to stderr and the process exits with 128 plus the signal's number. A process
/// that does not hold the lock (it was waiting, or only reading) just exits. The last good
/// outputs are untouched either way.
public enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  /// Installs the handlers for the run whose outputs are in `workspace`; call once, before the
  /// run starts.
  public static func install(for workspace: Workspace) {
    // A file size limit (`ulimit -f`) would otherwise kill the process mid-write with
    // SIGXFSZ; ignored, the write fails with EFBIG and the run stops with one line naming
    // the file, like a full disk.
    signal(SIGXFSZ, SIG_IGN)
    let queue = DispatchQueue(label: "forcebench.interruption")
    for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        stop(workspace, signal: number, name: name)
      }
      source.resume()
      sources.append(source)
    }
  }

  private static func stop(_ workspace: Workspace, signal number: Int32, name: String) -> Never {
    if RunLock.Holder(url: workspace.lockFile).pid == getpid() {
      workspace.cleanLeftovers()
      AtomicFile.removeOwnTemporaryFiles(in: workspace.outputs)
      unlink(workspace.lockFile.path)
    }
    FileHandle.standardError.write(
      Data("forcebench: stopped by \(name); the last good outputs are unchanged\n".utf8))
    exit(128 + number)
  }
}
