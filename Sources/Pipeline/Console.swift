import Foundation
import Logging

/// Where a command's messages go: result lines, notes, progress and logs.
///
/// The command line fills it from `--quiet`, `--verbose` and whether stderr is a terminal;
/// tests capture the lines.
public struct Console: Sendable {
  /// Prints a result line, such as `ingest: up to date`, on standard output.
  public var line: @Sendable (String) -> Void
  /// Prints a note that is not a result, such as a stale lock taken over, on standard error.
  public var note: @Sendable (String) -> Void
  /// Shows (stage, done, total) as a long stage works; `nil` when progress is not shown.
  public var progress: (@Sendable (String, Int, Int) -> Void)?
  /// Clears the progress display once a stage ends.
  public var endProgress: @Sendable () -> Void
  /// Receives the stages' log lines and the runner's decisions.
  public var logger: Logger

  /// Makes a console from its parts.
  public init(
    line: @escaping @Sendable (String) -> Void,
    note: @escaping @Sendable (String) -> Void = { _ in },
    progress: (@Sendable (String, Int, Int) -> Void)? = nil,
    endProgress: @escaping @Sendable () -> Void = {},
    logger: Logger = Logger(label: "forcebench", factory: { _ in SwiftLogNoOpLogHandler() })
  ) {
    self.line = line
    self.note = note
    self.progress = progress
    self.endProgress = endProgress
    self.logger = logger
  }

  /// A console that prints nothing.
  public static var silent: Console { Console(line: { _ in }) }

  /// A console for a terminal or a scheduled job.
  /// - Parameters:
  ///   - quiet: Prints nothing but errors (which the caller prints).
  ///   - verbose: Adds log lines on standard error.
  public static func standard(quiet: Bool, verbose: Bool) -> Console {
    let showProgress = !quiet && isatty(2) == 1
    let logger = Logger(label: "forcebench") { label in
      var handler = StreamLogHandler.standardError(label: label)
      handler.logLevel = verbose && !quiet ? .debug : .critical
      return handler
    }
    let line: @Sendable (String) -> Void = { text in
      if !quiet { StandardStream.write(text + "\n", error: false) }
    }
    let note: @Sendable (String) -> Void = { text in
      if !quiet { StandardStream.write(text + "\n", error: true) }
    }
    var progress: (@Sendable (String, Int, Int) -> Void)?
    if showProgress {
      progress = { stage, done, total in
        StandardStream.write("\r\u{1B}[K\(stage): \(done)/\(total)", error: true)
      }
    }
    let endProgress: @Sendable () -> Void = {
      if showProgress { StandardStream.write("\r\u{1B}[K", error: true) }
    }
    return Console(
      line: line, note: note, progress: progress, endProgress: endProgress, logger: logger)
  }
}

/// Writes text to standard output or standard error without buffering surprises.
enum StandardStream {
  static func write(_ text: String, error: Bool) {
    let handle = error ? FileHandle.standardError : FileHandle.standardOutput
    handle.write(Data(text.utf8))
  }
}
