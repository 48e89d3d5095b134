import Foundation
import Pipeline
import Testing

@Suite struct QuarterlyTests {
  static let documentsBefore = """
    document,force_id,force,document_date,document_type,encoding,characters,sha256,flags
    wmp-2017-foi.txt,west-midlands,West Midlands,2017,foi_response,utf-8,100,aaa,
    nyp-2016-foi.txt,north-yorkshire,North Yorkshire,2016-07-08,foi_response,utf-8,90,bbb,

    """

  static let documentsAfter = """
    document,force_id,force,document_date,document_type,encoding,characters,sha256,flags
    wmp-2017-foi.txt,west-midlands,West Midlands,2017,foi_response,utf-8,100,aaa,
    llr-2019-panel.txt,leicestershire,Leicestershire,2019-09-24,panel_report,utf-8,300,ccc,

    """

  static let factsHeader =
    "fact_id,document,force_id,force,document_date,document_type,kind,amount_gbp,"
    + "amount_qualifier,staff_count,staff_basis,financial_years,period_text,classification,rule,"
    + "quote,repeat_of\n"

  static let factsBefore =
    factsHeader
    + "wmp-1,wmp-2017-foi.txt,west-midlands,West Midlands,2017,foi_response,funding,19250,exact,"
    + ",,2016-17,2016/17,shared,shared-fund,\"£19,250 from the fund\",\n"
    + "nyp-1,nyp-2016-foi.txt,north-yorkshire,North Yorkshire,2016-07-08,foi_response,statement,,"
    + ",,,,,none,statement-none,no specific budget,\n"

  static let factsAfter =
    factsHeader
    + "wmp-1,wmp-2017-foi.txt,west-midlands,West Midlands,2017,foi_response,funding,19250,exact,"
    + ",,2016-17,2016/17,dedicated,override:3,\"£19,250 from the fund\",\n"
    + "llr-1,llr-2019-panel.txt,leicestershire,Leicestershire,2019-09-24,panel_report,staff,,,"
    + "2,full_time,2019-20,2019/20,dedicated,staff-msht,two full-time MSHT officers,\n"

  static let summaryBefore = """
    force_id,force,dedicated_gbp,staff_full_time
    west-midlands,West Midlands,0,0
    north-yorkshire,North Yorkshire,0,0

    """

  static let summaryAfter = """
    force_id,force,dedicated_gbp,staff_full_time
    west-midlands,West Midlands,19250,0
    north-yorkshire,North Yorkshire,0,0
    leicestershire,Leicestershire,0,2

    """

  func publish(
    _ folder: TestFolder, documents: String, facts: String, summary: String, asOf: String
  )
    throws -> String
  {
    try folder.write(documents, to: "Outputs/report/documents.csv")
    try folder.write(facts, to: "Outputs/report/facts.csv")
    try folder.write(summary, to: "Outputs/report/force_summary.csv")
    let date = try #require(CalendarDate(asOf))
    let quarter = try QuarterlyPublisher(workspace: folder.workspace).publish(asOf: date)
    return quarter.description
  }

