import CSV
import Foundation
import Testing

@testable import Report

/// Finds a Python that can import openpyxl: `$FORCEBENCH_PYTHON`, else `.venv/bin/python` of
/// the package (where `.ci/run` installs it), else `python3` on `PATH`.
enum OpenPyXL {
  static let python: URL? = checkingTools(
    named: "FORCEBENCH_PYTHON", venv: "python", onPath: "python3"
  ).first { (try? runTool($0, ["-c", "import openpyxl"]))?.status == 0 }

  /// Reads every sheet with openpyxl and compares each cell with its CSV, typed as
  /// `datapackage.json` says: numbers numeric (money with a £ format), booleans boolean, text
  /// text. Prints one line per difference and the number of cells checked.
  static let check = #"""
    import csv, json, sys
    import openpyxl
    folder = sys.argv[1]
    book = openpyxl.load_workbook(folder + "/benchmark.xlsx")
    package = json.load(open(folder + "/datapackage.json"))
    problems, cells = [], 0
    assert book.sheetnames == ["About"] + [r["path"][:-4] for r in package["resources"]], book.sheetnames
    for resource in package["resources"]:
        name = resource["path"][:-4]
        sheet = book[name]
        if sheet.freeze_panes != "A2" or not sheet.auto_filter.ref:
            problems.append(f"{name}: header not frozen or no filter")
        types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
        rows = list(csv.reader(open(folder + "/" + resource["path"], newline="", encoding="utf-8")))
        if sheet.max_row != len(rows):
            problems.append(f"{name}: {sheet.max_row} rows, CSV has {len(rows)}")
        header = rows[0]
        for r, row in enumerate(rows, start=1):
            for c, field in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                cells += 1
                kind = "string" if r == 1 else types[header[c - 1]]
                if field == "":
                    ok = cell.value is None
                elif kind in ("number", "integer"):
                    ok = type(cell.value) in (int, float) and float(cell.value) == float(field)
                    if ok and "gbp" in header[c - 1] and "\u00a3" not in cell.number_format:
                        problems.append(f"{name}!{cell.coordinate}: money without a \u00a3 format")
                elif kind == "boolean":
                    ok = cell.value is (field == "true")
                else:
                    ok = cell.data_type == "s" and cell.value == field
                if not ok:
                    problems.append(f"{name}!{cell.coordinate}: {cell.value!r} ({cell.data_type}) for {field!r} ({kind})")
    print("\n".join(problems[:20]))
    print(f"{cells} cells checked")
    sys.exit(1 if problems else 0)
    """#
}

@Suite struct SpreadsheetTests {
  /// The aggregated fixture with one quote that begins with "=", as a document's text may.
  static func previousWithFormulaText() throws -> URL {
    let fixture = try #require(
      Bundle.module.url(forResource: "aggregated", withExtension: nil, subdirectory: "Fixtures"))
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("spreadsheet-tests-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixture, to: folder)
    let facts = folder.appendingPathComponent("facts.csv")
    let reader = try CSVReader(url: fixture.appendingPathComponent("facts.csv"), name: "facts.csv")
    let writer = try CSVWriter(url: facts, header: reader.header.names)
    var first = true
    while let record = try reader.next() {
      var fields = record.fields
      if first, let quote = reader.header.names.firstIndex(of: "quote") {
        fields[quote] = "=SUM(A1:A9) " + fields[quote]
        first = false
      }
      try writer.write(fields)
    }
    try writer.finish()
    return folder
  }

  @Test func typesEachColumnAsTheDataPackageDoes() throws {
    #expect(Spreadsheet.CellType(column: "amount_gbp", table: "facts") == .pounds)
    #expect(
      Spreadsheet.CellType(column: "dedicated_per_100k_gbp_high", table: "force_year") == .pounds)
    #expect(Spreadsheet.CellType(column: "staff_count", table: "facts") == .count)
    #expect(Spreadsheet.CellType(column: "population_year", table: "facts") == .plainNumber)
    #expect(Spreadsheet.CellType(column: "per_annum", table: "facts") == .boolean)
    #expect(Spreadsheet.CellType(column: "financial_years", table: "facts") == .text)
    #expect(Spreadsheet.CellType(column: "quote", table: "facts") == .text)
    #expect(Spreadsheet.CellType(column: "staff_full_time", table: "force_summary") == .count)
  }

  /// A staff count keeps its fraction on screen ("9.5", not "10"); a whole count shows none.
  @Test func showsTheFractionOfACount() {
    #expect(Spreadsheet.format(9.5, as: .count) == .fraction)
    #expect(Spreadsheet.format(0.25, as: .count) == .fraction)
    #expect(Spreadsheet.format(12, as: .count) == .count)
    #expect(Spreadsheet.format(12.5, as: .pounds) == .pounds)
    #expect(Spreadsheet.format(2019, as: .plainNumber) == .plain)
  }

  @Test(
    .enabled(
      if: OpenPyXL.python != nil,
      "openpyxl is not installed; create .venv (see README) or set FORCEBENCH_PYTHON"))
  func openpyxlReadsTheSameValuesAsTheCSVs() throws {
    let run = try ReportRun(previous: try Self.previousWithFormulaText())
    let python = try #require(OpenPyXL.python)
    let result = try runTool(python, ["-c", OpenPyXL.check, run.output.path])
    #expect(result.status == 0, "\(result.output)")
    // The formula-looking quote is a string cell holding the text, not a formula.
    let formula = try runTool(
      python,
      [
        "-c",
        "import openpyxl,sys; c=openpyxl.load_workbook(sys.argv[1])['facts']['P2']; "
          + "print(c.data_type, c.value[:11])",
        run.output.appendingPathComponent("benchmark.xlsx").path,
      ])
    #expect(formula.output == "s =SUM(A1:A9)\n")
  }
}
