import Foundation
import Records

/// Runs a list of stages in order, each only when what it reads, its settings or its code changed.
///
/// Stage `i` reads the finished folder of stage `i - 1` and writes `Outputs/stages/<name>/`
/// through a temporary folder swapped in when it finishes, with a `.record.json` of the SHA-256
/// of every file it read, its parameters and its version. The stage named `publishedStage` is
/// then copied to `Outputs/report/` the same way. The stages are existentials so that tests can
/// run the runner with stages of their own.
public struct PipelineRunner: Sendable {
  /// The stages in the order they run.
  public let stages: [any Stage]
  /// The folders it reads and writes.
  public let workspace: Workspace
  /// Where its messages go.
  public var console: Console
  /// The stage whose folder is published as `Outputs/report/`.
  public var publishedStage: String
  /// The pipeline's name, for the manifest.
  public var pipelineName: String
  /// A short hash of the forcebench program, recorded with every stage so that a new build
  /// reruns the stages (a stage's `version` alone relies on someone remembering to bump it);
  /// `""` leaves it out, as tests with stages of their own do.
  public var programFingerprint: String = ""
  /// The hashes of files unchanged since they were last read, loaded once for the runner and
  /// saved when a run ends (see `HashCache`).
  let hashes: HashCache

  /// Makes a runner.
  public init(
    stages: [any Stage], workspace: Workspace, console: Console = .silent,
    publishedStage: String = "report", pipelineName: String = "pipeline"
  ) {
    self.stages = stages
    self.workspace = workspace
    self.console = console
    self.publishedStage = publishedStage
    self.pipelineName = pipelineName
    hashes = HashCache(file: workspace.hashCacheFile)
  }

  /// The stages' names in order.
  public var names: [String] { stages.map { type(of: $0).name } }

  /// What a run did.
  public struct Outcome: Sendable, Equatable {
    /// The stages that ran (or, for a dry run, would run), in order.
    public var ran: [String] = []
    /// The stages found up to date.
    public var upToDate: [String] = []
    /// Whether `Outputs/report` was replaced.
    public var publishedReport = false
  }

  /// Runs the stages the options select, takes the lock first, and publishes the report.
  /// - Throws: `PipelineError` for a bad selection, a held lock, a failed stage or an I/O error;
  ///   every finished folder from before the failure stays in place.
  @discardableResult
  public func run(_ options: RunOptions = RunOptions()) throws(PipelineError) -> Outcome {
    let selected = try select(options)
    guard FileManager.default.fileExists(atPath: workspace.inputs.path) else {
      throw .noInputsFolder(workspace.display(workspace.inputs))
    }
    try checkPredecessors(of: selected)
    if options.dryRun { return try dryRun(selected, force: options.force) }
    // Before anything is written, so a read-only folder stops the run with nothing changed.
    for folder in [workspace.outputs, workspace.stagesFolder, workspace.reportFolder]
      + selected.sorted().map({ workspace.stageFolder(type(of: stages[$0]).name) })
    {
      try FolderSwap.checkWritable(folder, name: workspace.display(folder))
    }
    try makeFolder(workspace.stagesFolder)
    let lock = try RunLock.acquire(
      at: workspace.lockFile, name: workspace.display(workspace.lockFile), note: console.note)
    defer { lock.release() }
    return try runHoldingLock(selected, force: options.force)
  }

