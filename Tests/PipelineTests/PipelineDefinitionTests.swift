import Foundation
import Pipeline
import Records
import Testing

@Suite struct PipelineDefinitionTests {
  let fixture = """
    name: test
    title: "Test benchmark"
    stages: [ingest, normalise, classify, aggregate, report]
    compare: [leicestershire, west-midlands]
    base_year: 2018-19
    spread: even
    rules: Pipelines/rules.yml

    """

  func load(_ text: String) throws(PipelineError) -> PipelineDefinition {
    let folder: TestFolder
    do {
      folder = try TestFolder()
      try folder.write(text, to: "p.yml")
    } catch {
      throw .io("cannot write the fixture", path: "p.yml")
    }
    return try PipelineDefinition.load(
      from: folder.url.appendingPathComponent("p.yml"), name: "Pipelines/p.yml")
  }

  @Test func readsEveryKey() throws {
    let definition = try load(fixture)
    #expect(definition.name == "test")
    #expect(definition.title == "Test benchmark")
    #expect(definition.stages == PipelineDefinition.knownStages)
    #expect(definition.compare == ["leicestershire", "west-midlands"])
    #expect(definition.baseYear == FinancialYear(startYear: 2018))
    #expect(definition.rules == "Pipelines/rules.yml")
    #expect(definition.lines["compare[1]"] == 4)
  }

  @Test func buildsTheStagesInOrder() throws {
    let definition = try load(fixture)
    let stages = definition.makeStages(in: Workspace(base: URL(fileURLWithPath: "/tmp")))
    #expect(stages.map { type(of: $0).name } == PipelineDefinition.knownStages)
    #expect(stages[1].parameters["base_year"] == "2018-19")
  }

  @Test(arguments: [
    (
      "colour", "colour: blue\n",
      "Pipelines/p.yml:8: unknown key 'colour'; the keys are name, title, stages, compare, base_year, spread, rules, vocabulary"
    ),
    (
      "base_year: 2018-19", "base_year: 2018-20",
      "Pipelines/p.yml:5: base_year '2018-20' is not a financial year such as 2018-19"
    ),
    (
      "spread: even", "spread: thin",
      "Pipelines/p.yml:6: spread 'thin' is not even or first"
    ),
    (
      "aggregate, report]", "aggregate, reprot]",
      "Pipelines/p.yml:3: unknown stage 'reprot'; the stages are ingest, normalise, classify, aggregate, report"
    ),
    (
      "[ingest, normalise,", "[normalise, ingest,",
      "Pipelines/p.yml:3: the stage 'ingest' must come before 'normalise'; stages run in the order ingest, normalise, classify, aggregate, report"
    ),
    (
      "title: \"Test benchmark\"", "title: \"Test benchmark",
      // libyaml reports an unclosed quote at the end of the file.
      "Pipelines/p.yml:8: not valid YAML: found unexpected end of stream (column 1)"
    ),
    (
      "rules: Pipelines/rules.yml", "",
      "Pipelines/p.yml:1: the key 'rules' is missing; for example rules: Pipelines/rules.yml"
    ),
  ])
  func problemsNameTheLine(replacing: String, with: String, message: String) {
    let text =
      replacing == "colour"
      ? fixture + with : fixture.replacingOccurrences(of: replacing, with: with)
    #expect {
      _ = try load(text)
    } throws: { error in
      (error as? PipelineError)?.description == message
    }
  }

  @Test func aMissingFileIsOneLine() {
    #expect(throws: PipelineError.noSuchFile("Pipelines/none.yml")) {
      try PipelineDefinition.load(
        from: URL(fileURLWithPath: "/nonexistent/none.yml"), name: "Pipelines/none.yml")
    }
  }
}
