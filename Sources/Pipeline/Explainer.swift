import CSV
import Classify
import Foundation
import Records
import Topics

/// `forcebench explain`: everything behind one fact or set-aside mention, as plain text.
///
/// An analyst checking a figure of the report should not have to open five CSV files and the
/// rules side by side, so this gathers the fact's document, its words, why ingest took it, the
/// rule or override that classed it and whether it repeats another fact. It reads what the last
/// run wrote under `Outputs/`, the rules and `Inputs/overrides.csv`, and writes nothing.
public struct Explainer: Sendable {
  /// The folders and pipeline file to read.
  public let workspace: Workspace

  /// The most fact ids an unknown id's message suggests.
  static let suggestionLimit = 5

  public init(workspace: Workspace) { self.workspace = workspace }

  /// The explanation of a fact (`fact_id`) or a set-aside mention (`set_aside_id`), one
  /// `label: value` line each, without a final line break.
  /// - Throws: `PipelineError.noFacts` when no run has written facts yet, `.unknownID` (with
  ///   fact ids of the same document) when nothing has the id, or the problem of a file read.
  public func explain(_ id: String) throws(PipelineError) -> String {
    let factFiles = [
      workspace.reportFolder.appendingPathComponent("facts.csv"),
      workspace.stageFolder("classify").appendingPathComponent("facts.csv"),
    ]
    let stem = Self.documentStem(of: id)
    var suggestions: [String] = []
    // The report's copy first: it is the one whose figures the analyst is checking, and only
    // it knows repeats. Classify's is newer when a run stopped before the report.
    for url in factFiles where exists(url) {
      var found: (fact: Fact, line: Int)?
      try rows(of: Fact.self, in: url) { fact, line in
        if fact.id == id {
          found = (fact, line)
          return false
        }
        if !stem.isEmpty, suggestions.count < Self.suggestionLimit,
          Self.belongs(fact.id, toStem: stem), !suggestions.contains(fact.id)
        {
          suggestions.append(fact.id)
        }
        return true
      }
      if let found {
        return try describe(found.fact, line: found.line, from: url, report: url == factFiles[0])
      }
    }
    let setAsideFile = workspace.stageFolder("ingest").appendingPathComponent("set_aside.csv")
    if exists(setAsideFile) {
      var found: (mention: SetAsideMention, line: Int)?
      try rows(of: SetAsideMention.self, in: setAsideFile) { mention, line in
        guard mention.id == id else { return true }
        found = (mention, line)
        return false
      }
      if let found { return try describe(found.mention, line: found.line, from: setAsideFile) }
    }
    guard factFiles.contains(where: exists) else {
      throw .noFacts(
        report: workspace.display(factFiles[0]), classify: workspace.display(factFiles[1]))
    }
    throw .unknownID(id, suggestions: suggestions)
  }

  // MARK: - Facts

  private func describe(
    _ fact: Fact, line: Int, from file: URL, report: Bool
  ) throws(PipelineError) -> String {
    let definition = try PipelineDefinition.load(
      from: workspace.pipelineFile, name: workspace.display(workspace.pipelineFile))
    var out = ["fact: \(fact.id) (\(workspace.display(file)) line \(line))"]
    let record = try document(named: fact.document)
    out += documentLines(
      record
        ?? DocumentRecord(
          document: fact.document, forceID: fact.forceID, force: fact.force,
          date: fact.documentDate, type: fact.documentType, encoding: "", characters: 0))
    out.append("quote: \(Self.quoted(fact.quote))")
    out.append("sentence: \(fact.context.isEmpty ? "none recorded" : Self.quoted(fact.context))")
    out.append("kind: \(fact.kind.rawValue)")
    out += figureLines(fact, baseYear: definition.baseYear)
    if !fact.cues.isEmpty { out.append("cues: \(fact.cues.sorted().joined(separator: ", "))") }
    if !fact.sections.isEmpty {
      out.append("FOI sections: \(fact.sections.joined(separator: ", "))")
    }
    if !fact.flags.isEmpty { out.append("flags: \(fact.flags.joined(separator: ", "))") }
    out.append("taken because: \(try whyTaken(fact))")
    out.append("class: \(fact.resourceClass?.rawValue ?? "none yet (classify has not run)")")
    out += try classLines(fact, definition: definition)
    if !report {
      out.append("repeat of: not known (aggregate finds repeats; run forcebench run to have it)")
    } else if !fact.repeatOf.isEmpty {
      var earlier: String?
      try rows(of: Fact.self, in: file) { other, _ in
        guard other.id == fact.repeatOf else { return true }
        earlier = other.document
        return false
      }
      out.append(
        "repeat of: \(fact.repeatOf)\(earlier.map { " (in \($0))" } ?? ""), the same resource "
          + "mentioned before; this fact is not counted again")
    }
    return out.joined(separator: "\n")
  }