  /// Runs with the lock already held, as `quarterly` does before publishing.
  func runHoldingLock(_ selected: Set<Int>, force: Bool) throws(PipelineError) -> Outcome {
    let started = Date()
    workspace.cleanLeftovers()
    if force { hashes.distrustRecorded() }
    defer { hashes.save() }
    var outcome = Outcome()
    var entries: [RunManifest.Entry] = []
    for (index, stage) in stages.enumerated() {
      let name = type(of: stage).name
      guard selected.contains(index) else {
        entries.append(.init(stage: name, action: "not selected", reasons: []))
        continue
      }
      let context = self.context(for: index, output: workspace.stageFolder(name))
      let inputs = try fingerprint(of: stage, in: context)
      let state = self.state(of: stage, inputs: inputs)
      var reasons: [String]
      switch state {
      case .upToDate where !force:
        console.line("\(name): up to date")
        outcome.upToDate.append(name)
        entries.append(.init(stage: name, action: "up to date", reasons: []))
        continue
      case .upToDate: reasons = ["--force"]
      case .stale(let why): reasons = why
      case .neverRun: reasons = ["never run"]
      }
      console.logger.info("\(name): runs because \(reasons.joined(separator: "; "))")
      let record = try execute(stage, at: index, inputs: inputs, force: force)
      outcome.ran.append(name)
      entries.append(
        .init(
          stage: name, action: "ran", seconds: record.seconds, read: record.read,
          written: record.written, reasons: reasons))
    }
    outcome.publishedReport = try publishReport(
      ranNow: outcome.ran.contains(publishedStage))
    let manifest = RunManifest(
      pipeline: pipelineName, startedAt: started, finishedAt: Date(), stages: entries,
      publishedReport: outcome.publishedReport)
    try manifest.write(into: workspace.outputs)
    return outcome
  }

  /// Each stage's state against the files on disk now, as `forcebench status` shows it.
  /// - Throws: `PipelineError.io` when an input file cannot be read.
  public func status() throws(PipelineError) -> [StageStatus] {
    var statuses: [StageStatus] = []
    var firstNotUpToDate: String?
    for (index, stage) in stages.enumerated() {
      let name = type(of: stage).name
      let folder = workspace.stageFolder(name)
      let inputs = try fingerprint(
        of: stage, in: context(for: index, output: folder))
      let state = self.state(of: stage, inputs: inputs)
      statuses.append(
        StageStatus(
          stage: name, state: state, lastRun: StageRecord.load(from: folder)?.ranAt,
          waitsFor: state == .upToDate ? firstNotUpToDate : nil))
      if state != .upToDate, firstNotUpToDate == nil { firstNotUpToDate = name }
    }
    return statuses
  }

  // MARK: - Selection

  /// The indices of the stages the options select.
  /// - Throws: `PipelineError.unknownStage` or `.stageAndFrom`.
  func select(_ options: RunOptions) throws(PipelineError) -> Set<Int> {
    let names = self.names
    if !options.stages.isEmpty, options.from != nil { throw .stageAndFrom }
    func index(_ name: String) throws(PipelineError) -> Int {
      guard let index = names.firstIndex(of: name) else {
        throw .unknownStage(name, valid: names)
      }
      return index
    }
    if let from = options.from { return Set(try index(from)..<names.count) }
    if options.stages.isEmpty { return Set(names.indices) }
    var selected: Set<Int> = []
    for name in options.stages { selected.insert(try index(name)) }
    return selected
  }

  /// Fails when a selected stage's predecessor is not selected and has no finished folder.
  func checkPredecessors(of selected: Set<Int>) throws(PipelineError) {
    for index in selected.sorted() where index > 0 && !selected.contains(index - 1) {
      let predecessor = type(of: stages[index - 1]).name
      let folder = workspace.stageFolder(predecessor)
      guard FileManager.default.fileExists(atPath: folder.path) else {
        throw .missingPredecessor(
          stage: type(of: stages[index]).name, predecessor: predecessor,
          folder: workspace.display(folder))
      }
    }
  }

  // MARK: - Up-to-date checks

  /// The context a stage runs in; `output` is its temporary folder when it runs.
  func context(for index: Int, output: URL) -> StageContext {
    let name = type(of: stages[index]).name
    let previous = index > 0 ? workspace.stageFolder(type(of: stages[index - 1]).name) : nil
    let console = self.console
    return StageContext(
      inputs: workspace.inputs, previous: previous, output: output,
      progress: { done, total in console.progress?(name, done, total) },
      log: { line in console.logger.info("\(name): \(line)") })
  }

