import CSV
import Foundation
import Records
import Testing

@testable import Report

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs the report stage on the fixture folders and reads back what it wrote.
struct ReportRun {
  let output: URL

  /// Runs the stage on `previous` (`Fixtures/aggregated` unless given) with `Fixtures/inputs`
  /// into a fresh folder.
  init(
    compare: [String] = ["leicestershire", "north-yorkshire", "west-midlands"],
    previous: URL? = nil
  ) throws {
    let previous =
      try previous ?? #require(
        Bundle.module.url(forResource: "aggregated", withExtension: nil, subdirectory: "Fixtures"))
    let inputs = try #require(
      Bundle.module.url(forResource: "inputs", withExtension: nil, subdirectory: "Fixtures"))
    output = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let stage = ReportStage(
      compare: compare, baseYear: FinancialYear(startYear: 2018),
      title: "MSHT resources: a | test & <check>")
    _ = try stage.run(in: StageContext(inputs: inputs, previous: previous, output: output))
  }

  func text(_ file: String) throws -> String {
    try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
  }

  func data(_ file: String) throws -> Data {
    try Data(contentsOf: output.appendingPathComponent(file))
  }
}

/// Runs a checking tool (cmark-gfm, frictionless, Python) and returns its exit status and its
/// standard output, with standard error after it when `mergeErrors`.
func runTool(
  _ executable: URL, _ arguments: [String], in folder: URL? = nil, mergeErrors: Bool = true
) throws -> (status: Int32, output: String) {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let folder { process.currentDirectoryURL = folder }
  let pipe = Pipe()
  process.standardOutput = pipe
  if mergeErrors { process.standardError = pipe }
  try process.run()
  let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  return (process.terminationStatus, output)
}