  /// The money, people and years of a fact, as the analyst compares them with the report.
  private func figureLines(_ fact: Fact, baseYear: FinancialYear) -> [String] {
    var out: [String] = []
    if let amount = fact.amount {
      var text = Self.pounds(amount)
      if let high = fact.amountHigh { text += " to \(Self.pounds(high))" }
      if let qualifier = fact.qualifier { text += " (\(qualifier.rawValue))" }
      if fact.perAnnum { text += ", per annum" }
      out.append("amount: \(text)")
    } else if fact.kind == .funding {
      out.append("amount: none given")
    }
    if fact.kind == .staff || fact.staffCount != nil || fact.staffBasis != nil {
      let count = fact.staffCount.map { PlainNumber.count($0) } ?? "number not given"
      out.append("staff: \(count)\(fact.staffBasis.map { ", \($0.rawValue)" } ?? "")")
    }
    if !fact.role.isEmpty { out.append("role: \(fact.role)") }
    if fact.financialYears.isEmpty {
      out.append(
        "financial years: none given"
          + (fact.priceYear.map { "; its pounds are taken to be at \($0) prices" } ?? ""))
    } else {
      out.append(
        "financial years: \(fact.financialYears.map(\.description).joined(separator: ", "))")
    }
    out.append("period: \(fact.periodText.isEmpty ? "none given" : Self.quoted(fact.periodText))")
    if let real = fact.realAmount {
      out.append("real terms: \(Self.pounds(real)) at \(baseYear) prices")
    }
    if let per100k = fact.per100k {
      out.append(
        "per 100,000 residents: \(Self.pounds(per100k))"
          + (fact.populationYear.map { " (population of \($0))" } ?? ""))
    }
    return out
  }

  /// Why ingest took the fact's mention, from the `evidence` column of its `mentions.csv`.
  private func whyTaken(_ fact: Fact) throws(PipelineError) -> String {
    if fact.origin.hasPrefix("coded:") {
      // `coded:<file>:<line>`: the analyst's own row is the reason.
      let place = fact.origin.dropFirst("coded:".count)
      let cut = place.lastIndex(of: ":") ?? place.endIndex
      let file = workspace.display(
        workspace.inputs.appendingPathComponent("coded").appendingPathComponent(
          String(place[..<cut])))
      let line = cut < place.endIndex ? " line \(place[place.index(after: cut)...])" : ""
      return "coded by hand in \(file)\(line)"
    }
    let url = workspace.stageFolder("ingest").appendingPathComponent("mentions.csv")
    let name = workspace.display(url)
    guard exists(url) else { return "not recorded (\(name): no such file)" }
    var evidence: String?
    // The evidence column is newer than some outputs, so only the older columns are required.
    let header = try rows(of: Mention.self, in: url, required: Mention.requiredColumns) {
      mention, _ in
      guard mention.id == fact.id else { return true }
      evidence = mention.evidence
      return false
    }
    guard header.position(of: "evidence") != nil else {
      return "not recorded (\(name) has no evidence column: an older forcebench wrote it; "
        + "run forcebench run to record it)"
    }
    guard let evidence else { return "not recorded (\(name) has no mention with this id)" }
    return evidence.isEmpty ? "not recorded" : evidence
  }

  /// The rule that classed the fact with its description, and every override of the fact.
  private func classLines(
    _ fact: Fact, definition: PipelineDefinition
  ) throws(PipelineError) -> [String] {
    let overridesFile = workspace.inputs.appendingPathComponent("overrides.csv")
    let overridesName = workspace.display(overridesFile)
    // Read as classify reads it, so a row classify would refuse is not explained as used.
    let book: OverrideBook
    do {
      book = try OverrideBook.load(from: overridesFile, name: overridesName)
    } catch {
      throw .invalidInput(ValidationProblem(oneLine: error.description), more: 0)
    }
    let overrides = book.byFact[fact.id] ?? []
    var out: [String] = []
    if fact.rule.isEmpty {
      out.append("rule: none yet (classify has not run)")
    } else if fact.rule.hasPrefix("override:") {
      out.append("rule: \(fact.rule), set by \(overridesName)")
      if !overrides.contains(where: { $0.field == .classification }) {
        out.append(
          "override: \(overridesName) no longer overrides this fact's classification; "
            + "run forcebench run again")
      }
    } else {
      let rulesFile = workspace.file(definition.rules)
      let rulesName = workspace.display(rulesFile)
      if let rule = try ruleBook(definition).rules.first(where: { $0.id == fact.rule }) {
        out.append("rule: \(rule.id) (\(rulesName) line \(rule.line)): \(rule.summary)")
      } else {
        out.append(
          "rule: \(fact.rule), which \(rulesName) no longer has (it changed after the run; "
            + "run forcebench run again)")
      }
    }
    for override in overrides {
      out.append(
        "override: \(override.position): fact_id \(override.factID), field "
          + "\(override.field.rawValue), value \(override.value.isEmpty ? "(empty)" : override.value), "
          + "reason \(Self.quoted(override.reason)), date \(override.date)")
    }
    return out
  }