  /// The stage's cache folder, keyed by the program, the stage's version and its parameters;
  /// none when the program's hash is unknown, since results could then come from other code.
  func cache(for stage: any Stage, force: Bool) -> StageCache? {
    guard !programFingerprint.isEmpty else { return nil }
    let name = type(of: stage).name
    let parameters = parameters(of: stage).sorted { $0.key < $1.key }
      .map { "\($0.key)=\($0.value)" }
    return StageCache(
      folder: workspace.cacheFolder.appendingPathComponent(name, isDirectory: true),
      key: (["\(name) \(type(of: stage).version)"] + parameters).joined(separator: "\n"),
      reuse: !force)
  }

  /// The hashes of the previous stage's files and the stage's own input files.
  func fingerprint(of stage: any Stage, in context: StageContext)
    throws(PipelineError) -> Fingerprint
  {
    try Fingerprint.of(
      (context.previous.map { [$0] } ?? []) + stage.inputFiles(in: context), in: workspace,
      cache: hashes)
  }

  /// Compares a stage's record with what it would read now.
  func state(of stage: any Stage, inputs: Fingerprint) -> StageState {
    let name = type(of: stage).name
    guard let record = StageRecord.load(from: workspace.stageFolder(name)) else { return .neverRun }
    let reasons = record.staleReasons(
      version: type(of: stage).version, parameters: parameters(of: stage), inputs: inputs)
    return reasons.isEmpty ? .upToDate : .stale(reasons)
  }

  /// The stage's own parameters and, when known, the program that runs it.
  func parameters(of stage: any Stage) -> [String: String] {
    var parameters = stage.parameters
    if !programFingerprint.isEmpty { parameters["program"] = programFingerprint }
    return parameters
  }

  // MARK: - Running

  /// Runs one stage into its temporary folder, records it and swaps the folder into place.
  func execute(_ stage: any Stage, at index: Int, inputs: Fingerprint, force: Bool)
    throws(PipelineError) -> StageRecord
  {
    let name = type(of: stage).name
    let target = workspace.stageFolder(name)
    let temporary = try FolderSwap.makeTemporaryFolder(for: target, name: workspace.display(target))
    var context = self.context(for: index, output: temporary)
    context.cache = cache(for: stage, force: force)
    let clock = ContinuousClock()
    let start = clock.now
    let result = Self.perform(stage, in: context)
    console.endProgress()
    let summary: StageSummary
    switch result {
    case .success(let value): summary = value
    case .failure(let failure):
      try? FileManager.default.removeItem(at: temporary)
      throw .stageFailed(stage: name, message: failure.message)
    }
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let record = StageRecord(
      stage: name, version: type(of: stage).version, parameters: parameters(of: stage),
      inputs: inputs,
      ranAt: Date(), seconds: seconds, read: summary.read, written: summary.written,
      notes: summary.notes)
    do throws(PipelineError) {
      try record.write(into: temporary, name: workspace.display(target))
      try FolderSwap.swap(temporary, into: target, name: workspace.display(target))
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    console.line("\(name): ran in \(Self.seconds(seconds)), \(Self.counts(name, summary))")
    for note in summary.notes { console.line("\(name): note: \(note)") }
    return record
  }

  /// Calls a stage's `run`, turning its own error type into its description.
  static func perform<S: Stage>(_ stage: S, in context: StageContext) -> Result<
    StageSummary, StageFailure
  > {
    do {
      return .success(try stage.run(in: context))
    } catch {
      return .failure(StageFailure(error.description))
    }
  }

  /// What a stage's error said.
  struct StageFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }

  // MARK: - Publishing

