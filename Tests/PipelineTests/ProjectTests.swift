import Foundation
import Pipeline
import Testing

@Suite struct ProjectTests {
  func fixture() throws -> TestFolder {
    let folder = try TestFolder()
    try folder.copyFixture("project")
    return folder
  }

  @Test func theFixtureIsValid() throws {
    let folder = try fixture()
    #expect(Project(workspace: folder.workspace).validate().map(\.description) == [])
  }

  @Test func aMissingInputsFolderFailsBeforeAnythingIsWritten() throws {
    let folder = try fixture()
    try folder.write("earlier", to: "Outputs/report/benchmark.md")
    let before = folder.snapshot("Outputs")
    let workspace = Workspace(
      pipeline: "Pipelines/test.yml", inputs: "Elsewhere", outputs: "Outputs", base: folder.url)
    #expect(throws: PipelineError.noInputsFolder("Elsewhere")) {
      try Project(workspace: workspace).run()
    }
    #expect(
      PipelineError.noInputsFolder("Elsewhere").description
        == "Elsewhere: no such folder; `forcebench init` makes a study folder with one")
    #expect(folder.snapshot("Outputs") == before)
    #expect(folder.list("Outputs") == ["report"])
  }

  @Test func anUnterminatedQuoteInForcesFailsBeforeAnythingIsWritten() throws {
    let folder = try fixture()
    try folder.write(
      """
      force_id,name,aliases,region,country,ons_code,website_domain,type,short_name
      leicestershire,Leicestershire Police,LLR,East Midlands,England,E23000021,x,territorial,Leicestershire
      west-midlands,"West Midlands Police,WMP,West Midlands,England,E23000014,x,territorial,West Midlands

      """, to: "Inputs/reference/forces.csv")
    try folder.write("earlier", to: "Outputs/report/benchmark.md")
    let before = folder.snapshot("Outputs")
    #expect {
      try Project(workspace: folder.workspace).run()
    } throws: { error in
      (error as? PipelineError)?.description
        == "Inputs/reference/forces.csv:3: a quoted field is never closed (unterminated quote)"
    }
    #expect(folder.snapshot("Outputs") == before)
    #expect(folder.list("Outputs") == ["report"])
  }

  @Test func aMissingForcesFileIsNamed() throws {
    let folder = try fixture()
    try FileManager.default.removeItem(
      at: folder.url.appendingPathComponent("Inputs/reference/forces.csv"))
    #expect(
      throws: PipelineError.invalidInput(
        ValidationProblem(PipelineError.noSuchFile("Inputs/reference/forces.csv")), more: 0)
    ) {
      try Project(workspace: folder.workspace).run()
    }
  }

  @Test func validateListsEveryProblemWithItsLine() throws {
    let folder = try fixture()
    try folder.write(
      """
      name: test
      stages: [ingest, normalise, classify, report]
      compare: [leicestershire, devon]
      base_year: 2025-26
      rules: Pipelines/missing.yml

      """, to: "Pipelines/test.yml")
    try folder.write(
      "force_id,year,population,source_id\nleicestershire,2011,1031634,ons\nkent,20x1,-5,ons\n",
      to: "Inputs/reference/population.csv")
    try folder.write(
      "financial_year,index,source_id\n2018-19,100.000,hmt\n2018/20,abc,hmt\n2018-19,100,hmt\n",
      to: "Inputs/reference/deflators.csv")
    try folder.write("fact_id,value\n", to: "Inputs/overrides.csv")
    try folder.write("a,b\n1,\"2\n", to: "Inputs/coded/wmp.csv")
    let problems = Project(workspace: folder.workspace).validate().map(\.description)
    #expect(
      problems == [
        "Inputs/reference/population.csv:3: force_id 'kent' is not in forces.csv",
        "Inputs/reference/population.csv:3: year '20x1' is not a year such as 2011",
        "Inputs/reference/population.csv:3: population '-5' is not a whole number above zero",
        "Inputs/reference/deflators.csv:3: financial_year '2018/20' is not a financial year such as 2018-19",
        "Inputs/reference/deflators.csv:3: index 'abc' is not a number above zero",
        "Inputs/reference/deflators.csv:4: financial_year '2018-19' is on an earlier row too",
        "Inputs/overrides.csv:1: the header has no column 'field'",
        // The coded file is read by ingest's own reader, which wants its columns first.
        "Inputs/coded/wmp.csv:1: the header has no column 'kind'",
        "Pipelines/test.yml:3: compare names 'devon', which is not a force_id in Inputs/reference/forces.csv",
        "Pipelines/test.yml:4: base_year 2025-26 has no deflator in Inputs/reference/deflators.csv",
        "Pipelines/test.yml:5: rules file Pipelines/missing.yml does not exist",
      ])
  }

  @Test func validateUsesTheStagesOwnReaders() throws {
    let folder = try fixture()
    try folder.write(
      "fact_id,field,value,reason,date\nx#1-2,colour,red,why,2026-11-26\n",
      to: "Inputs/overrides.csv")
    try folder.write("force_id,kind,quote\nwest-midlands,money,x\n", to: "Inputs/coded/wmp.csv")
    try folder.write(
      "rules:\n  - id: r\n    description: d\n    class: huge\n    kind: statement\n",
      to: "Pipelines/rules.yml")
    let problems = Project(workspace: folder.workspace).validate().map(\.description)
    #expect(
      problems == [
        "Inputs/overrides.csv:2: 'colour' is not a field an override can change "
          + "(one of classification, staff_count, staff_basis)",
        "Inputs/coded/wmp.csv:2: 'money' in column 'kind' is not one of funding, staff, statement",
        "Pipelines/rules.yml:4: 'huge' is not a class (one of dedicated, shared, absorbed, "
          + "adjacent, none, withheld)",
      ])
  }

  @Test func validateReportsAMissingInputsFolderAndPipelineFile() throws {
    let folder = try TestFolder()
    let problems = Project(workspace: folder.workspace).validate().map(\.description)
    #expect(
      problems == [
        "Pipelines/test.yml: no such file",
        "Inputs: no such folder; `forcebench init` makes a study folder with one",
      ])
  }

  @Test func statusBeforeAnyRunSaysNeverRun() throws {
    let folder = try fixture()
    let statuses = try Project(workspace: folder.workspace).status()
    #expect(
      statuses.map(\.description) == PipelineDefinition.knownStages.map { "\($0): never run" })
  }
}
