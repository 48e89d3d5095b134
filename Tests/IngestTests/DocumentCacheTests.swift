import Foundation
import Records
import Testing

@testable import Ingest

/// Ingest keeps each document's rows in the stage cache and reads a document again only when
/// its bytes, its name or what the rows depend on changed.
@Suite struct DocumentCacheTests {
  let root = FileManager.default.temporaryDirectory
    .appendingPathComponent("document-cache-\(UUID().uuidString)")
  var inputs: URL { root.appendingPathComponent("Inputs") }
  var cacheFolder: URL { root.appendingPathComponent("cache") }
  static let files = ["documents.csv", "requests.csv", "mentions.csv", "set_aside.csv"]

  init() throws {
    _ = try FixtureSupport.makeInputs(
      at: inputs, documents: ["foi_kent_bullets_2018.txt", "money_ranges.txt"])
  }

  /// Runs ingest with the cache under `key` (none when `nil`) and returns its four files.
  func run(key: String? = "test 1", reuse: Bool = true) throws -> [String: String] {
    let output = root.appendingPathComponent("out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    var context = StageContext(inputs: inputs, previous: nil, output: output)
    context.cache = key.map { StageCache(folder: cacheFolder, key: $0, reuse: reuse) }
    _ = try IngestStage(vocabularyFile: FixtureSupport.vocabularyURL).run(in: context)
    var files: [String: String] = [:]
    for file in Self.files {
      files[file] = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
    }
    return files
  }

  var entries: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []).sorted()
  }

  /// Marks every cached row, so a run that took its rows from the cache shows it.
  func markEntries() throws {
    for name in entries {
      let url = cacheFolder.appendingPathComponent(name)
      let text = try String(contentsOf: url, encoding: .utf8)
      try text.replacingOccurrences(of: ",utf-8,", with: ",utf-8 (cached),").write(
        to: url, atomically: true, encoding: .utf8)
    }
  }

  @Test func unchangedDocumentsComeFromTheCacheAsTheSameRows() throws {
    let plain = try run(key: nil)
    #expect(try run() == plain)
    #expect(entries.count == 2)
    try markEntries()
    let second = try run()
    #expect(second["documents.csv"]?.components(separatedBy: "utf-8 (cached)").count == 3)
    #expect(second["mentions.csv"] == plain["mentions.csv"])
    // --force reads every document again, and so does a new key (another program or version).
    try markEntries()
    #expect(try run(key: "test 2") == plain)
    #expect(try run(reuse: false) == plain)
    #expect(entries.count == 2)
  }

  @Test func aChangedDocumentIsReadAgainAndItsOldEntryRemoved() throws {
    _ = try run()
    let before = entries
    try markEntries()
    let document = inputs.appendingPathComponent("documents/money_ranges.txt")
    let text = try String(contentsOf: document, encoding: .utf8)
    try (text + "\nThe PCC gave £7,777 to the modern slavery partnership in 2020/21.\n").write(
      to: document, atomically: true, encoding: .utf8)
    let after = try run()
    #expect(after["mentions.csv"]?.contains("£7,777") == true)
    let documents = after["documents.csv"]?.split(separator: "\n") ?? []
    #expect(documents.filter { $0.contains("(cached)") }.map { $0.prefix(12) } == ["foi_kent_bul"])
    #expect(entries.count == 2)
    #expect(Set(entries).intersection(before).count == 1)
  }

  @Test func anEntryCutShortIsReadAgain() throws {
    let plain = try run()
    try markEntries()
    for name in entries {
      let url = cacheFolder.appendingPathComponent(name)
      let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      try (lines.dropLast().joined(separator: "\n") + "\n").write(
        to: url, atomically: true, encoding: .utf8)
    }
    #expect(try run() == plain)
  }
}
