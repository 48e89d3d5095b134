import CSV
import Foundation
import Records

/// Writes the published tables, `benchmark.md`, the SVG charts, `datapackage.json` and
/// `benchmark.xlsx`.
///
/// Reads aggregate's `facts.csv`, `force_year.csv`, `force_summary.csv` and `documents.csv`,
/// with `Inputs/reference/forces.csv` for the compared forces' names and
/// `Inputs/reference/SOURCES.md` for the method section. Every file is written atomically and
/// nothing depends on the clock, so two runs on the same inputs give the same bytes.
public struct ReportStage: Stage {
  public static let name = "report"
  public static let version = 2

  /// The ids of the forces compared side by side.
  public var compare: [String]
  /// The base year real-terms pounds are in, for the method section.
  public var baseYear: FinancialYear
  /// The report's title, the first heading of `benchmark.md`.
  public var title: String

  public init(compare: [String], baseYear: FinancialYear, title: String) {
    self.compare = compare
    self.baseYear = baseYear
    self.title = title
  }

  public var parameters: [String: String] {
    ["compare": compare.joined(separator: ","), "base_year": baseYear.description, "title": title]
  }

  public func inputFiles(in context: StageContext) -> [URL] {
    [context.inputFile("reference/forces.csv"), context.inputFile("reference/SOURCES.md")]
  }