  /// The pipeline's rules, read as classify reads them: with the topic vocabulary's term lists.
  private func ruleBook(_ definition: PipelineDefinition) throws(PipelineError) -> RuleBook {
    let vocabularyFile = workspace.file(definition.vocabulary)
    let rulesFile = workspace.file(definition.rules)
    let vocabulary: TopicVocabulary
    do {
      vocabulary = try TopicVocabulary.load(
        from: vocabularyFile, name: workspace.display(vocabularyFile))
    } catch {
      throw .invalidInput(ValidationProblem(oneLine: error.description), more: 0)
    }
    do {
      return try RuleBook.load(
        from: rulesFile, name: workspace.display(rulesFile), vocabulary: vocabulary)
    } catch {
      throw .invalidInput(ValidationProblem(oneLine: error.description), more: 0)
    }
  }

  // MARK: - Set-aside mentions

  private func describe(
    _ mention: SetAsideMention, line: Int, from file: URL
  ) throws(PipelineError) -> String {
    var out = ["set-aside mention: \(mention.id) (\(workspace.display(file)) line \(line))"]
    if let record = try document(named: mention.document) {
      out += documentLines(record)
    } else {
      out.append("document: \(mention.document)")
    }
    out.append("words: \(Self.quoted(mention.quote))")
    out.append(
      "sentence: \(mention.context.isEmpty ? "none recorded" : Self.quoted(mention.context))")
    out.append("not counted: \(mention.reason)")
    return out.joined(separator: "\n")
  }

  // MARK: - Documents

  /// What ingest found about a document, or `nil` when its `documents.csv` is missing or
  /// lacks it.
  private func document(named name: String) throws(PipelineError) -> DocumentRecord? {
    let url = workspace.stageFolder("ingest").appendingPathComponent("documents.csv")
    guard exists(url) else { return nil }
    var found: DocumentRecord?
    try rows(of: DocumentRecord.self, in: url) { record, _ in
      guard record.document == name else { return true }
      found = record
      return false
    }
    return found
  }

  private func documentLines(_ record: DocumentRecord) -> [String] {
    var out = [
      "document: \(record.document)",
      "force: \(record.force) (\(record.forceID))",
      "type: \(record.type.rawValue)",
      "date: \(record.date?.description ?? "none found")",
    ]
    if !record.flags.isEmpty {
      out.append("document flags: \(record.flags.joined(separator: ", "))")
    }
    return out
  }

  // MARK: - Reading

  /// Reads a stage file one row at a time, handing each row and its line to `visit` until it
  /// returns `false`, so that a large file is never held whole.
  /// - Returns: The file's header, for columns that older outputs may lack.
  @discardableResult
  private func rows<Row: TableRow>(
    of type: Row.Type, in url: URL, required: [String] = Row.columns,
    _ visit: (Row, Int) -> Bool
  ) throws(PipelineError) -> CSVHeader {
    let name = workspace.display(url)
    let reader: CSVReader
    do {
      reader = try CSVReader(url: url, name: name)
      try reader.require(columns: required)
    } catch {
      throw .csv(error)
    }
    while true {
      let record: CSVRecord?
      do { record = try reader.next() } catch { throw .csv(error) }
      guard let record else { break }
      let row: Row
      do { row = try Row(record: record, file: name) } catch { throw .record(error) }
      guard visit(row, record.line) else { break }
    }
    return reader.header
  }

  private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

  // MARK: - Text

  /// The document part of an id (`west-midlands-2017-foi` of `west-midlands-2017-foi#0-63`).
  static func documentStem(of id: String) -> String {
    String(id.prefix { $0 != "#" })
  }

  /// Whether a fact id is of the document `stem` names; the stem may carry the file's
  /// extension, since an analyst may type the file name.
  static func belongs(_ factID: String, toStem stem: String) -> Bool {
    let own = documentStem(of: factID)
    return own == stem || own == (stem as NSString).deletingPathExtension
  }

  /// Text in double quotes on one line, so that each label keeps to one line of output.
  static func quoted(_ text: String) -> String { "\"\(PipelineError.oneLine(text))\"" }

  /// Pounds with thousands separators, and pence only when there are any: `£19,250`,
  /// `£19,615.04`.
  static func pounds(_ value: Decimal) -> String {
    let plain = PlainNumber.text(value)
    var whole = Substring(plain)
    var sign = ""
    if whole.hasPrefix("-") {
      sign = "-"
      whole = whole.dropFirst()
    }
    var pence = ""
    if let dot = whole.firstIndex(of: ".") {
      pence =
        "." + whole[whole.index(after: dot)...].padding(toLength: 2, withPad: "0", startingAt: 0)
      whole = whole[..<dot]
    }
    var grouped = ""
    for (index, digit) in whole.enumerated() {
      if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return "\(sign)£\(grouped)\(pence)"
  }
}

extension Override {
  /// The field of `overrides.csv` the override changes.
  fileprivate var field: OverrideField {
    switch change {
    case .classification: .classification
    case .staffCount: .staffCount
    case .staffBasis: .staffBasis
    }
  }

  /// The `value` of the override's row, as the file spells it.
  fileprivate var value: String {
    switch change {
    case .classification(let resourceClass): resourceClass.rawValue
    case .staffCount(let count): PlainNumber.count(count)
    case .staffBasis(let basis): basis?.rawValue ?? ""
    }
  }
}