/// The programs a checking test may run, in order of preference: the path in the environment
/// variable `variable`, then `.venv/bin/<venv>` of the package (where `.ci/run` installs them),
/// then `<onPath>` in each folder of `PATH`; only those that exist and can run.
func checkingTools(named variable: String, venv: String, onPath: String) -> [URL] {
  let environment = ProcessInfo.processInfo.environment
  let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let candidates =
    (environment[variable].map { [$0] } ?? [])
    + [packageRoot.appendingPathComponent(".venv/bin/\(venv)").path]
    + (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(onPath)" }
  return candidates.filter { FileManager.default.isExecutableFile(atPath: $0) }
    .map { URL(fileURLWithPath: $0) }
}

/// Where expected files live in the source tree, so `FORCEBENCH_UPDATE_GOLDEN=1` can rewrite them.
let reportGoldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures/expected")

/// Every file the report writes.
let reportFiles = [
  "facts.csv", "force_year.csv", "force_summary.csv", "documents.csv", "benchmark.md",
  "datapackage.json", "charts/money-by-class.svg", "charts/per-100k-by-force.svg",
  "charts/staff-by-basis.svg", "charts/money-by-year.svg", "benchmark.xlsx",
]

@Suite struct ReportStageTests {
  @Test(arguments: [
    "benchmark.md", "datapackage.json", "charts/money-by-class.svg", "charts/money-by-year.svg",
  ])
  func matchesExpectedFile(name: String) throws {
    let run = try ReportRun()
    let actual = try run.text(name)
    let flat = name.replacingOccurrences(of: "/", with: "-")
    if ProcessInfo.processInfo.environment["FORCEBENCH_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: reportGoldenFolder, withIntermediateDirectories: true)
      try actual.write(
        to: reportGoldenFolder.appendingPathComponent(flat), atomically: true, encoding: .utf8)
    }
    let expectedURL = try #require(
      Bundle.module.url(forResource: flat, withExtension: nil, subdirectory: "Fixtures/expected"))
    #expect(try actual == String(contentsOf: expectedURL, encoding: .utf8))
  }

  @Test func copiesFactsWithThePublishedColumns() throws {
    let run = try ReportRun()
    let reader = try CSVReader(
      url: run.output.appendingPathComponent("facts.csv"), name: "facts.csv")
    #expect(
      Array(reader.header.names.prefix(17)) == [
        "fact_id", "document", "force_id", "force", "document_date", "document_type", "kind",
        "amount_gbp", "amount_qualifier", "staff_count", "staff_basis", "financial_years",
        "period_text", "classification", "rule", "quote", "repeat_of",
      ])
    #expect(try reader.readAll().count == 24)
  }

  @Test func citesEveryFigureInTheForceSections() throws {
    let run = try ReportRun()
    let markdown = try run.text("benchmark.md")
    let quotes = Set(
      try CSVReader(url: run.output.appendingPathComponent("facts.csv"), name: "facts.csv")
        .readAll().compactMap { $0["quote"] })
    // Footnote texts by label, unescaped back to the quote.
    var notes: [String: String] = [:]
    for line in markdown.split(separator: "\n") where line.hasPrefix("[^f") {
      let parts = line.split(separator: "]", maxSplits: 1)
      let label = String(parts[0].dropFirst(2))
      let body = String(parts[1])
      let quoted = try #require(body.firstIndex(of: "\""))
      let quote = String(body[body.index(after: quoted)...].dropLast())
      notes[label] = unescape(quote)
    }
    // The force sections, not the year-by-year tables ("### Leicestershire") above them.
    let sectionStart = try #require(markdown.range(of: "\n## Leicestershire"))
    let sectionEnd = try #require(markdown.range(of: "## Data quality"))
    let sections = String(markdown[sectionStart.upperBound..<sectionEnd.lowerBound])
    let figure = #/(£[0-9,]+(–£[0-9,]+)?|staff: [0-9]+)(\[\^(f[0-9]+)\])?/#
    var figures = 0
    for match in sections.matches(of: figure) {
      figures += 1
      let label = try #require(match.output.4.map(String.init), "\(match.output.0) has no footnote")
      let quote = try #require(notes[label])
      #expect(quotes.contains(quote), "footnote \(label) quotes something not in facts.csv")
    }
    #expect(figures == 11)
    #expect(notes.count == 23)
    #expect(sections.contains("also mentioned in leicestershire-2020-05-01-foi.txt (2020-05-01)"))
  }

  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm"),
      "cmark-gfm is not installed (apt-get install cmark-gfm); skipping the rendering check"))
  func rendersTablesWithCmarkGFM() throws {
    let cmark = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
    let run = try ReportRun()
    let html = try runTool(
      cmark,
      ["-e", "table", "-e", "footnotes", run.output.appendingPathComponent("benchmark.md").path],
      mergeErrors: false
    ).output
    // The headline, one year-by-year table per compared force, every force, data quality.
    #expect(html.components(separatedBy: "<table>").count - 1 == 7)
    #expect(html.contains("<td>a | b</td>") == false)
    #expect(html.contains("class=\"footnotes\""))
  }

  @Test(arguments: [
    "charts/money-by-class.svg", "charts/per-100k-by-force.svg", "charts/staff-by-basis.svg",
  ])
  func writesWellFormedSVG(name: String) throws {
    let run = try ReportRun()
    let data = try run.data(name)
    let parser = XMLParser(data: data)
    let collector = ElementCollector()
    parser.delegate = collector
    #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
    #expect(collector.names.first == "svg")
    #expect(collector.names.contains("title"))
    #expect(collector.texts.contains { $0.contains(": ") })
  }

  @Test func saysWhichForcesTheDocumentsAreAboutWhenACompareForceHasNone() throws {
    let run = try ReportRun(compare: ["leicestershire", "kent"])
    let markdown = try run.text("benchmark.md")
    #expect(
      markdown.contains(
        "No documents are about Kent. The documents are about Derbyshire, Leicestershire, "
          + "North Yorkshire, West Midlands; `compare:` in the pipeline file chooses the forces "
          + "shown side by side."))
    let full = try ReportRun().text("benchmark.md")
    #expect(!full.contains("No documents are about"))
  }

  @Test func ranksComparedForcesWhenMoreArePresent() throws {
    let run = try ReportRun(compare: ["leicestershire", "west-midlands"])
    let markdown = try run.text("benchmark.md")
    #expect(
      markdown.contains("| Rank on dedicated money per 100,000 residents | 1 of 4 | 2 of 4 |"))
  }

  /// The aggregated fixture with some cells changed: `edits[file][rowKey][column] = value`,
  /// where a row's key is its `fact_id` in facts.csv and its `force_id` elsewhere.
  static func aggregated(editing edits: [String: [String: [String: String]]]) throws -> URL {
    let fixture = try #require(
      Bundle.module.url(forResource: "aggregated", withExtension: nil, subdirectory: "Fixtures"))
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-fractions-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixture, to: folder)
    for (file, rows) in edits {
      let url = fixture.appendingPathComponent(file)
      let reader = try CSVReader(url: url, name: file)
      let names = reader.header.names
      let key = file == "facts.csv" ? "fact_id" : "force_id"
      let writer = try CSVWriter(url: folder.appendingPathComponent(file), header: names)
      while let record = try reader.next() {
        var fields = record.fields
        for (column, value) in rows[record[key] ?? ""] ?? [:] {
          fields[try #require(names.firstIndex(of: column))] = value
        }
        try writer.write(fields)
      }
      try writer.finish()
    }
    return folder
  }

  /// Full-time equivalents keep their fractions in the report: the headline rows, a fact's
  /// figure and the staff chart show 6.5 and 0.5, never rounded; whole counts stay whole.
  @Test func showsFullTimeEquivalentsWithTheirFractions() throws {
    let leicestershire = "leicestershire-2019-09-24-panel-report"
    let previous = try Self.aggregated(editing: [
      "facts.csv": [
        "\(leicestershire)#300-437": ["staff_count": "6.5"],
        "\(leicestershire)#1010-1098": ["staff_count": "6.5"],
        "west-midlands-2017-foi#200-253": ["staff_count": "0.5"],
      ],
      "force_summary.csv": [
        "leicestershire": ["staff_full_time": "6.5", "shared_staff_full_time": "6.5"],
        "west-midlands": ["staff_part_time": "0.5", "absorbed_staff_part_time": "0.5"],
      ],
    ])
    let run = try ReportRun(previous: previous)
    let markdown = try run.text("benchmark.md")
    #expect(markdown.contains("| Staff, full time | 6.5 | 0 | 1 |"))
    #expect(markdown.contains("| Staff, part time | 0 | 0 | 0.5 |"))
    #expect(markdown.contains("staff: 6.5[^f"))
    #expect(markdown.contains("staff: 0.5[^f"))
    let chart = try run.text("charts/staff-by-basis.svg")
    #expect(chart.contains(">full time: 6.5</text>"))
    #expect(chart.contains(">part time: 0.5</text>"))
    #expect(chart.contains(">3.25</text>"), "the middle tick of 0 to 6.5")
  }

  @Test func writesTheSameBytesTwice() throws {
    let first = try ReportRun()
    let second = try ReportRun()
    for name in reportFiles {
      #expect(try first.data(name) == second.data(name), "\(name) differs between runs")
    }
  }

  @Test(arguments: [
    (ReportError.noPreviousStage, "report needs the aggregate stage's folder; run aggregate first"),
    (
      .nothingToCompare,
      "the pipeline names no force to compare; set 'compare' to force ids from forces.csv"
    ),
    (
      .unknownForce("gotham"),
      "'gotham' is to be compared but is not a force_id in Inputs/reference/forces.csv"
    ),
    (
      .badNumber(
        column: "dedicated_gbp", value: "£5", at: SourcePosition(file: "force_summary.csv", line: 3)
      ),
      "force_summary.csv:3: '£5' in column 'dedicated_gbp' is not a plain number"
    ),
    (
      .io("cannot read the file", file: "Inputs/reference/SOURCES.md"),
      "Inputs/reference/SOURCES.md: cannot read the file"
    ),
    (.csv(.empty(file: "force_year.csv")), "force_year.csv:1: the file is empty (no header row)"),
    (
      .records(.missingValue(column: "fact_id", at: SourcePosition(file: "facts.csv", line: 2))),
      "facts.csv:2: the column 'fact_id' is empty"
    ),
  ])
  func describesErrors(error: ReportError, description: String) {
    #expect(error.description == description)
    #expect(error.errorDescription == description)
  }

  @Test func failsOnAForceNotInTheTable() throws {
    #expect(throws: ReportError.unknownForce("gotham")) {
      _ = try ReportRun(compare: ["leicestershire", "gotham"])
    }
  }
}

/// Gathers element names and text while parsing XML.
final class ElementCollector: NSObject, XMLParserDelegate {
  var names: [String] = []
  var texts: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    names.append(elementName)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
}

/// Undoes the Markdown escaping of a quote.
func unescape(_ text: String) -> String {
  var result = ""
  var escaped = false
  for character in text {
    if character == "\\", !escaped {
      escaped = true
      continue
    }
    escaped = false
    result.append(character)
  }
  return result
}

@Suite struct TextTests {
  /// Staff counts print exactly, with separators and no trailing zeros; money and whole
  /// figures still round to whole units.
  @Test(arguments: [
    ("9.5", "9.5"), ("0.25", "0.25"), ("12", "12"), ("13.0", "13"), ("1234.5", "1,234.5"),
    ("1234567", "1,234,567"),
  ])
  func printsACountExactly(value: String, text: String) throws {
    let number = try #require(Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")))
    #expect(Text.count(number) == text)
  }

  @Test func groupsWholeUnitsAsBefore() throws {
    let number = try #require(Decimal(string: "1234.5", locale: Locale(identifier: "en_US_POSIX")))
    #expect(Text.grouped(number) == "1,234")
    #expect(Text.pounds(1_234_567) == "£1,234,567")
  }
}