  @Test func theFirstQuarterSaysThereIsNothingToCompareWith() throws {
    let folder = try TestFolder()
    let quarter = try publish(
      folder, documents: Self.documentsBefore, facts: Self.factsBefore,
      summary: Self.summaryBefore, asOf: "2026-06-30")
    #expect(quarter == "2026-Q2")
    #expect(
      folder.read("Outputs/quarterly/2026-Q2/changes.md") == """
        # Changes in 2026-Q2

        Published as of 2026-06-30.

        This is the first published quarter: no earlier quarter to compare with.

        """)
    #expect(
      folder.list("Outputs/quarterly/2026-Q2")
        == ["changes.md", "documents.csv", "facts.csv", "force_summary.csv"])
  }

  @Test func changesListDocumentsFactsAndForceFiguresWithQuotes() throws {
    let folder = try TestFolder()
    _ = try publish(
      folder, documents: Self.documentsBefore, facts: Self.factsBefore,
      summary: Self.summaryBefore, asOf: "2026-06-30")
    _ = try publish(
      folder, documents: Self.documentsAfter, facts: Self.factsAfter, summary: Self.summaryAfter,
      asOf: "2026-09-30")
    #expect(
      folder.read("Outputs/quarterly/2026-Q3/changes.md") == """
        # Changes in 2026-Q3

        Published as of 2026-09-30, compared with 2026-Q2, the previous published quarter.

        ## Documents

        Added (1):

        - `llr-2019-panel.txt` (Leicestershire, panel_report, 2019-09-24)

        Removed (1):

        - `nyp-2016-foi.txt` (North Yorkshire, foi_response, 2016-07-08)

        Changed (same name, new content): none.

        ## Facts

        Added (1):

        - `llr-1` Leicestershire, staff, 2 staff full_time, 2019-20, dedicated: "two full-time MSHT officers" in `llr-2019-panel.txt`

        Removed (1):

        - `nyp-1` North Yorkshire, statement, none: "no specific budget" in `nyp-2016-foi.txt`

        Changed (1):

        - `wmp-1` West Midlands, funding, £19,250 (exact), 2016-17, dedicated: "£19,250 from the fund" in `wmp-2017-foi.txt`; classification 'shared' → 'dedicated'; rule 'shared-fund' → 'override:3'

        ## Force figures

        Added (1):

        - Leicestershire (`leicestershire`)

        Removed: none.

        Figures moved (1):

        - West Midlands (`west-midlands`); dedicated_gbp '0' → '19250'

        """)
  }

  @Test func publishingTheSameQuarterAgainReplacesItAndComparesWithTheQuarterBefore() throws {
    let folder = try TestFolder()
    _ = try publish(
      folder, documents: Self.documentsBefore, facts: Self.factsBefore,
      summary: Self.summaryBefore, asOf: "2026-06-30")
    _ = try publish(
      folder, documents: Self.documentsBefore, facts: Self.factsBefore,
      summary: Self.summaryBefore, asOf: "2026-07-01")
    let first = folder.snapshot("Outputs/quarterly/2026-Q3")
    _ = try publish(
      folder, documents: Self.documentsAfter, facts: Self.factsAfter, summary: Self.summaryAfter,
      asOf: "2026-08-15")
    #expect(folder.snapshot("Outputs/quarterly/2026-Q3") != first)
    #expect(folder.read("Outputs/quarterly/2026-Q3/facts.csv") == Self.factsAfter)
    let changes = try #require(folder.read("Outputs/quarterly/2026-Q3/changes.md"))
    #expect(changes.contains("Published as of 2026-08-15, compared with 2026-Q2"))
    #expect(folder.list("Outputs/quarterly") == ["2026-Q2", "2026-Q3"])

    // Unchanged inputs give the same bytes.
    _ = try publish(
      folder, documents: Self.documentsAfter, facts: Self.factsAfter, summary: Self.summaryAfter,
      asOf: "2026-08-15")
    #expect(folder.read("Outputs/quarterly/2026-Q3/changes.md") == changes)
  }

  @Test func noChangesSaysSo() throws {
    let folder = try TestFolder()
    for asOf in ["2026-03-01", "2026-04-01"] {
      _ = try publish(
        folder, documents: Self.documentsBefore, facts: Self.factsBefore,
        summary: Self.summaryBefore, asOf: asOf)
    }
    let changes = try #require(folder.read("Outputs/quarterly/2026-Q2/changes.md"))
    #expect(changes.components(separatedBy: "No changes.").count == 4)
  }

  @Test func withoutAReportFolderThereIsNothingToPublish() throws {
    let folder = try TestFolder()
    #expect(throws: PipelineError.noReport("Outputs/report")) {
      try QuarterlyPublisher(workspace: folder.workspace).publish(
        asOf: try #require(CalendarDate("2026-09-30")))
    }
  }
}