  /// Copies the published stage's folder to `Outputs/report/` when it ran or the two differ.
  func publishReport(ranNow: Bool) throws(PipelineError) -> Bool {
    guard names.contains(publishedStage) else { return false }
    let source = workspace.stageFolder(publishedStage)
    let target = workspace.reportFolder
    guard FileManager.default.fileExists(atPath: source.path) else { return false }
    if !ranNow, try Self.sameContent(source, target, in: workspace, hashes: hashes) {
      return false
    }
    let temporary = try FolderSwap.makeTemporaryFolder(for: target, name: workspace.display(target))
    do throws(PipelineError) {
      try FolderSwap.copyContents(of: source, into: temporary, name: workspace.display(target))
      try FolderSwap.swap(temporary, into: target, name: workspace.display(target))
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    console.line("report: published \(workspace.display(target))")
    return true
  }

  /// Whether two folders hold the same non-hidden files with the same bytes.
  static func sameContent(
    _ first: URL, _ second: URL, in workspace: Workspace, hashes: HashCache
  ) throws(PipelineError) -> Bool {
    guard FileManager.default.fileExists(atPath: second.path) else { return false }
    return try relativeHashes(first, in: workspace, hashes: hashes)
      == relativeHashes(second, in: workspace, hashes: hashes)
  }

  /// The SHA-256 of each non-hidden file under a folder, keyed by its path inside it.
  static func relativeHashes(_ folder: URL, in workspace: Workspace, hashes: HashCache)
    throws(PipelineError) -> [String: String]
  {
    var result: [String: String] = [:]
    let root = folder.standardizedFileURL.path
    for file in try Fingerprint.expand(folder, workspace: workspace) {
      let relative = String(file.standardizedFileURL.path.dropFirst(root.count))
      result[relative] = try hashes.sha256(of: file) { () throws(PipelineError) in
        try Fingerprint.sha256(of: file, name: workspace.display(file))
      }
    }
    return result
  }

  // MARK: - Housekeeping

  /// Creates a folder and its parents.
  func makeFolder(_ url: URL) throws(PipelineError) {
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw .io("cannot create the folder", path: workspace.display(url))
    }
  }

  /// Says what a run would do, and why, without writing anything.
  func dryRun(_ selected: Set<Int>, force: Bool) throws(PipelineError) -> Outcome {
    var outcome = Outcome()
    var earlierRuns: String?
    if force { hashes.distrustRecorded() }
    for (index, stage) in stages.enumerated() where selected.contains(index) {
      let name = type(of: stage).name
      let inputs = try fingerprint(
        of: stage, in: context(for: index, output: workspace.stageFolder(name)))
      let state = self.state(of: stage, inputs: inputs)
      switch state {
      case _ where force:
        console.line("\(name): would run: --force")
      case .neverRun:
        console.line("\(name): would run: never run")
      case .stale(let reasons):
        console.line("\(name): would run: \(reasons.joined(separator: "; "))")
      case .upToDate:
        if let earlier = earlierRuns, selected.contains(index - 1) {
          console.line("\(name): would run if \(earlier) changes what it reads (up to date now)")
          outcome.ran.append(name)
          continue
        }
        console.line("\(name): up to date")
        outcome.upToDate.append(name)
        continue
      }
      outcome.ran.append(name)
      earlierRuns = earlierRuns ?? name
    }
    console.line("dry run: nothing was written")
    return outcome
  }

  static func seconds(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    return "\(tenths) s"
  }

  /// `read 5 documents, wrote 23 mentions`, with units where the stage's are known.
  static func counts(_ stage: String, _ summary: StageSummary) -> String {
    let units: [String: (String, String)] = [
      "ingest": ("documents", "mentions"), "normalise": ("mentions", "facts"),
      "classify": ("facts", "facts"),
    ]
    let (read, written) = units[stage] ?? ("rows", "rows")
    return "read \(summary.read) \(read), wrote \(summary.written) \(written)"
  }
}
