import CSV
import Foundation
import Records

/// Marks repeats and sums facts by force and financial year and by force.
///
/// Reads classify's `facts.csv`, `documents.csv` and `requests.csv` and writes:
///
/// - `facts.csv`: every fact, with `repeat_of` filled for later mentions of a resource (see
///   ``RepeatFinder``); a repeat never adds to a sum or count;
/// - `documents.csv` and `requests.csv`, passed through;
/// - `force_year.csv`: one row per force and financial year that a first mention covers; money
///   covering several years is shared evenly among them, staff and statements count in each;
/// - `force_summary.csv`: one row per force with a document or a fact, money in full, undated
///   money included.
///
/// Money is kept apart by class and, within a class, exact figures apart from bounds (see
/// ``MoneySum``). Facts are read twice, one row at a time, so memory stays flat however many
/// there are: once to write each fact's key (what repeat detection needs) to a file of its
/// force, and once to write and total them. Between the two, repeats are found one force at a
/// time, since a repeat or a conflict is always of the same force, and each force's findings
/// are written in its facts' order, to be read back beside them.
public struct AggregateStage: Stage {
  public static let name = "aggregate"
  public static let version = 1

  public init() {}

  public var parameters: [String: String] { [:] }

  public func inputFiles(in context: StageContext) -> [URL] { [] }

  /// The columns of `force_year.csv`, in order.
  public static let forceYearColumns: [String] =
    ["force_id", "force", "financial_year"] + Totals.measureColumns
    + ["documents", "document_list", "flags"]

  /// The columns of `force_summary.csv`, in order.
  public static let forceSummaryColumns: [String] =
    ["force_id", "force", "first_year", "last_year", "years_covered", "years_not_covered"]
    + Totals.measureColumns + ["undated_amounts", "documents", "document_list", "flags"]

