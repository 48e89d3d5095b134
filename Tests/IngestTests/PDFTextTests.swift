import Foundation
import Testing

@testable import Ingest

/// A PDF that hangs pdftotext stops that document with one line, in bounded time.
///
/// `PDFText.text` blocks its thread until the program ends, as ingest's reading threads may;
/// the tests call it from a thread of their own so as not to hold one of the few threads
/// Swift's concurrency (and so the subprocess library) runs on.
@Suite struct PDFTextTests {
  private func onOwnThread(
    _ work: @escaping @Sendable () throws(IngestError) -> String
  ) async -> Result<String, IngestError> {
    await withCheckedContinuation { continuation in
      Thread { continuation.resume(returning: Result { () throws(IngestError) in try work() }) }
        .start()
    }
  }

  private func fakeProgram(_ body: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("forcebench-fake-pdftotext-\(UUID().uuidString)")
    try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    return url
  }

  @Test func aHangingPdftotextIsStoppedAtTheTimeLimit() async throws {
    let program = try fakeProgram("sleep 30")
    defer { try? FileManager.default.removeItem(at: program) }
    let started = Date()
    let result = await onOwnThread { () throws(IngestError) in
      try PDFText.text(
        of: program, display: "Inputs/documents/hang.pdf", program: program.path, timeLimit: 1)
    }
    #expect(
      result
        == .failure(
          .pdftotextFailed(
            file: "Inputs/documents/hang.pdf", status: "stopped after 1 s", message: "")))
    // Well before the fake program would end by itself (30 s), with room for a loaded machine.
    #expect(Date().timeIntervalSince(started) < 25)
  }

  @Test func aMissingProgramIsNamed() async {
    let result = await onOwnThread { () throws(IngestError) in
      try PDFText.text(
        of: URL(fileURLWithPath: "/nonexistent.pdf"), display: "Inputs/documents/a.pdf",
        program: "/nonexistent/pdftotext-\(UUID().uuidString)")
    }
    #expect(result == .failure(.pdftotextMissing(file: "Inputs/documents/a.pdf")))
  }
}
