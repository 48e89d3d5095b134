import Foundation
import Testing

@testable import Report

/// The `frictionless` command: `$FRICTIONLESS`, else `.venv/bin/` of the package (where
/// `.ci/run` installs it), else the first one on `PATH`.
enum Frictionless {
  static let executable: URL? = checkingTools(
    named: "FRICTIONLESS", venv: "frictionless", onPath: "frictionless"
  ).first
}

@Suite struct DataPackageTests {
  @Test func describesEveryCSVWithKeysAndEnums() throws {
    let run = try ReportRun()
    let json = try JSONSerialization.jsonObject(with: run.data("datapackage.json"))
    let package = try #require(json as? [String: Any])
    let resources = try #require(package["resources"] as? [[String: Any]])
    #expect(
      resources.compactMap { $0["path"] as? String } == [
        "facts.csv", "force_year.csv", "force_summary.csv", "documents.csv",
      ])
    let keys = resources.compactMap { ($0["schema"] as? [String: Any])?["primaryKey"] as? [String] }
    #expect(keys == [["fact_id"], ["force_id", "financial_year"], ["force_id"], ["document"]])
    let facts = try #require(resources.first?["schema"] as? [String: Any])
    let fields = try #require(facts["fields"] as? [[String: Any]])
    let kind = try #require(fields.first { $0["name"] as? String == "kind" })
    let constraints = try #require(kind["constraints"] as? [String: Any])
    #expect(constraints["enum"] as? [String] == ["funding", "staff", "statement"])
    #expect(fields.allSatisfy { ($0["description"] as? String)?.isEmpty == false })
  }

  @Test(
    .enabled(
      if: Frictionless.executable != nil,
      "frictionless is not installed; set FRICTIONLESS, create .venv (see README) or put it on PATH"
    ))
  func validatesWithFrictionless() throws {
    let run = try ReportRun()
    let tool = try #require(Frictionless.executable)
    let result = try runTool(tool, ["validate", "datapackage.json"], in: run.output)
    #expect(result.status == 0, "\(result.output)")
  }
}
