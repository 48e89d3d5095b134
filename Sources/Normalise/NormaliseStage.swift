import CSV
import Foundation
import Records

/// Puts every mention on one footing: canonical force, financial years, real pounds at the base
/// year, pounds per 100,000 residents. Reads ingest's folder and `Inputs/reference/`.
///
/// Writes `facts.csv` (one row per mention, unclassified) and passes `documents.csv` (with each
/// force made canonical) and `requests.csv` on to classify.
public struct NormaliseStage: Stage {
  public static let name = "normalise"
  public static let version = 2

  /// The financial year whose prices real-terms pounds are in.
  public var baseYear: FinancialYear
  /// How an amount over several years is shared among them.
  public var spread: SpreadRule

  public init(baseYear: FinancialYear, spread: SpreadRule = .even) {
    self.baseYear = baseYear
    self.spread = spread
  }

  public var parameters: [String: String] {
    ["base_year": baseYear.description, "spread": spread.rawValue]
  }

  public func inputFiles(in context: StageContext) -> [URL] {
    ["forces.csv", "population.csv", "deflators.csv"].map {
      context.inputFile("reference/\($0)")
    }
  }

  public func run(in context: StageContext) throws(NormaliseError) -> StageSummary {
    guard let previous = context.previous else { throw .missingPreviousStage }
    let forcesURL = context.inputFile("reference/forces.csv")
    let forces: ForceTable
    do {
      forces = try ForceTable.load(from: forcesURL, name: DisplayPath.of(forcesURL))
    } catch {
      throw .records(error)
    }
    let deflatorsURL = context.inputFile("reference/deflators.csv")
    let populationURL = context.inputFile("reference/population.csv")
    let normaliser = Normaliser(
      baseYear: baseYear, spread: spread,
      deflators: try DeflatorTable.load(from: deflatorsURL, name: DisplayPath.of(deflatorsURL)),
      populations: try PopulationTable.load(
        from: populationURL, name: DisplayPath.of(populationURL), forces: forces))

    let documents = try passDocuments(
      from: previous.appendingPathComponent("documents.csv"),
      to: context.outputFile("documents.csv"), forces: forces)
    let requestsURL = previous.appendingPathComponent("requests.csv")
    do {
      try RequestPassage.copy(
        from: requestsURL, to: context.outputFile("requests.csv"),
        name: DisplayPath.of(requestsURL))
    } catch { throw .records(error) }

    let mentionsURL = previous.appendingPathComponent("mentions.csv")
    let mentionsName = DisplayPath.of(mentionsURL)
    var read = 0
    var flagCounts: [String: Int] = [:]
    do {
      let reader = try CSVReader(url: mentionsURL, name: mentionsName)
      try reader.require(columns: Mention.requiredColumns)
      let writer = try CSVWriter(
        url: context.outputFile("facts.csv"), header: Fact.columns,
        name: DisplayPath.of(context.outputFile("facts.csv")))
      while let record = try reader.next() {
        let mention: Mention
        do {
          mention = try Mention(record: record, file: mentionsName)
        } catch {
          throw NormaliseError.records(error)
        }
        guard let document = documents[mention.document] else {
          throw NormaliseError.unknownDocument(
            mention.document, at: SourcePosition(file: mentionsName, line: record.line))
        }
        let fact = try normaliser.fact(from: mention, in: document)
        for flag in fact.flags { flagCounts[flag, default: 0] += 1 }
        try writer.write(fact.fields)
        read += 1
      }
      try writer.finish()
    } catch let error as NormaliseError {
      throw error
    } catch let error as CSVError {
      throw .records(.csv(error))
    } catch {
      throw .records(.csv(.io("\(error)", file: mentionsName)))
    }
    let notes = flagCounts.sorted { $0.key < $1.key }.map { "\($0.value) facts flagged \($0.key)" }
    return StageSummary(read: read, written: read, notes: notes)
  }

  /// Copies `documents.csv` with each force made canonical, and returns the rows by document.
  func passDocuments(
    from source: URL, to target: URL, forces: ForceTable
  ) throws(NormaliseError) -> [String: DocumentRecord] {
    let name = DisplayPath.of(source)
    var byName: [String: DocumentRecord] = [:]
    var rows: [DocumentRecord] = []
    let records: [CSVRecord]
    do {
      let reader = try CSVReader(url: source, name: name)
      try reader.require(columns: DocumentRecord.columns)
      records = try reader.readAll()
    } catch {
      throw .records(.csv(error))
    }
    for record in records {
      var document: DocumentRecord
      do {
        document = try DocumentRecord(record: record, file: name)
      } catch {
        throw .records(error)
      }
      let force = try Self.canonicalForce(
        of: document, in: forces, at: SourcePosition(file: name, line: record.line))
      document.forceID = force.id
      document.force = force.shortName
      byName[document.document] = document
      rows.append(document)
    }
    do {
      try DocumentRecord.write(rows, to: target)
    } catch {
      throw .records(error)
    }
    return byName
  }

  /// The force a document row names by id or by any alias; `unknown` stays unknown.
  /// - Throws: `NormaliseError.unknownForce` when neither the id nor the name is in the table.
  static func canonicalForce(
    of document: DocumentRecord, in forces: ForceTable, at position: SourcePosition
  ) throws(NormaliseError) -> Force {
    if document.forceID == Force.unknown.id { return .unknown }
    if let force = forces.force(id: document.forceID) ?? forces.force(named: document.forceID) {
      return force
    }
    if let force = forces.force(named: document.force) { return force }
    throw .unknownForce(document.forceID, at: position)
  }
}
