import Foundation
import Subprocess

/// Extracts the text of a PDF with poppler's `pdftotext -layout FILE -`.
///
/// `-layout` keeps table columns apart, so that the figures of neighbouring cells do not run
/// together. The output is UTF-8. A PDF made to hang or flood pdftotext cannot stop an
/// unattended run: it runs under coreutils' `timeout` (stopped `timeLimit` seconds in, killed
/// five seconds later if it ignores that) and its output is cut off at 256 MB; either fails
/// that document with one line naming it.
enum PDFText {
  /// Seconds pdftotext may take over one PDF; ordinary answers take well under one.
  static let timeLimit = 120

  /// The text of the PDF at `url`; `display` names it in errors. `program` and `timeLimit`
  /// are for tests.
  /// - Throws: `IngestError.pdftotextMissing` when the program is not installed, or
  ///   `IngestError.pdftotextFailed` when it exits with an error or runs out of time.
  static func text(
    of url: URL, display: String, program: String = "pdftotext", timeLimit: Int = timeLimit
  ) throws(IngestError) -> String {
    let box = ResultBox()
    let semaphore = DispatchSemaphore(value: 0)
    let path = url.path
    // A dedicated queue rather than the shared cooperative pool, so that a caller blocking
    // here can never starve the task it waits for.
    Task(executorPreference: PDFExecutor.shared) {
      do {
        let result = try await run(
          .name("timeout"),
          arguments: [
            "--kill-after=5", "\(timeLimit)", program, "-layout", "-enc", "UTF-8", path, "-",
          ],
          output: .bytes(limit: 256 << 20), error: .string(limit: 1 << 16))
        let message = result.standardError
          .trimmingCharacters(in: .whitespacesAndNewlines)
        switch result.terminationStatus {
        case .exited(124), .exited(137):
          box.set(
            .failure(
              .pdftotextFailed(
                file: display, status: "stopped after \(timeLimit) s", message: "")))
        case .exited(127):
          // timeout's own "command not found".
          box.set(.failure(.pdftotextMissing(file: display)))
        case let status where status.isSuccess:
          box.set(.success(String(decoding: result.standardOutput, as: UTF8.self)))
        default:
          box.set(
            .failure(
              .pdftotextFailed(
                file: display, status: "\(result.terminationStatus)", message: message)))
        }
      } catch let error as SubprocessError where error.code == .executableNotFound {
        box.set(.failure(.pdftotextMissing(file: display)))
      } catch {
        box.set(.failure(.pdftotextFailed(file: display, status: "not run", message: "\(error)")))
      }
      semaphore.signal()
    }
    semaphore.wait()
    guard let result = box.get() else {
      throw .pdftotextFailed(file: display, status: "not run", message: "")
    }
    return try result.get()
  }
}

/// Carries the outcome of the detached task back to the waiting thread.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Result<String, IngestError>?

  func set(_ result: Result<String, IngestError>) {
    lock.lock()
    value = result
    lock.unlock()
  }

  func get() -> Result<String, IngestError>? {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}

/// Runs the `pdftotext` task's jobs on a serial queue of its own.
private final class PDFExecutor: TaskExecutor, @unchecked Sendable {
  static let shared = PDFExecutor()
  private let queue = DispatchQueue(label: "forcebench.ingest.pdftotext")

  func enqueue(_ job: consuming ExecutorJob) {
    let unowned = UnownedJob(job)
    queue.async { unowned.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}
