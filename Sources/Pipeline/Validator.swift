import CSV
import Classify
import Foundation
import Ingest
import Records
import Topics

/// Checks the pipeline file and every input file it can, gathering each problem as one line.
///
/// `forcebench validate` prints them all; `forcebench run` checks the same before any stage
/// writes and stops at the first, so a broken reference table never half-updates `Outputs/`.
public struct Validator: Sendable {
  /// The files to check.
  public let workspace: Workspace

  /// Makes a validator.
  public init(workspace: Workspace) { self.workspace = workspace }

  /// Every problem found, in the order the files are checked.
  public func problems() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    var definition: PipelineDefinition?
    do {
      let parsed = try PipelineDefinition.parse(
        fileAt: workspace.pipelineFile, name: workspace.display(workspace.pipelineFile))
      problems += parsed.problems.map(ValidationProblem.init)
      definition = parsed.definition
    } catch {
      problems.append(ValidationProblem(error))
    }
    problems += inputProblems(for: definition)
    return problems
  }

  /// The problems of the input files, checked against the pipeline's settings when it has them.
  public func inputProblems(for definition: PipelineDefinition?) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: workspace.inputs.path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      return [ValidationProblem(.noInputsFolder(workspace.display(workspace.inputs)))]
    }
    let reference = workspace.inputs.appendingPathComponent("reference")

    var forces: ForceTable?
    let forcesURL = reference.appendingPathComponent("forces.csv")
    if !exists(forcesURL) {
      problems.append(ValidationProblem(.noSuchFile(workspace.display(forcesURL))))
    } else {
      do {
        forces = try ForceTable.load(from: forcesURL, name: workspace.display(forcesURL))
      } catch {
        problems.append(ValidationProblem(error))
      }
    }

    problems += checkTable(
      reference.appendingPathComponent("population.csv"), required: true,
      columns: ["force_id", "year", "population"]
    ) { record, at in
      var found: [String] = []
      let id = record["force_id"] ?? ""
      if let forces, forces.force(id: id) == nil {
        found.append("\(at): force_id '\(id)' is not in forces.csv")
      }
      if let year = record["year"], Int(year) == nil || year.count != 4 {
        found.append("\(at): year '\(year)' is not a year such as 2011")
      }
      if let people = record["population"], (Int(people) ?? 0) <= 0 {
        found.append("\(at): population '\(people)' is not a whole number above zero")
      }
      return found
    }

    var deflatorYears: Set<FinancialYear> = []
    let deflators = reference.appendingPathComponent("deflators.csv")
    problems += checkTable(deflators, required: true, columns: ["financial_year", "index"]) {
      record, at in
      var found: [String] = []
      let text = record["financial_year"] ?? ""
      if let year = FinancialYear(text) {
        if !deflatorYears.insert(year).inserted {
          found.append("\(at): financial_year '\(text)' is on an earlier row too")
        }
      } else {
        found.append("\(at): financial_year '\(text)' is not a financial year such as 2018-19")
      }
      // An empty index is a year whose deflator could not be verified; normalise flags it.
      let index = record["index"] ?? ""
      if !index.isEmpty, Double(index).map({ $0 > 0 }) != true {
        found.append("\(at): index '\(index)' is not a number above zero")
      }
      return found
    }

    // Overrides and hand-coded facts are checked by the stages' own readers, so validate and
    // a run never disagree about what is wrong.
    let overrides = workspace.inputs.appendingPathComponent("overrides.csv")
    do {
      _ = try OverrideBook.load(from: overrides, name: workspace.display(overrides))
    } catch {
      problems.append(ValidationProblem(oneLine: error.description))
    }

    let coded = workspace.inputs.appendingPathComponent("coded")
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: coded.path)) ?? []).sorted()
    where name.lowercased().hasSuffix(".csv") {
      let url = coded.appendingPathComponent(name)
      if let forces {
        do {
          try IngestStage.checkCodedFile(at: url, display: workspace.display(url), forces: forces)
        } catch {
          problems.append(ValidationProblem(oneLine: error.description))
        }
      } else {
        problems += checkTable(url, required: true, columns: []) { _, _ in [] }
      }
    }

    let documents = workspace.inputs.appendingPathComponent("documents")
    if !exists(documents) {
      problems.append(ValidationProblem(.noSuchFolder(workspace.display(documents))))
    } else if (try? FileManager.default.contentsOfDirectory(atPath: documents.path)) == nil {
      problems.append(
        ValidationProblem(.io("cannot list the folder", path: workspace.display(documents))))
    }

    if let definition {
      problems += settingProblems(definition, forces: forces, years: deflatorYears)
    }
    return problems
  }

  /// Checks the pipeline's settings against the reference tables and the rules file.
  private func settingProblems(
    _ definition: PipelineDefinition, forces: ForceTable?, years: Set<FinancialYear>
  ) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    let file = workspace.display(workspace.pipelineFile)
    func at(_ key: String) -> SourcePosition {
      SourcePosition(file: file, line: definition.lines[key] ?? 1)
    }
    if let forces {
      for (index, id) in definition.compare.enumerated() where forces.force(id: id) == nil {
        problems.append(
          ValidationProblem(
            "compare names '\(id)', which is not a force_id in "
              + "\(workspace.display(workspace.inputs))/reference/forces.csv",
            at: at("compare[\(index)]")))
      }
    }
    if !years.isEmpty, definition.stages.contains("normalise"),
      !years.contains(definition.baseYear), definition.lines["base_year"] != nil
    {
      problems.append(
        ValidationProblem(
          "base_year \(definition.baseYear) has no deflator in "
            + "\(workspace.display(workspace.inputs))/reference/deflators.csv",
          at: at("base_year")))
    }
    var vocabulary: TopicVocabulary?
    if definition.stages.contains("ingest") || definition.stages.contains("classify") {
      let url = workspace.file(definition.vocabulary)
      if !exists(url) {
        problems.append(
          ValidationProblem(
            "vocabulary file \(definition.vocabulary) does not exist", at: at("vocabulary")))
        vocabulary = TopicVocabulary(msht: [], adjacentAreas: [], exploitation: [])
      } else {
        do {
          vocabulary = try TopicVocabulary.load(from: url, name: workspace.display(url))
        } catch {
          problems.append(ValidationProblem(oneLine: error.description))
          // Empty lists in its place, so the rules are still checked on their own.
          vocabulary = TopicVocabulary(msht: [], adjacentAreas: [], exploitation: [])
        }
      }
    }
    if definition.stages.contains("classify"), !definition.rules.isEmpty {
      let rules = workspace.file(definition.rules)
      if !exists(rules) {
        problems.append(
          ValidationProblem("rules file \(definition.rules) does not exist", at: at("rules")))
      } else {
        do {
          _ = try RuleBook.load(
            from: rules, name: workspace.display(rules), vocabulary: vocabulary)
        } catch {
          problems.append(ValidationProblem(oneLine: error.description))
        }
      }
    }
    return problems
  }

  /// Reads a CSV file to the end, checking its header and each row; stops at a syntax error.
  private func checkTable(
    _ url: URL, required: Bool, columns: [String],
    row check: (CSVRecord, SourcePosition) -> [String]
  ) -> [ValidationProblem] {
    let name = workspace.display(url)
    guard exists(url) else {
      return required ? [ValidationProblem(.noSuchFile(name))] : []
    }
    var problems: [ValidationProblem] = []
    do {
      let reader = try CSVReader(url: url, name: name)
      for column in columns where reader.header.position(of: column) == nil {
        problems.append(ValidationProblem(CSVError.missingColumn(column, file: name)))
      }
      guard problems.isEmpty else { return problems }
      while let record = try reader.next() {
        problems += check(record, SourcePosition(file: name, line: record.line)).map {
          ValidationProblem(line: $0)
        }
      }
    } catch {
      problems.append(ValidationProblem(error))
    }
    return problems
  }

  private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}

extension ValidationProblem {
  /// A problem already spelled as `file:line: what is wrong`.
  init(line: String) { description = line }
}
