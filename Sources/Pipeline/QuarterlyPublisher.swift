import CSV
import Foundation

/// Publishes the report folder as `Outputs/quarterly/<quarter>/` with a `changes.md`.
///
/// The copy is written into a temporary folder and swapped in, so publishing the same quarter
/// again replaces it in one step and a killed run leaves the earlier copy in place.
public struct QuarterlyPublisher: Sendable {
  /// The folders it reads and writes.
  public let workspace: Workspace
  /// Where its messages go.
  public var console: Console

  /// Makes a publisher.
  public init(workspace: Workspace, console: Console = .silent) {
    self.workspace = workspace
    self.console = console
  }

  /// The file name of the comparison written into each quarter's folder.
  public static let changesFile = "changes.md"

  /// Copies `Outputs/report` to the quarter of `asOf` and writes its `changes.md`.
  ///
  /// Call it while holding the run lock.
  /// - Returns: The quarter published.
  /// - Throws: `PipelineError.noReport` when there is no report folder, or an I/O or CSV error;
  ///   an earlier copy of the quarter is then unchanged.
  @discardableResult
  public func publish(asOf: CalendarDate) throws(PipelineError) -> Quarter {
    let report = workspace.reportFolder
    guard FileManager.default.fileExists(atPath: report.path) else {
      throw .noReport(workspace.display(report))
    }
    let quarter = Quarter(containing: asOf)
    let folder = workspace.quarterlyFolder
    let target = folder.appendingPathComponent(quarter.description, isDirectory: true)
    let name = workspace.display(target)
    try FolderSwap.checkWritable(folder, name: workspace.display(folder))
    try FolderSwap.checkWritable(target, name: name)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .io("cannot create the folder", path: workspace.display(folder))
    }
    let previous = Self.previousQuarter(before: quarter, in: folder)
    let temporary = try FolderSwap.makeTemporaryFolder(for: target, name: name)
    do throws(PipelineError) {
      try FolderSwap.copyContents(of: report, into: temporary, name: name)
      let changes = try ChangesReport(quarter: quarter, asOf: asOf, previous: previous).markdown(
        current: temporary,
        earlier: previous.map { folder.appendingPathComponent($0.description, isDirectory: true) },
        in: workspace)
      do {
        try FolderSwap.writeDurably(
          Data(changes.utf8), to: temporary.appendingPathComponent(Self.changesFile))
      } catch {
        throw PipelineError.io("cannot write \(Self.changesFile)", path: name)
      }
      try FolderSwap.swap(temporary, into: target, name: name)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    let against = previous.map { "compared with \($0)" } ?? "first published quarter"
    console.line("quarterly: published \(name) (\(against))")
    return quarter
  }

  /// The latest published quarter before `quarter`, by folder name.
  static func previousQuarter(before quarter: Quarter, in folder: URL) -> Quarter? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.compactMap(Quarter.init).filter { $0 < quarter }.max()
  }
}