  public func run(in context: StageContext) throws(AggregateError) -> StageSummary {
    guard let previous = context.previous else { throw .noPreviousStage }
    let factsURL = previous.appendingPathComponent("facts.csv")
    let scratch = context.output.appendingPathComponent(".by-force", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let partitions = try writeKeys(from: factsURL, into: scratch)
    var findings: [String: CSVReader] = [:]
    for (forceID, keysFile) in partitions {
      findings[forceID] = try findRepeats(in: keysFile)
    }

    var documentsByForce: [String: Set<String>] = [:]
    var names: [String: String] = [:]
    do {
      try DocumentRecord.copy(
        from: previous.appendingPathComponent("documents.csv"),
        to: context.outputFile("documents.csv"), name: "documents.csv"
      ) { record in
        // A document ingest did not read (a link out of the inputs folder) stays listed in
        // documents.csv but belongs to no force's figures.
        guard !record.flags.contains(where: { $0.hasPrefix("skipped_") }) else { return }
        documentsByForce[record.forceID, default: []].insert(record.document)
        names[record.forceID] = names[record.forceID] ?? record.force
      }
    } catch { throw .records(error) }
    let requests = previous.appendingPathComponent("requests.csv")
    if FileManager.default.fileExists(atPath: requests.path) {
      do {
        try RequestPassage.copy(
          from: requests, to: context.outputFile("requests.csv"), name: "requests.csv")
      } catch { throw .records(error) }
    }

    var byYear: [String: [FinancialYear: Totals]] = [:]
    var byForce: [String: Totals] = [:]
    var read = 0
    var repeatCount = 0
    try pass(over: factsURL) {
      let reader = try CSVReader(url: factsURL, name: "facts.csv")
      let writer = try CSVWriter(url: context.outputFile("facts.csv"), header: Fact.columns)
      while let record = try reader.next() {
        var fact: Fact
        do throws(RecordError) { fact = try Fact(record: record, file: "facts.csv") } catch {
          throw AggregateError.records(error)
        }
        read += 1
        // The force's next finding is this fact's: both are in the order of facts.csv.
        guard let finding = try findings[fact.forceID]?.next()?.fields, finding.count == 3 else {
          throw AggregateError.csv(.io("the findings of a force ended early", file: "facts.csv"))
        }
        fact.repeatOf = finding[0]
        let conflicting = finding[1] == "1" ? Set(FinancialYear.split(finding[2]) ?? []) : nil
        try writer.write(fact.fields)
        names[fact.forceID] = names[fact.forceID] ?? fact.force
        documentsByForce[fact.forceID, default: []].insert(fact.document)
        let years = fact.financialYears.sorted()
        if !fact.repeatOf.isEmpty {
          repeatCount += 1
          byForce[fact.forceID, default: Totals()].repeats += 1
          for year in years {
            byYear[fact.forceID, default: [:]][year, default: Totals()].repeats += 1
          }
          continue
        }
        // "£20k per annum" over three years is £20k in each and £60k in all; any other amount
        // over several years is shared evenly among them.
        let yearCount = Decimal(max(years.count, 1))
        let perAnnum = fact.perAnnum && !years.isEmpty
        var summary = byForce[fact.forceID, default: Totals()]
        summary.add(fact, share: perAnnum ? yearCount : 1, realShare: 1)
        if fact.kind == .funding, fact.amount != nil, years.isEmpty {
          summary.undatedAmounts += 1
          summary.flags.insert("undated_amounts")
        }
        if conflicting != nil { summary.flags.insert("conflicting_figures") }
        byForce[fact.forceID] = summary
        // Normalise prices each year at its own deflator; the part of the real total that falls
        // in a year is that year's figure (an even split only for facts written without them).
        let ordered = fact.financialYears
        let realShares: [FinancialYear: Decimal] =
          fact.realByYear.count == ordered.count && (fact.realAmount ?? 0) != 0
          ? Dictionary(
            zip(ordered, fact.realByYear.map { $0 / (fact.realAmount ?? 1) }),
            uniquingKeysWith: { first, _ in first })
          : [:]
        for year in years {
          var totals = byYear[fact.forceID, default: [:]][year, default: Totals()]
          totals.add(
            fact, share: perAnnum ? 1 : 1 / yearCount,
            realShare: realShares[year] ?? 1 / yearCount)
          if let conflicting, conflicting.contains(year) {
            totals.flags.insert("conflicting_figures")
          }
          byYear[fact.forceID, default: [:]][year] = totals
        }
      }
      try writer.finish()
    }

    let allYears = byYear.values.flatMap(\.keys)
    let span =
      allYears.min().flatMap { first in allYears.max().map { (first, $0) } }
      .map { FinancialYear.range($0.0, through: $0.1) } ?? []
    try writeForceYears(byYear, names: names, to: context.outputFile("force_year.csv"))
    let forces = Set(documentsByForce.keys).union(byForce.keys)
    try writeSummaries(
      forces: forces, byForce: byForce, byYear: byYear, documentsByForce: documentsByForce,
      names: names, span: span, to: context.outputFile("force_summary.csv"))
    return StageSummary(
      read: read, written: read,
      notes: repeatCount > 0 ? ["\(repeatCount) repeated mentions not counted again"] : [])
  }

  /// Runs one pass over `file`, giving its errors the stage's type: the stage's own as they
  /// are, a CSV file's as `.csv`, anything else as an I/O error naming the file.
  private func pass(over file: URL, _ body: () throws -> Void) throws(AggregateError) {
    do { try body() } catch let error as AggregateError {
      throw error
    } catch let error as CSVError {
      throw .csv(error)
    } catch {
      throw .csv(.io("\(error)", file: file.path))
    }
  }

  /// Reads every fact once, checks it and writes its key to a file of its force under
  /// `folder`; returns the files by force.
  private func writeKeys(from url: URL, into folder: URL) throws(AggregateError) -> [String: URL] {
    var writers: [String: CSVWriter] = [:]
    var files: [String: URL] = [:]
    try pass(over: url) {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let reader = try CSVReader(url: url, name: "facts.csv")
      try reader.require(columns: Fact.columns)
      while let record = try reader.next() {
        let fact: Fact
        do throws(RecordError) { fact = try Fact(record: record, file: "facts.csv") } catch {
          throw AggregateError.records(error)
        }
        guard fact.resourceClass != nil else {
          throw AggregateError.unclassified(
            factID: fact.id, at: SourcePosition(file: "facts.csv", line: record.line))
        }
        if writers[fact.forceID] == nil {
          // Numbered, not named by force id, which could hold any character.
          let file = folder.appendingPathComponent("\(files.count).csv")
          files[fact.forceID] = file
          writers[fact.forceID] = try CSVWriter(url: file, header: FactKey.columns)
        }
        try writers[fact.forceID]?.write(FactKey(fact, line: record.line).row)
      }
      for writer in writers.values { try writer.finish(durably: false) }
    }
    return files
  }

  /// Finds the repeats and conflicts among one force's facts and writes, in the order of its
  /// keys file, each fact's `repeat_of`, whether it conflicts and the years it conflicts in;
  /// returns a reader of those findings.
  private func findRepeats(in keysFile: URL) throws(AggregateError) -> CSVReader {
    let name = "facts.csv"
    var keys: [FactKey] = []
    var seen: Set<String> = []
    try pass(over: keysFile) {
      let reader = try CSVReader(url: keysFile, name: name)
      while let record = try reader.next() {
        guard let key = FactKey(row: record.fields) else {
          throw AggregateError.csv(.io("cannot read back a fact's key", file: keysFile.path))
        }
        guard seen.insert(key.id).inserted else {
          throw AggregateError.duplicateFactID(
            key.id, at: SourcePosition(file: name, line: key.line))
        }
        keys.append(key)
      }
    }
    for key in keys where !key.givenRepeatOf.isEmpty && !seen.contains(key.givenRepeatOf) {
      throw .unknownRepeat(
        factID: key.id, repeatOf: key.givenRepeatOf,
        at: SourcePosition(file: name, line: key.line))
    }
    let repeats = RepeatFinder.repeats(among: keys)
    let conflicts = RepeatFinder.conflicts(among: keys, repeats: repeats)
    let found = keysFile.deletingPathExtension().appendingPathExtension("found.csv")
    do {
      let writer = try CSVWriter(url: found, header: ["repeat_of", "conflicting", "years"])
      for key in keys {
        let conflict = conflicts[key.id]
        try writer.write([
          repeats[key.id] ?? "", conflict == nil ? "" : "1",
          FinancialYear.join(Array(conflict ?? [])),
        ])
      }
      try writer.finish(durably: false)
      return try CSVReader(url: found, name: name)
    } catch { throw .csv(error) }
  }

  private func writeForceYears(
    _ byYear: [String: [FinancialYear: Totals]], names: [String: String], to url: URL
  ) throws(AggregateError) {
    do {
      let writer = try CSVWriter(url: url, header: Self.forceYearColumns)
      for forceID in byYear.keys.sorted() {
        let years = byYear[forceID, default: [:]]
        for year in years.keys.sorted() {
          let totals = years[year, default: Totals()]
          var flags = totals.allFlags
          if forceID == "unknown" { flags.insert("force_unknown") }
          try writer.write(
            [forceID, names[forceID] ?? forceID, year.description] + totals.measureFields + [
              String(totals.documents.count), totals.documents.sorted().joined(separator: ";"),
              flags.sorted().joined(separator: ";"),
            ])
        }
      }
      try writer.finish()
    } catch { throw .csv(error) }
  }

  private func writeSummaries(
    forces: Set<String>, byForce: [String: Totals], byYear: [String: [FinancialYear: Totals]],
    documentsByForce: [String: Set<String>], names: [String: String], span: [FinancialYear],
    to url: URL
  ) throws(AggregateError) {
    do {
      let writer = try CSVWriter(url: url, header: Self.forceSummaryColumns)
      for forceID in forces.sorted() {
        let totals = byForce[forceID, default: Totals()]
        let years = byYear[forceID, default: [:]].keys.sorted()
        let missing = span.filter { !years.contains($0) }
        var flags = totals.allFlags
        for yearTotals in byYear[forceID, default: [:]].values {
          flags.formUnion(yearTotals.allFlags.intersection(["conflicting_figures"]))
        }
        if !missing.isEmpty { flags.insert("years_not_covered") }
        if forceID == "unknown" { flags.insert("force_unknown") }
        if totals.facts == 0 { flags.insert("no_facts") }
        let documents = documentsByForce[forceID, default: []].sorted()
        try writer.write(
          [
            forceID, names[forceID] ?? forceID, years.first?.description ?? "",
            years.last?.description ?? "", FinancialYear.join(years), FinancialYear.join(missing),
          ] + totals.measureFields + [
            String(totals.undatedAmounts), String(documents.count),
            documents.joined(separator: ";"), flags.sorted().joined(separator: ";"),
          ])
      }
      try writer.finish()
    } catch { throw .csv(error) }
  }
}