  public func run(in context: StageContext) throws(ReportError) -> StageSummary {
    guard let previous = context.previous else { throw .noPreviousStage }
    guard !compare.isEmpty else { throw .nothingToCompare }
    let forces: ForceTable
    do {
      forces = try ForceTable.load(
        from: context.inputFile("reference/forces.csv"), name: "Inputs/reference/forces.csv")
    } catch { throw .records(error) }
    var compared: [(id: String, name: String)] = []
    for id in compare {
      guard let force = forces.force(id: id) else { throw .unknownForce(id) }
      compared.append((force.id, force.shortName))
    }
    let comparedIDs = Set(compare)

    // documents.csv: copied row by row; the compared forces' are kept for dates and types in
    // footnotes. Only what the report shows is held, so memory does not grow with the corpus.
    var documents: [String: DocumentRecord] = [:]
    do {
      try DocumentRecord.copy(
        from: previous.appendingPathComponent("documents.csv"),
        to: context.outputFile("documents.csv"), name: "documents.csv"
      ) { row in
        if comparedIDs.contains(row.forceID) { documents[row.document] = row }
      }
    } catch { throw .records(error) }

    // facts.csv: streamed through; the compared forces' facts are kept for their sections.
    var facts: [String: [Fact]] = [:]
    var repeats: [String: [Fact]] = [:]
    var ruleCounts: [String: Int] = [:]
    var read = 0
    var repeatCount = 0
    do {
      let reader = try CSVReader(
        url: previous.appendingPathComponent("facts.csv"), name: "facts.csv")
      try reader.require(columns: Fact.columns)
      let writer = try CSVWriter(url: context.outputFile("facts.csv"), header: Fact.columns)
      while let record = try reader.next() {
        var fact: Fact
        do { fact = try Fact(record: record, file: "facts.csv") } catch {
          throw ReportError.records(error)
        }
        try writer.write(fact.fields)
        read += 1
        ruleCounts[fact.rule, default: 0] += 1
        if !fact.repeatOf.isEmpty { repeatCount += 1 }
        guard comparedIDs.contains(fact.forceID) else { continue }
        // The report quotes the fact, never its surrounding sentence.
        fact.context = ""
        if fact.repeatOf.isEmpty {
          facts[fact.forceID, default: []].append(fact)
        } else {
          repeats[fact.repeatOf, default: []].append(fact)
        }
      }
      try writer.finish()
    } catch let error as ReportError {
      throw error
    } catch let error as CSVError {
      throw .csv(error)
    } catch {
      throw .io("\(error)", file: "facts.csv")
    }
    func order(_ lhs: Fact, _ rhs: Fact) -> Bool {
      (lhs.document, lhs.start, lhs.id) < (rhs.document, rhs.start, rhs.id)
    }
    for key in facts.keys { facts[key]?.sort(by: order) }
    for key in repeats.keys { repeats[key]?.sort(by: order) }

    let forceYearHeader = try copyTable(
      from: previous.appendingPathComponent("force_year.csv"),
      to: context.outputFile("force_year.csv"))
    let summaryHeader = try copyTable(
      from: previous.appendingPathComponent("force_summary.csv"),
      to: context.outputFile("force_summary.csv"))
    let summaryRows = try ForceFigures.readAll(from: context.outputFile("force_summary.csv"))
    var summaries: [String: ForceFigures] = [:]
    for row in summaryRows { summaries[row.forceID] = row }
    var years: [String: [ForceFigures]] = [:]
    for row in try ForceFigures.readAll(
      from: context.outputFile("force_year.csv"), name: "force_year.csv")
    where comparedIDs.contains(row.forceID) {
      years[row.forceID, default: []].append(row)
    }

    var benchmark = Benchmark(
      title: title, baseYear: baseYear, compared: compared, summaries: summaries, facts: facts,
      repeats: repeats, documents: documents, ruleCounts: ruleCounts,
      sources: try sources(in: context), totalFacts: read, totalRepeats: repeatCount)
    benchmark.years = years
    try write(try benchmark.markdown(), to: context.outputFile("benchmark.md"))

    let charts = context.output.appendingPathComponent("charts")
    do {
      try FileManager.default.createDirectory(at: charts, withIntermediateDirectories: true)
    } catch {
      throw .io("cannot create the folder (\(error.localizedDescription))", file: charts.path)
    }
    for (name, chart) in try Charts.all(compared: compared, summaries: summaryRows, years: years) {
      try write(chart.svg, to: charts.appendingPathComponent(name))
    }

    let tables = [
      DataPackage.Table(
        name: "facts", title: "One row per fact, with its quote", columns: Fact.columns,
        primaryKey: ["fact_id"]),
      DataPackage.Table(
        name: "force_year", title: "Totals by force and financial year",
        columns: forceYearHeader, primaryKey: ["force_id", "financial_year"]),
      DataPackage.Table(
        name: "force_summary", title: "Totals by force", columns: summaryHeader,
        primaryKey: ["force_id"]),
      DataPackage.Table(
        name: "documents", title: "The source documents", columns: DocumentRecord.columns,
        primaryKey: ["document"]),
    ]
    let package = try DataPackage.json(title: title, tables: tables)
    do {
      try AtomicFile.write(package, to: context.outputFile("datapackage.json"))
    } catch { throw .csv(error) }
    try Spreadsheet.write(title: title, tables: tables, in: context.output)
    return StageSummary(read: read, written: read)
  }

  /// Copies a CSV table row by row through the reader and writer, returning its header.
  private func copyTable(from url: URL, to target: URL) throws(ReportError) -> [String] {
    do {
      let reader = try CSVReader(url: url, name: url.lastPathComponent)
      try reader.require(columns: ["force_id", "force"])
      let writer = try CSVWriter(url: target, header: reader.header.names)
      while let record = try reader.next() { try writer.write(record.fields) }
      try writer.finish()
      return reader.header.names
    } catch { throw .csv(error) }
  }

  /// The reference sources listed under `### src:` headings of `SOURCES.md`.
  private func sources(in context: StageContext) throws(ReportError) -> [String] {
    let url = context.inputFile("reference/SOURCES.md")
    let text: String
    do { text = try String(contentsOf: url, encoding: .utf8) } catch {
      throw .io("cannot read the file", file: "Inputs/reference/SOURCES.md")
    }
    return text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
      guard line.hasPrefix("### src:") else { return nil }
      return line.dropFirst("### src:".count).trimmingCharacters(in: .whitespaces)
    }
  }

  private func write(_ text: String, to url: URL) throws(ReportError) {
    do { try AtomicFile.write(text, to: url) } catch { throw .csv(error) }
  }
}
