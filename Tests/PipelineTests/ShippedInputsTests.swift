import CSV
import Foundation
import Pipeline
import Records
import Testing

/// The whole pipeline on the repository's own `Inputs/` and `Pipelines/`, as a newcomer runs it.
@Suite(.serialized) struct ShippedInputsTests {
  /// The package's root folder, found from this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Runs the shipped pipeline on a copy of the shipped inputs and returns the folder.
  static func run() throws -> TestFolder {
    let folder = try TestFolder()
    for path in ["Inputs", "Pipelines"] {
      try FileManager.default.copyItem(
        at: root.appendingPathComponent(path), to: folder.url.appendingPathComponent(path))
    }
    let workspace = Workspace(
      pipeline: "Pipelines/benchmark.yml", inputs: "Inputs", outputs: "Outputs", base: folder.url)
    try Project(workspace: workspace).run()
    return folder
  }

  private func rows(_ path: String, in folder: TestFolder) throws -> [CSVRecord] {
    try CSVReader(url: folder.url.appendingPathComponent(path)).readAll()
  }

  @Test func everyQuoteIsVerbatimAndNoneComesFromRequestText() throws {
    let folder = try Self.run()
    let facts = try rows("Outputs/report/facts.csv", in: folder)
    // 20 gold facts, the panel report's two restatements and North Yorkshire's counselling
    // service line, all three kept as repeats that count nothing.
    #expect(facts.count == 23)
    #expect(facts.filter { !($0["repeat_of"] ?? "").isEmpty }.count == 3)
    var requests: [String: [Range<Int>]] = [:]
    for passage in try rows("Outputs/stages/ingest/requests.csv", in: folder) {
      let start = try #require(Int(passage["start"] ?? ""))
      let end = try #require(Int(passage["end"] ?? ""))
      requests[passage["document"] ?? "", default: []].append(start..<end)
    }
    for fact in facts where fact["origin"] == "text" {
      let document = try #require(fact["document"])
      let text = try String(
        contentsOf: folder.url.appendingPathComponent("Inputs/documents/\(document)"),
        encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      let start = try #require(Int(fact["start"] ?? ""))
      let end = try #require(Int(fact["end"] ?? ""))
      var cut = String.UnicodeScalarView()
      cut.append(contentsOf: scalars[start..<end])
      #expect(String(cut) == fact["quote"], "\(fact["fact_id"] ?? "")")
      #expect(
        !(requests[document] ?? []).contains { $0.overlaps(start..<end) },
        "\(fact["fact_id"] ?? "") quotes the request")
    }
  }

  @Test func findsTheClassesAnAnalystCodedForTheSeeds() throws {
    let folder = try Self.run()
    let facts = try rows("Outputs/report/facts.csv", in: folder).filter {
      ($0["repeat_of"] ?? "").isEmpty
    }
    func count(_ kind: String, _ resourceClass: String) -> Int {
      facts.filter { $0["kind"] == kind && $0["classification"] == resourceClass }.count
    }
    // The hand-coded seed facts (shared/gold/seed-facts.json): 20 facts, none repeated.
    #expect(facts.count == 20)
    #expect(count("funding", "dedicated") == 1)
    #expect(count("funding", "shared") == 3)
    #expect(count("funding", "adjacent") == 3)
    #expect(count("staff", "dedicated") == 3)
    #expect(count("staff", "shared") == 1)
    #expect(count("staff", "absorbed") == 3)
    #expect(count("statement", "none") == 3)
    #expect(count("statement", "absorbed") == 2)
    #expect(count("statement", "withheld") == 1)
    let forces = Set(facts.compactMap { $0["force"] })
    #expect(forces == ["Leicestershire", "North Yorkshire", "West Midlands"])
  }

  @Test func aSecondRunIsByteIdentical() throws {
    let folder = try Self.run()
    let first = folder.snapshot("Outputs/report")
    let workspace = Workspace(
      pipeline: "Pipelines/benchmark.yml", inputs: "Inputs", outputs: "Outputs", base: folder.url)
    var options = RunOptions()
    options.force = true
    try Project(workspace: workspace).run(options)
    #expect(folder.snapshot("Outputs/report") == first)
    #expect(first.keys.contains("charts/money-by-class.svg"))
  }
}
