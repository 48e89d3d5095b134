import Foundation
import Pipeline
import Records

/// What a fake stage fails with when told to.
struct FakeError: Error, CustomStringConvertible {
  let description: String
}

/// The behaviour shared by the fake stages: read `out.txt` of the previous stage (or
/// `Inputs/source.txt` for the first), add a mark, write `out.txt`.
struct FakeBehaviour: Sendable {
  var recorder: Recorder
  var setting = "a"
  var extraInput: String?
  var failure: String?

  func inputFiles(_ context: StageContext) -> [URL] {
    var files: [URL] = []
    if context.previous == nil { files.append(context.inputFile("source.txt")) }
    if let extraInput { files.append(context.inputFile(extraInput)) }
    return files
  }

  func run(_ name: String, _ context: StageContext) throws(FakeError) -> StageSummary {
    recorder.ran(name)
    if let failure {
      // Write something first, so a test can check the half-written folder is dropped.
      try? Data("partial".utf8).write(to: context.outputFile("out.txt"))
      throw FakeError(description: failure)
    }
    let source = context.previousFile("out.txt") ?? context.inputFile("source.txt")
    guard var text = try? String(contentsOf: source, encoding: .utf8) else {
      throw FakeError(description: "\(source.lastPathComponent): cannot read")
    }
    if let extraInput,
      let extra = try? String(contentsOf: context.inputFile(extraInput), encoding: .utf8)
    {
      text += "+" + extra
    }
    text += "|\(name):\(setting)"
    do {
      try Data(text.utf8).write(to: context.outputFile("out.txt"))
      try Data("chart for \(text)".utf8).write(to: context.outputFile("chart.svg"))
    } catch {
      throw FakeError(description: "cannot write")
    }
    context.progress(1, 1)
    return StageSummary(read: 1, written: 2)
  }
}

/// A first stage named like the real one.
struct FakeIngest: Stage {
  static let name = "ingest"
  static let version = 1
  var behaviour: FakeBehaviour
  var parameters: [String: String] { ["setting": behaviour.setting] }
  func inputFiles(in context: StageContext) -> [URL] { behaviour.inputFiles(context) }
  func run(in context: StageContext) throws(FakeError) -> StageSummary {
    try behaviour.run(Self.name, context)
  }
}

/// A middle stage.
struct FakeNormalise: Stage {
  static let name = "normalise"
  static let version = 1
  var behaviour: FakeBehaviour
  var parameters: [String: String] { ["setting": behaviour.setting] }
  func inputFiles(in context: StageContext) -> [URL] { behaviour.inputFiles(context) }
  func run(in context: StageContext) throws(FakeError) -> StageSummary {
    try behaviour.run(Self.name, context)
  }
}

/// The middle stage again with its code changed.
struct FakeNormaliseVersion2: Stage {
  static let name = "normalise"
  static let version = 2
  var behaviour: FakeBehaviour
  var parameters: [String: String] { ["setting": behaviour.setting] }
  func inputFiles(in context: StageContext) -> [URL] { behaviour.inputFiles(context) }
  func run(in context: StageContext) throws(FakeError) -> StageSummary {
    try behaviour.run(Self.name, context)
  }
}

/// The last stage, whose folder is published as `Outputs/report`.
struct FakeReport: Stage {
  static let name = "report"
  static let version = 1
  var behaviour: FakeBehaviour
  var parameters: [String: String] { ["setting": behaviour.setting] }
  func inputFiles(in context: StageContext) -> [URL] { behaviour.inputFiles(context) }
  func run(in context: StageContext) throws(FakeError) -> StageSummary {
    try behaviour.run(Self.name, context)
  }
}

/// A test pipeline of three fake stages over a fresh folder with `Inputs/source.txt`.
struct FakePipeline {
  let folder: TestFolder
  let recorder = Recorder()
  var ingest: FakeBehaviour
  var normalise: FakeBehaviour
  var report: FakeBehaviour
  var normaliseVersion = 1

  init() throws {
    folder = try TestFolder()
    ingest = FakeBehaviour(recorder: recorder)
    normalise = FakeBehaviour(recorder: recorder, extraInput: "normalise.txt")
    report = FakeBehaviour(recorder: recorder)
    try folder.write("source", to: "Inputs/source.txt")
    try folder.write("extra", to: "Inputs/normalise.txt")
  }

  var runner: PipelineRunner {
    let middle: any Stage =
      normaliseVersion == 1
      ? FakeNormalise(behaviour: normalise) : FakeNormaliseVersion2(behaviour: normalise)
    return PipelineRunner(
      stages: [FakeIngest(behaviour: ingest), middle, FakeReport(behaviour: report)],
      workspace: folder.workspace, console: recorder.console)
  }

  /// Runs with options and returns the stages that did work.
  @discardableResult
  func run(_ options: RunOptions = RunOptions()) throws(PipelineError) -> [String] {
    recorder.reset()
    try runner.run(options)
    return recorder.runs
  }
}
