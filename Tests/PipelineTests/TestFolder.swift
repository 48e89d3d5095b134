import Foundation
import Pipeline
import Records
import Synchronization

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class TestFolder: Sendable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("forcebench-pipeline-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// A workspace whose paths are spelled `Pipelines/test.yml`, `Inputs` and `Outputs`.
  var workspace: Workspace {
    Workspace(pipeline: "Pipelines/test.yml", inputs: "Inputs", outputs: "Outputs", base: url)
  }

  /// Writes a text file, creating its folders.
  func write(_ text: String, to path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// Reads a text file, or `nil` when it does not exist.
  func read(_ path: String) -> String? {
    try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
  }

  /// Whether a file or folder exists.
  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
  }

  /// The names in a folder, sorted; hidden ones included.
  func list(_ path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(path).path))
      ?? []).sorted()
  }

  /// Every file under the folder with its bytes, for comparing whole trees.
  func snapshot(_ path: String = "", skippingHidden: Bool = false) -> [String: Data] {
    let root = url.appendingPathComponent(path)
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if skippingHidden, relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
        continue
      }
      var isFolder: ObjCBool = false
      let full = root.appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: full.path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        files[relative] = (try? Data(contentsOf: full)) ?? Data()
      }
      _ = name
    }
    return files
  }

  /// Copies a fixture folder's contents into this folder.
  func copyFixture(_ name: String) throws {
    guard
      let source = Bundle.module.url(
        forResource: name, withExtension: nil, subdirectory: "Fixtures")
    else { throw FixtureMissing(name: name) }
    for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(item), to: url.appendingPathComponent(item))
    }
  }
}

/// A fixture the test bundle does not hold.
struct FixtureMissing: Error {
  let name: String
}

/// Collects what fake stages did and what the console printed, across threads.
final class Recorder: Sendable {
  private let state = Mutex<(runs: [String], lines: [String], notes: [String])>(([], [], []))

  func ran(_ stage: String) { state.withLock { $0.runs.append(stage) } }
  var runs: [String] { state.withLock { $0.runs } }
  var lines: [String] { state.withLock { $0.lines } }
  var notes: [String] { state.withLock { $0.notes } }
  func reset() { state.withLock { $0 = ([], [], []) } }

  var console: Console {
    Console(
      line: { text in self.state.withLock { $0.lines.append(text) } },
      note: { text in self.state.withLock { $0.notes.append(text) } })
  }
}
