import Foundation
import Records

/// The commands of `forcebench` on one pipeline file, inputs folder and outputs folder.
///
/// Loads the pipeline file, checks the inputs before anything is written, builds the stages and
/// hands them to `PipelineRunner`; the command line only parses arguments and prints errors.
public struct Project: Sendable {
  /// The folders and pipeline file.
  public let workspace: Workspace
  /// Where messages go.
  public var console: Console

  /// Makes a project.
  public init(workspace: Workspace, console: Console = .silent) {
    self.workspace = workspace
    self.console = console
  }

  /// `forcebench run`: checks the inputs, then runs the stages that are out of date.
  /// - Throws: `PipelineError`; a problem with the inputs is found before any stage writes.
  @discardableResult
  public func run(_ options: RunOptions = RunOptions()) throws(PipelineError)
    -> PipelineRunner.Outcome
  {
    try prepare().run(options)
  }

  /// `forcebench status`: each stage's state against the files on disk.
  /// - Throws: `PipelineError` for a missing inputs folder or a bad pipeline file.
  public func status() throws(PipelineError) -> [StageStatus] {
    try checkInputsFolder()
    let definition = try loadDefinition()
    return try runner(for: definition).status()
  }

  /// `forcebench quarterly`: runs the pipeline, then publishes the quarter of `asOf`.
  /// - Throws: `PipelineError`; an earlier copy of the quarter is then unchanged.
  @discardableResult
  public func quarterly(asOf: CalendarDate) throws(PipelineError) -> Quarter {
    let runner = try prepare()
    let selected = try runner.select(RunOptions())
    try runner.makeFolder(workspace.stagesFolder)
    let lock = try RunLock.acquire(
      at: workspace.lockFile, name: workspace.display(workspace.lockFile), note: console.note)
    defer { lock.release() }
    _ = try runner.runHoldingLock(selected, force: false)
    return try QuarterlyPublisher(workspace: workspace, console: console).publish(asOf: asOf)
  }

  /// `forcebench validate`: every problem of the pipeline file and the inputs.
  public func validate() -> [ValidationProblem] { Validator(workspace: workspace).problems() }

  /// Checks everything a run needs, in the order an analyst would fix it, and builds the runner.
  func prepare() throws(PipelineError) -> PipelineRunner {
    try checkInputsFolder()
    let definition = try loadDefinition()
    let problems = Validator(workspace: workspace).inputProblems(for: definition)
    if let first = problems.first { throw .invalidInput(first, more: problems.count - 1) }
    return runner(for: definition)
  }

  private func checkInputsFolder() throws(PipelineError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: workspace.inputs.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw .noInputsFolder(workspace.display(workspace.inputs)) }
  }

  private func loadDefinition() throws(PipelineError) -> PipelineDefinition {
    try PipelineDefinition.load(
      from: workspace.pipelineFile, name: workspace.display(workspace.pipelineFile))
  }

  private func runner(for definition: PipelineDefinition) -> PipelineRunner {
    var runner = PipelineRunner(
      stages: definition.makeStages(in: workspace), workspace: workspace, console: console,
      pipelineName: definition.name)
    runner.programFingerprint = Self.programFingerprint(hashes: runner.hashes)
    return runner
  }

  /// The first 12 hex digits of the running program's SHA-256, or `""` when it cannot be read;
  /// taken from the runner's hash cache, since the program is large and rarely changes.
  static func programFingerprint(hashes: HashCache) -> String {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let url =
      FileManager.default.fileExists(atPath: executable.path)
      ? executable : Bundle.main.executableURL
    guard let url else { return "" }
    let hash = try? hashes.sha256(of: url) { () throws(PipelineError) in
      try Fingerprint.sha256(of: url, name: url.path)
    }
    return hash.map { String($0.prefix(12)) } ?? ""
  }
}
