import CSV
import Foundation
import Records
import Topics

/// Gives every fact one class from the analyst's rules, then applies `Inputs/overrides.csv`.
///
/// Reads normalise's `facts.csv` one row at a time and writes it with `classification` and
/// `rule` filled; `documents.csv` and `requests.csv` pass through. A fact that no rule matches
/// and no override classifies stops the run: the shipped rules end with visible catch-alls.
public struct ClassifyStage: Stage {
  public static let name = "classify"
  public static let version = 2

  /// The YAML rules file (`Pipelines/rules.yml`).
  public var rulesFile: URL
  /// The topic words (`Pipelines/vocabulary.yml`), the rules' `@msht` and `@adjacent_areas`.
  public var vocabularyFile: URL?

  public init(rulesFile: URL, vocabularyFile: URL? = nil) {
    self.rulesFile = rulesFile
    self.vocabularyFile = vocabularyFile
  }

  public var parameters: [String: String] { [:] }

  public func inputFiles(in context: StageContext) -> [URL] {
    [rulesFile, context.inputFile("overrides.csv")] + (vocabularyFile.map { [$0] } ?? [])
  }

  public func run(in context: StageContext) throws(ClassifyError) -> StageSummary {
    guard let previous = context.previous else { throw .missingPreviousStage }
    var vocabulary: TopicVocabulary?
    if let vocabularyFile {
      do {
        vocabulary = try TopicVocabulary.load(
          from: vocabularyFile, name: DisplayPath.of(vocabularyFile))
      } catch {
        throw .vocabulary(error)
      }
    }
    let book = try RuleBook.load(
      from: rulesFile, name: DisplayPath.of(rulesFile), vocabulary: vocabulary)
    let overridesURL = context.inputFile("overrides.csv")
    var overrides = try OverrideBook.load(from: overridesURL, name: DisplayPath.of(overridesURL))

    try pass(DocumentRecord.self, named: "documents.csv", from: previous, to: context.output)
    try pass(RequestPassage.self, named: "requests.csv", from: previous, to: context.output)

    let factsURL = previous.appendingPathComponent("facts.csv")
    let factsName = DisplayPath.of(factsURL)
    var read = 0
    var byClass: [ResourceClass: Int] = [:]
    var overridden = 0
    do {
      let reader = try CSVReader(url: factsURL, name: factsName)
      try reader.require(columns: Fact.columns)
      let output = context.outputFile("facts.csv")
      let writer = try CSVWriter(url: output, header: Fact.columns, name: DisplayPath.of(output))
      while let record = try reader.next() {
        let fact: Fact
        do {
          fact = try Fact(record: record, file: factsName)
        } catch {
          throw ClassifyError.records(error)
        }
        var (classified, fromOverride) = overrides.take(for: fact)
        if fromOverride {
          overridden += 1
        } else {
          guard let rule = book.firstMatch(for: classified) else {
            throw ClassifyError.noRuleMatched(
              factID: fact.id, document: fact.document, quote: fact.quote)
          }
          classified.resourceClass = rule.resourceClass
          classified.rule = rule.id
        }
        if let resourceClass = classified.resourceClass { byClass[resourceClass, default: 0] += 1 }
        try writer.write(classified.fields)
        read += 1
      }
      if let unused = overrides.firstUnused {
        throw ClassifyError.unknownOverrideFact(unused.factID, at: unused.position)
      }
      try writer.finish()
    } catch let error as ClassifyError {
      throw error
    } catch let error as CSVError {
      throw .records(.csv(error))
    } catch {
      throw .records(.csv(.io("\(error)", file: factsName)))
    }
    var notes = ResourceClass.allCases.compactMap { resourceClass in
      byClass[resourceClass].map { "\($0) facts \(resourceClass.rawValue)" }
    }
    if overridden > 0 { notes.append("\(overridden) classes from overrides") }
    return StageSummary(read: read, written: read, notes: notes)
  }

  /// Copies a file this stage passes on unchanged, checking every row.
  func pass<Row: TableRow>(
    _ type: Row.Type, named file: String, from previous: URL, to output: URL
  ) throws(ClassifyError) {
    let source = previous.appendingPathComponent(file)
    do {
      try Row.copy(
        from: source, to: output.appendingPathComponent(file), name: DisplayPath.of(source))
    } catch { throw .records(error) }
  }
}
