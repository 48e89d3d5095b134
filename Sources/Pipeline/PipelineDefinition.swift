import Aggregate
import Classify
import Foundation
import Ingest
import Normalise
import Records
import Report
import Yams

/// A pipeline file such as `Pipelines/benchmark.yml`: which stages run and their settings.
///
/// The keys are `name`, `title`, `stages`, `compare`, `base_year`, `spread`, `rules` and
/// `vocabulary` (default `Pipelines/vocabulary.yml`); any
/// other key is an error, so that a misspelt setting is never silently ignored.
public struct PipelineDefinition: Sendable, Equatable {
  /// The pipeline's short name.
  public var name: String
  /// The report's title.
  public var title: String
  /// The stages in the order they run.
  public var stages: [String]
  /// The ids of the forces compared side by side in the report.
  public var compare: [String]
  /// The financial year whose prices real-terms pounds are in.
  public var baseYear: FinancialYear
  /// How an amount covering several years is shared among them.
  public var spread: SpreadRule
  /// The classification rules file, relative to the folder forcebench runs in.
  public var rules: String
  /// The topic vocabulary that ingest and classify both read, relative to the same folder.
  public var vocabulary: String = PipelineDefinition.defaultVocabulary
  /// The line of each key, and of each `compare` entry as `compare[i]`, for messages.
  public var lines: [String: Int]

  /// Every stage a pipeline may name, in the only order they can run.
  public static let knownStages = ["ingest", "normalise", "classify", "aggregate", "report"]

  /// Every key a pipeline file may have.
  public static let knownKeys = [
    "name", "title", "stages", "compare", "base_year", "spread", "rules", "vocabulary",
  ]

  /// The vocabulary file when the pipeline names none.
  public static let defaultVocabulary = "Pipelines/vocabulary.yml"

  /// Reads and checks a pipeline file, failing on its first problem.
  /// - Parameters:
  ///   - url: The file.
  ///   - name: The file as the user named it, for messages.
  /// - Throws: `PipelineError.noSuchFile` or `.pipelineFile` naming the line at fault.
  public static func load(from url: URL, name: String) throws(PipelineError) -> PipelineDefinition {
    let parsed = try parse(fileAt: url, name: name)
    if let first = parsed.problems.first { throw first }
    guard let definition = parsed.definition else {
      throw .pipelineFile("the file holds no pipeline", at: SourcePosition(file: name))
    }
    return definition
  }

