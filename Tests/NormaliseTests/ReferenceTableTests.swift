import Foundation
import Normalise
import Records
import Testing

@Suite struct ReferenceTableTests {
  let forces = ForceTable([
    Force(id: "leicestershire", name: "Leicestershire Police", shortName: "Leicestershire")
  ])

  func file(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("reference-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func readsDeflatorsAndTreatsAnEmptyIndexAsUnknown() throws {
    let url = try file("financial_year,index,source_id\n2015-16,94.277,x\n2019-20,,\n")
    defer { try? FileManager.default.removeItem(at: url) }
    let table = try DeflatorTable.load(from: url, name: "deflators.csv")
    #expect(table.indices == [FinancialYear(startYear: 2015): Decimal(string: "94.277") ?? 0])
  }

  @Test(arguments: [
    (
      "financial_year,index\n2015/17,94\n",
      "deflators.csv:2: '2015/17' in column 'financial_year' is not a financial year such as 2015-16"
    ),
    (
      "financial_year,index\n2015-16,94\n2015/16,95\n",
      "deflators.csv:3: the financial year 2015-16 is listed twice"
    ),
    (
      "financial_year,index\n2015-16,£94\n",
      "deflators.csv:2: '£94' in column 'index' is not a positive plain number"
    ),
    (
      "financial_year,index\n2015-16,0\n",
      "deflators.csv:2: '0' in column 'index' is not a positive plain number"
    ),
    ("financial_year\n2015-16\n", "deflators.csv:1: the header has no column 'index'"),
  ])
  func rejectsBadDeflatorRows(text: String, message: String) throws {
    let url = try file(text)
    defer { try? FileManager.default.removeItem(at: url) }
    let error = try #require(throws: NormaliseError.self) {
      try DeflatorTable.load(from: url, name: "deflators.csv")
    }
    #expect(error.description == message)
  }

  @Test(arguments: [
    (
      "force_id,year,population\natlantis,2011,5\n",
      "population.csv:2: 'atlantis' in column 'force_id' is not a force id of forces.csv"
    ),
    (
      "force_id,year,population\nleicestershire,11,5\n",
      "population.csv:2: '11' in column 'year' is not a year such as 2011"
    ),
    (
      "force_id,year,population\nleicestershire,2011,\"1,017,697\"\n",
      "population.csv:2: '1,017,697' in column 'population' is not a positive whole number"
    ),
    (
      "force_id,year,population\nleicestershire,2011,5\nleicestershire,2011,6\n",
      "population.csv:3: leicestershire has a second population for 2011"
    ),
  ])
  func rejectsBadPopulationRows(text: String, message: String) throws {
    let url = try file(text)
    defer { try? FileManager.default.removeItem(at: url) }
    let error = try #require(throws: NormaliseError.self) {
      try PopulationTable.load(from: url, name: "population.csv", forces: forces)
    }
    #expect(error.description == message)
  }

  @Test func readsTheShippedReferenceFiles() throws {
    let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Inputs/reference").standardizedFileURL
    let forces = try ForceTable.load(from: reference.appendingPathComponent("forces.csv"))
    let deflators = try DeflatorTable.load(
      from: reference.appendingPathComponent("deflators.csv"), name: "deflators.csv")
    let populations = try PopulationTable.load(
      from: reference.appendingPathComponent("population.csv"), name: "population.csv",
      forces: forces)
    #expect(deflators.indices[FinancialYear(startYear: 2018)] == 100)
    #expect(populations.byForce["west-midlands"]?[2011] == 2_736_460)
  }
}
