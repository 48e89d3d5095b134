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
    try run(try #require(forcebenchBinary), arguments, in: folder)
  }

  /// Runs the binary under a file size limit of `blocks` 512-byte blocks, as a full disk would
  /// stop its writes.
  func forcebench(_ arguments: [String], in folder: URL, fileSizeLimit blocks: Int) throws
    -> (Int32, String, String)
  {
    try run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "ulimit -f \(blocks); exec \"$0\" \"$@\"", try #require(forcebenchBinary).path]
        + arguments, in: folder)
  }

  /// Runs a program in a folder and returns its status, stdout and stderr.
  func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> (
    Int32, String, String
  ) {
    let process = Process()
    process.executableURL = executable
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

  /// The fixture project after one good run, with its published facts.csv, then `copies`
  /// more copies of its document, so that the next run takes long enough to interrupt.
  private func reportedStudy(thenAddingCopies copies: Int) throws -> (TestFolder, Data) {
    let folder = try TestFolder()
    try folder.copyFixture("project")
    try folder.write("# Sources of the reference tables\n", to: "Inputs/reference/SOURCES.md")
    let (status, _, _) = try forcebench(
      ["run", "--quiet", "--pipeline", "Pipelines/test.yml"], in: folder.url)
    #expect(status == 0)
    let report = try Data(contentsOf: folder.url.appendingPathComponent("Outputs/report/facts.csv"))
    let documents = folder.url.appendingPathComponent("Inputs/documents")
    let original = try String(
      contentsOf: documents.appendingPathComponent("west-midlands-2017-foi.txt"), encoding: .utf8)
    for copy in 0..<copies {
      try original.write(
        to: documents.appendingPathComponent("copy-\(copy).txt"), atomically: true,
        encoding: .utf8)
    }
    return (folder, report)
  }

  /// A scheduler stopping the service mid-run: lock released, temporary folders gone, one
  /// line on stderr, the last good report byte for byte as it was.
  @Test func sigtermStopsARunCleanly() throws {
    let (folder, report) = try reportedStudy(thenAddingCopies: 400)
    let process = Process()
    process.executableURL = forcebenchBinary
    process.arguments = ["run", "--force", "--quiet", "--pipeline", "Pipelines/test.yml"]
    process.currentDirectoryURL = folder.url
    let err = Pipe()
    process.standardError = err
    try process.run()
    // Wait until ingest is writing into its temporary folder, then stop the run.
    let stages = folder.url.appendingPathComponent("Outputs/stages")
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, process.isRunning {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: stages.path)) ?? []
      if names.contains(where: { $0.hasPrefix(".ingest.tmp-") }) { break }
      usleep(20_000)
    }
    #expect(process.isRunning)
    process.terminate()
    let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 128 + SIGTERM)
    #expect(error == "forcebench: stopped by SIGTERM; the last good outputs are unchanged\n")
    #expect(!folder.exists("Outputs/.lock"))
    let left = try FileManager.default.contentsOfDirectory(atPath: stages.path)
    #expect(left.filter { $0.hasPrefix(".") }.isEmpty)
    #expect(
      try Data(contentsOf: folder.url.appendingPathComponent("Outputs/report/facts.csv")) == report)
  }

  /// A write that fails part-way (a file size limit, as a full disk would): one line naming
  /// the file and the cause, the last good report byte for byte as it was, no leftovers.
  @Test func aFailedWriteLeavesTheLastGoodOutputs() throws {
    let (folder, report) = try reportedStudy(thenAddingCopies: 100)
    let (status, _, error) = try forcebench(
      ["run", "--quiet", "--pipeline", "Pipelines/test.yml"], in: folder.url, fileSizeLimit: 64)
    #expect(status == 1)
    #expect(error.contains(": cannot write (File too large) (in stage "))
    #expect(error.split(separator: "\n").count == 1)
    #expect(!folder.exists("Outputs/.lock"))
    let stages = folder.url.appendingPathComponent("Outputs/stages")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: stages.path).allSatisfy {
        !$0.hasPrefix(".")
      })
    #expect(
      try Data(contentsOf: folder.url.appendingPathComponent("Outputs/report/facts.csv")) == report)
  }

  /// Every file under `Outputs/`, by path, with its bytes.
  private func snapshot(of folder: TestFolder) throws -> [String: Data] {
    let outputs = folder.url.appendingPathComponent("Outputs")
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: outputs.path)
    while let path = walker?.nextObject() as? String {
      let url = outputs.appendingPathComponent(path)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      files[path] = try Data(contentsOf: url)
    }
    return files
  }

  /// A write that fails part-way through any one stage (here a file size limit of two 512-byte blocks while the
  /// stage rewrites its files): one line naming the file, the cause and the stage, and every
  /// file under Outputs/ byte for byte as the last good run left it; the next good run leaves
  /// no temporary files.
  @Test(arguments: ["ingest", "normalise", "classify", "aggregate", "report"])
  func aWriteFailingInAStageLeavesEveryOutputAsItWas(stage: String) throws {
    // Twenty more copies of the document, run once, so every stage's files outgrow the limit.
    let (folder, _) = try reportedStudy(thenAddingCopies: 20)
    #expect(
      try forcebench(["run", "--quiet", "--pipeline", "Pipelines/test.yml"], in: folder.url).0 == 0)
    let before = try snapshot(of: folder)
    let (failed, _, error) = try forcebench(
      ["run", "--quiet", "--stage", stage, "--force", "--pipeline", "Pipelines/test.yml"],
      in: folder.url, fileSizeLimit: 2)
    #expect(failed == 1)
    #expect(error.contains(": cannot write (File too large) (in stage \(stage))"), "\(error)")
    #expect(error.split(separator: "\n").count == 1)
    // The hash cache may learn on any run: a hash taken within two seconds of a file's last
    // write (the program just built, outputs just written) is trusted, and saved, only by a
    // later run. It is bookkeeping, not an output.
    let after = try snapshot(of: folder)
    let changed = Set(before.keys).union(after.keys).filter {
      before[$0] != after[$0] && $0 != ".hashes.csv"
    }.sorted()
    #expect(changed.isEmpty, "changed: \(changed)")
    let (status, _, _) = try forcebench(
      ["run", "--quiet", "--force", "--pipeline", "Pipelines/test.yml"], in: folder.url)
    #expect(status == 0)
    // Temporary folders are `.<stage>.tmp-<pid>`, temporary files `.<name>.<pid>-<id>.tmp`.
    let leftovers = try snapshot(of: folder).keys.filter { $0.contains(".tmp") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  /// A read-only `Outputs/` (or one of its folders): a permission a person set must not be
  /// overridden, so the run stops with one line naming the path, and nothing is changed. Root
  /// ignores permissions, so as root the run is made as `nobody` on a study `nobody` owns.
  @Test(arguments: ["Outputs", "Outputs/stages", "Outputs/report"])
  func aReadOnlyOutputsFolderStopsTheRunAndChangesNothing(folderName: String) throws {
    let (folder, _) = try reportedStudy(thenAddingCopies: 2)
    let asRoot = getuid() == 0
    let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
    try #require(!asRoot || FileManager.default.isExecutableFile(atPath: setpriv.path))
    func shell(_ command: String) throws {
      _ = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: folder.url)
    }
    if asRoot { try shell("chown -R 65534:65534 .") }
    try shell("chmod -R a-w '\(folderName)'")
    defer { try? shell("chmod -R u+w Outputs") }
    let before = try snapshot(of: folder)
    let arguments = ["run", "--quiet", "--force", "--pipeline", "Pipelines/test.yml"]
    let (status, _, error) =
      asRoot
      ? try run(
        setpriv,
        ["--reuid=65534", "--regid=65534", "--clear-groups", try #require(forcebenchBinary).path]
          + arguments, in: folder.url)
      : try forcebench(arguments, in: folder.url)
    #expect(status == 1)
    #expect(error.contains("Permission denied"), "\(error)")
    #expect(error.split(separator: "\n").count == 1, "\(error)")
    #expect(try snapshot(of: folder) == before)
  }

  /// `forcebench init` makes a study that runs, empty or with one document, and never
  /// overwrites what is there.
  @Test func initMakesAStudyThatRuns() throws {
    let folder = try TestFolder()
    let (status, output, _) = try forcebench(["init", "my-study"], in: folder.url)
    #expect(status == 0)
    #expect(output.hasPrefix("created in my-study: Inputs/documents/, Inputs/coded/, "))
    let study = folder.url.appendingPathComponent("my-study")
    #expect(try forcebench(["run", "--quiet"], in: study).0 == 0)
    #expect(folder.exists("my-study/Outputs/report/benchmark.md"))
    try "Kent Police\n\nThe PCC gave £9,000 to a modern slavery charity in 2021/22.\n".write(
      to: study.appendingPathComponent("Inputs/documents/kent.txt"), atomically: true,
      encoding: .utf8)
    #expect(try forcebench(["run", "--quiet"], in: study).0 == 0)
    #expect(folder.read("my-study/Outputs/report/facts.csv")?.contains("9000") == true)
    try "mine\n".write(
      to: study.appendingPathComponent("Pipelines/rules.yml"), atomically: true, encoding: .utf8)
    let (again, second, _) = try forcebench(["init", "my-study"], in: folder.url)
    #expect(again == 0)
    #expect(second.contains("kept as they were: "))
    #expect(folder.read("my-study/Pipelines/rules.yml") == "mine\n")
  }

  /// The study template is the repository's own reference tables, pipeline, rules and
  /// vocabulary, so `init` never hands out stale copies.
  @Test func theStudyTemplateIsTheShippedInputs() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let template = root.appendingPathComponent("Sources/forcebench/Study")
    for path in [
      "Inputs/reference/forces.csv", "Inputs/reference/population.csv",
      "Inputs/reference/deflators.csv", "Inputs/reference/SOURCES.md",
      "Pipelines/benchmark.yml", "Pipelines/rules.yml", "Pipelines/vocabulary.yml",
    ] {
      #expect(
        try Data(contentsOf: template.appendingPathComponent(path))
          == Data(contentsOf: root.appendingPathComponent(path)), "\(path) differs")
    }
  }

  @Test func aMissingInputsFolderIsOneLineOnStderr() throws {
    let folder = try TestFolder()
    let (status, output, error) = try forcebench(["run", "--inputs", "Nowhere"], in: folder.url)
    #expect(status == 1)
    #expect(output == "")
    #expect(
      error == "Nowhere: no such folder; `forcebench init` makes a study folder with one\n")
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