  /// Reads a pipeline file and gathers every problem it has.
  /// - Throws: `PipelineError.noSuchFile` when the file cannot be read at all.
  static func parse(fileAt url: URL, name: String) throws(PipelineError) -> (
    definition: PipelineDefinition?, problems: [PipelineError]
  ) {
    guard FileManager.default.fileExists(atPath: url.path) else { throw .noSuchFile(name) }
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .io("cannot read the file as UTF-8 text", path: name)
    }
    return parse(text, name: name)
  }

  /// Reads pipeline YAML held in memory and gathers every problem it has.
  static func parse(_ text: String, name: String) -> (
    definition: PipelineDefinition?, problems: [PipelineError]
  ) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      return (nil, [yamlProblem(error, file: name)])
    }
    let fileStart = SourcePosition(file: name, line: 1)
    guard let root, let mapping = root.mapping else {
      return (
        nil, [.pipelineFile("the file must be a mapping of keys such as stages:", at: fileStart)]
      )
    }
    var problems: [PipelineError] = []
    var lines: [String: Int] = [:]
    var values: [String: Node] = [:]
    func at(_ node: Node) -> SourcePosition {
      SourcePosition(file: name, line: node.mark?.line ?? 1)
    }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      guard knownKeys.contains(key) else {
        problems.append(
          .pipelineFile(
            "unknown key '\(key)'; the keys are \(knownKeys.joined(separator: ", "))",
            at: at(keyNode)))
        continue
      }
      lines[key] = keyNode.mark?.line ?? 1
      values[key] = value
    }

    func scalar(_ key: String) -> String? {
      guard let node = values[key] else { return nil }
      guard let text = node.scalar?.string else {
        problems.append(.pipelineFile("\(key) must be a single value", at: at(node)))
        return nil
      }
      return text
    }
    func list(_ key: String) -> [(String, Node)]? {
      guard let node = values[key] else { return nil }
      guard let sequence = node.sequence else {
        problems.append(.pipelineFile("\(key) must be a list such as [a, b]", at: at(node)))
        return nil
      }
      var items: [(String, Node)] = []
      for item in sequence {
        guard let text = item.scalar?.string else {
          problems.append(
            .pipelineFile("each entry of \(key) must be a single value", at: at(item)))
          continue
        }
        items.append((text, item))
      }
      return items
    }

    let pipelineName =
      scalar("name") ?? url(name).deletingPathExtension().lastPathComponent
    let title = scalar("title") ?? pipelineName

    var stages: [String] = []
    if let items = list("stages") {
      for (stage, node) in items {
        guard knownStages.contains(stage) else {
          problems.append(
            .pipelineFile(
              "unknown stage '\(stage)'; the stages are \(knownStages.joined(separator: ", "))",
              at: at(node)))
          continue
        }
        guard !stages.contains(stage) else {
          problems.append(.pipelineFile("the stage '\(stage)' is listed twice", at: at(node)))
          continue
        }
        if let last = stages.last, let lastIndex = knownStages.firstIndex(of: last),
          let index = knownStages.firstIndex(of: stage), index < lastIndex
        {
          problems.append(
            .pipelineFile(
              "the stage '\(stage)' must come before '\(last)'; stages run in the order "
                + knownStages.joined(separator: ", "), at: at(node)))
          continue
        }
        stages.append(stage)
      }
      if items.isEmpty, let node = values["stages"] {
        problems.append(.pipelineFile("stages must name at least one stage", at: at(node)))
      }
    } else if values["stages"] == nil {
      problems.append(
        .pipelineFile(
          "the key 'stages' is missing; for example stages: [\(knownStages.joined(separator: ", "))]",
          at: fileStart))
    }

    var compare: [String] = []
    for (index, item) in (list("compare") ?? []).enumerated() {
      compare.append(item.0)
      lines["compare[\(index)]"] = item.1.mark?.line ?? 1
    }

    var baseYear = FinancialYear(startYear: 2018)
    if let text = scalar("base_year") {
      if let year = FinancialYear(text) {
        baseYear = year
      } else if let node = values["base_year"] {
        problems.append(
          .pipelineFile(
            "base_year '\(text)' is not a financial year such as 2018-19", at: at(node)))
      }
    } else if values["base_year"] == nil,
      stages.contains(where: { ["normalise", "report"].contains($0) })
    {
      problems.append(
        .pipelineFile(
          "the key 'base_year' is missing; for example base_year: 2018-19", at: fileStart))
    }

    var spread = SpreadRule.even
    if let text = scalar("spread") {
      if let rule = SpreadRule(rawValue: text) {
        spread = rule
      } else if let node = values["spread"] {
        let allowed = SpreadRule.allCases.map(\.rawValue).joined(separator: " or ")
        problems.append(.pipelineFile("spread '\(text)' is not \(allowed)", at: at(node)))
      }
    }

    let rules = scalar("rules") ?? ""
    if rules.isEmpty, stages.contains("classify") {
      problems.append(
        .pipelineFile(
          "the key 'rules' is missing; for example rules: Pipelines/rules.yml",
          at: values["rules"].map(at) ?? fileStart))
    }

    var definition = PipelineDefinition(
      name: pipelineName, title: title, stages: stages, compare: compare, baseYear: baseYear,
      spread: spread, rules: rules, lines: lines)
    if let vocabulary = scalar("vocabulary"), !vocabulary.isEmpty {
      definition.vocabulary = vocabulary
    }
    return (definition, problems)
  }

  /// The stages of the pipeline, configured from its settings.
  /// - Parameter workspace: Where relative paths such as `rules` start from.
  public func makeStages(in workspace: Workspace) -> [any Stage] {
    stages.compactMap { name -> (any Stage)? in
      switch name {
      case "ingest": IngestStage(vocabularyFile: workspace.file(vocabulary))
      case "normalise": NormaliseStage(baseYear: baseYear, spread: spread)
      case "classify":
        ClassifyStage(rulesFile: workspace.file(rules), vocabularyFile: workspace.file(vocabulary))
      case "aggregate": AggregateStage()
      case "report": ReportStage(compare: compare, baseYear: baseYear, title: title)
      default: nil
      }
    }
  }

  private static func url(_ name: String) -> URL { URL(fileURLWithPath: name) }

  /// Turns a Yams error into one line naming the line of the file.
  static func yamlProblem(_ error: any Error, file: String) -> PipelineError {
    guard let yaml = error as? YamlError else {
      return .pipelineFile(
        "not readable as YAML (\(PipelineError.oneLine("\(error)")))",
        at: SourcePosition(file: file, line: 1))
    }
    switch yaml {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .pipelineFile(
        "not valid YAML: \(problem) (column \(mark.column))",
        at: SourcePosition(file: file, line: mark.line))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .pipelineFile(
        "the key '\(duplicates.first ?? "")' appears twice",
        at: SourcePosition(file: file, line: context.mark.line))
    default:
      return .pipelineFile(
        "not valid YAML: \(PipelineError.oneLine("\(yaml)"))",
        at: SourcePosition(file: file, line: 1))
    }
  }
}
