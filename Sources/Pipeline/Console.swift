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
      let meter = ProgressMeter()
      progress = { stage, done, total in
        if let text = meter.update(stage: stage, done: done, total: total, now: Date()) {
          StandardStream.write("\r\u{1B}[K" + text, error: true)
        }
      }
    }
    let endProgress: @Sendable () -> Void = {
      if showProgress { StandardStream.write("\r\u{1B}[K", error: true) }
    }
    return Console(
      line: line, note: note, progress: progress, endProgress: endProgress, logger: logger)
  }
}

/// The progress line of a long stage on a terminal: done of total, the rate and the time left,
/// redrawn at most ten times a second.
final class ProgressMeter: @unchecked Sendable {
  private let lock = NSLock()
  private var stage = ""
  private var started = Date()
  private var shown = Date.distantPast

  /// The line to show now, or `nil` when the last one is recent enough.
  func update(stage: String, done: Int, total: Int, now: Date) -> String? {
    lock.withLock {
      if stage != self.stage {
        self.stage = stage
        started = now
        shown = .distantPast
      }
      guard done == total || now.timeIntervalSince(shown) >= 0.1 else { return nil }
      shown = now
      return Self.text(
        stage: stage, done: done, total: total, elapsed: now.timeIntervalSince(started))
    }
  }

  /// "ingest: 400/1000, 130/s, about 5 s left"; the rate and time left once a second has passed.
  static func text(stage: String, done: Int, total: Int, elapsed: TimeInterval) -> String {
    var text = "\(stage): \(done)/\(total)"
    guard elapsed >= 1, done > 0 else { return text }
    let rate = Double(done) / elapsed
    text += ", \(Int(rate.rounded()))/s"
    if done < total {
      let left = Int((Double(total - done) / rate).rounded(.up))
      text += left < 60 ? ", about \(left) s left" : ", about \((left + 59) / 60) min left"
    }
    return text
  }
}

/// Writes text to standard output or standard error without buffering surprises.
enum StandardStream {
  static func write(_ text: String, error: Bool) {
    let handle = error ? FileHandle.standardError : FileHandle.standardOutput
    handle.write(Data(text.utf8))
  }
}
