import ArgumentParser
import Foundation
import Pipeline

/// Prints an error as one line on standard error and ends the command with status 1.
enum Failure {
  /// Runs `body`, turning a `PipelineError` into one line on stderr and exit status 1.
  static func reporting<T>(_ body: () throws(PipelineError) -> T) throws(ExitCode) -> T {
    do {
      return try body()
    } catch {
      printError(error.description)
      throw ExitCode.failure
    }
  }

  /// Writes one line to standard error.
  static func printError(_ text: String) {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    FileHandle.standardError.write(Data("\(line)\n".utf8))
  }
}
