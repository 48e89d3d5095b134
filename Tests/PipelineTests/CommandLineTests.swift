import Foundation
import Testing

/// The built `forcebench` binary beside the test bundle, when the build made one.
private let forcebenchBinary: URL? = {
  let folder = Bundle.module.bundleURL.deletingLastPathComponent()
  let url = folder.appendingPathComponent("forcebench")
  return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
}()

@Suite(.enabled(if: forcebenchBinary != nil, "the forcebench binary is built beside the tests"))
struct CommandLineTests {
  /// Runs the binary in a folder and returns its status, stdout and stderr.
  func forcebench(_ arguments: [String], in folder: URL) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = forcebenchBinary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: output, as: UTF8.self),
      String(decoding: error, as: UTF8.self)
    )
  }

  /// The binary built in this checkout names the package version and the checkout's commit.
  @Test func versionNamesThePackageAndTheCheckout() throws {
    let folder = try TestFolder()
    let (status, output, _) = try forcebench(["--version"], in: folder.url)
    #expect(status == 0)
    #expect(output.hasPrefix("0.2.0"))
    let line = output.trimmingCharacters(in: .newlines)
    #expect(
      line == "0.2.0"
        || line.range(of: #"^0\.2\.0 \(checkout [0-9a-f]{12}\)$"#, options: .regularExpression)
          != nil
    )
  }

  @Test func aMissingInputsFolderIsOneLineOnStderr() throws {
    let folder = try TestFolder()
    let (status, output, error) = try forcebench(["run", "--inputs", "Nowhere"], in: folder.url)
    #expect(status == 1)
    #expect(output == "")
    #expect(error == "Nowhere: no such folder\n")
    #expect(!folder.exists("Outputs"))
  }

  @Test func validateNamesEachProblem() throws {
    let folder = try TestFolder()
    try folder.copyFixture("project")
    try folder.write("name: x\nstages: [ingest]\nbase_year: 2018/20\n", to: "Pipelines/bad.yml")
    let (status, _, error) = try forcebench(
      ["validate", "--pipeline", "Pipelines/bad.yml"], in: folder.url)
    #expect(status == 1)
    #expect(
      error == "Pipelines/bad.yml:3: base_year '2018/20' is not a financial year such as 2018-19\n")
  }

  @Test func aBadAsOfDateIsOneLine() throws {
    let folder = try TestFolder()
    try folder.copyFixture("project")
    let (status, _, error) = try forcebench(
      ["quarterly", "--as-of", "2026-13-01", "--pipeline", "Pipelines/test.yml"], in: folder.url)
    #expect(status == 1)
    #expect(error == "--as-of '2026-13-01' is not a date such as 2026-09-30\n")
  }
}
