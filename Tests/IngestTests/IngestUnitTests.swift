import CSV
import Foundation
import Records
import Testing

@testable import Ingest

@Suite struct DecodingTests {
  @Test(
    arguments: [
      ([0xEF, 0xBB, 0xBF, 0xC2, 0xA3, 0x35], "£5", "utf-8-bom"),
      ([0xC2, 0xA3, 0x35], "£5", "utf-8"),
      ([0xFF, 0xFE, 0xA3, 0x00, 0x35, 0x00], "£5", "utf-16le"),
      ([0xFE, 0xFF, 0x00, 0xA3, 0x00, 0x35], "£5", "utf-16be"),
      // Not valid UTF-8: Windows-1252 pound, curly quotes and en dash.
      (
        [0xA3, 0x35, 0x20, 0x93, 0x61, 0x94, 0x20, 0x91, 0x62, 0x92, 0x96], "£5 “a” ‘b’–",
        "windows-1252"
      ),
    ] as [([UInt8], String, String)])
  func decodes(bytes: [UInt8], text: String, encoding: String) {
    let decoded = TextDecoder.decode(bytes)
    #expect(decoded.text == text)
    #expect(decoded.encoding == encoding)
  }

  @Test func windows1252FixtureHasThePoundByte() throws {
    let data = try Data(contentsOf: try FixtureSupport.url("foi_beds_cp1252_2016.txt"))
    #expect(data.contains(0xA3))
    #expect(data.contains(0x93))
    let result = try FixtureSupport.read("foi_beds_cp1252_2016.txt")
    #expect(result.record.encoding == "windows-1252")
  }
}

@Suite struct HTMLTextTests {
  @Test(arguments: [
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("<script>var a = '£1';</script><style>p{}</style><p>Text</p>", "Text"),
    ("<table><tr><td>A</td><td>&pound;5</td></tr></table>", "| A | £5 |"),
    ("a&amp;b &#163;1 &#xA3;2 &lsquo;q&rsquo;", "a&b £1 £2 ‘q’"),
    ("<ul><li>one</li><li>two</li></ul>", "• one\n\n• two"),
    (
      "<p>Grants</p><li>£5 to a charity</li><li>£6 to a club</li>",
      "Grants\n\n• £5 to a charity\n\n• £6 to a club"
    ),
    ("x<!-- £9 -->y<br>z", "xy\nz"),
    (
      "<nav><ul><li>Home</li><li>News</li></ul></nav><ol class=\"breadcrumb\"><li>FOI</li></ol>",
      "Home\nNews\nFOI"
    ),
    (
      "<h1>Decisions</h1><h3>Grant to a charity</h3><p>Text</p>",
      "# Decisions\n\n### Grant to a charity\n\nText"
    ),
  ])
  func convertsToText(html: String, text: String) {
    #expect(HTMLText.text(from: html) == text)
  }
}

@Suite struct DetectionTests {
  private func analyse(_ text: String, name: String = "doc.txt") throws -> DocumentReader.Result {
    let detector = try #require(FixtureSupport.detector)
    return DocumentReader.analyse(
      text, encoding: "utf-8", name: name, detector: detector,
      topics: try #require(FixtureSupport.topics))
  }

  @Test(arguments: [
    ("North Yorkshire Police\nNYP answered.", "north-yorkshire"),
    // An all-caps abbreviation must match case and all.
    ("WMP has an analyst. nyp nyp nyp", "west-midlands"),
    ("Panel\nWork across Leicester, Leicestershire and Rutland and LLR.", "leicestershire"),
    // EMSOU is a regional unit, not a force.
    ("East Midlands Special Operations Unit\nDerbyshire Constabulary", "derbyshire"),
    ("The West Midlands Strategic Slavery Partnership met.", "west-midlands"),
    ("Kent Police and Essex Police agreed.", "unknown"),
    ("A note about slavery.", "unknown"),
  ])
  func detectsForce(text: String, forceID: String) throws {
    #expect(try analyse(text).record.forceID == forceID)
  }

  @Test(arguments: [
    ("Date 17 February 2016\nLetter", "doc.txt", "2016-02-17", ""),
    ("Header\n17/02/2016\n", "doc.txt", "2016-02-17", ""),
    ("Header\nSent 8th July 2016", "doc.txt", "2016-07-08", ""),
    ("08 July 2016 – 944.2015-16 – request", "doc.txt", "2016-07-08", ""),
    ("Date\tTUESDAY 24 SEPTEMBER 2019 – 2:00 p.m.", "doc.txt", "2019-09-24", ""),
    // The requester's date is not the document's.
    ("Your request received 20/01/2016.\nDate: 3 March 2016", "doc.txt", "2016-03-03", ""),
    (
      "Your request received 20/01/2016.", "force-2017-05-02-foi.txt", "2017-05-02",
      "date_from_file_name"
    ),
    ("No date here.", "force-2017-foi.txt", "2017", "date_from_file_name"),
    ("No date here.", "force-foi.txt", "", "date_unknown"),
  ])
  func detectsDate(text: String, name: String, date: String, flag: String) throws {
    let record = try analyse(text, name: name).record
    #expect(record.date?.description ?? "" == date)
    #expect(record.flags.contains(flag) || flag.isEmpty)
  }

  @Test(arguments: [
    ("Freedom of Information Act 2000\nYour request", "foi_response"),
    ("POLICE AND CRIME PANEL\nReport of the PCC\nThe Panel is asked to note", "panel_report"),
    ("Modern Slavery Statement 2024\nSection 54 of the Modern Slavery Act 2015", "statement"),
    ("Joint Modern Slavery and Human Trafficking Statement 2023-2024", "statement"),
    // Statements that name themselves otherwise (real-structures-12).
    ("Modern slavery and transparency in supply chains statement 2023/24", "statement"),
    (
      "Modern slavery\nIn line with section 54, Part 6 of the Modern Slavery Act 2015, this statement sets out our steps.",
      "statement"
    ),
    ("Minutes of a meeting.", "other"),
    ("1. How many officers?\n\nAnswer:\n\nNone.", "foi_response"),
    // A letter with a reference and the words of the FOI process, no "Freedom of Information".
    (
      "Our ref: AB/12/19\nThe unit has two analysts.\nYou may ask for an internal review.",
      "foi_response"
    ),
    ("Your ref: 44\nInformation Access Team\nThe unit has two analysts.", "foi_response"),
    // A reference alone is any letter's.
    ("Our ref: AB/12/19\nMinutes of a meeting.", "other"),
  ])
  func detectsType(text: String, type: String) throws {
    #expect(try analyse(text).record.type.rawValue == type)
  }

  @Test func statementTitleGivesTheEndYear() throws {
    let record = try analyse("Staffordshire Commissioner\nModern Slavery Statement 2023-2024\n")
      .record
    #expect(record.date == DocumentDate(year: 2024))
  }
}

@Suite struct MentionRuleTests {
  private func mentions(_ text: String) throws -> [String] {
    let detector = try #require(FixtureSupport.detector)
    return DocumentReader.analyse(
      text, encoding: "utf-8", name: "t.txt", detector: detector,
      topics: try #require(FixtureSupport.topics)
    )
    .mentions.map(FixtureSupport.summary)
  }

  @Test(arguments: [
    ("Call 0800 0121700, 101 or 999. Ref 000413/16.", [String]()),
    ("45 crimes and 12 victims; 25% rise; postcode LE19 2BX; see https://x.uk/£5.", []),
    (
      "An increase of a sergeant and six detectives will join the Modern Slavery Team.",
      [
        "staff |  |  |  | 7 | full_time |  | An increase of a sergeant and six detectives will join the Modern Slavery Team.",
        "staff |  |  |  |  | full_time |  | will join the Modern Slavery Team",
      ]
    ),
    (
      "1 x Detective Superintendent (part time) for trafficking.",
      [
        "staff |  |  |  | 1 | part_time |  | 1 x Detective Superintendent (part time) for trafficking."
      ]
    ),
    ("The CSE team and the Criminal Exploitation Team lead.", []),
    (
      "Commissioned a CSE post at a cost of £19,250 in 2015/16.",
      [
        "funding | 19250 |  | exact |  |  | in 2015/16 | Commissioned a CSE post at a cost of £19,250 in 2015/16."
      ]
    ),
    (
      "There is no information held to answer this part of your request.",
      []
    ),
    (
      "There is no information held in relation to funding.",
      ["statement |  |  |  |  |  |  | There is no information held in relation to funding."]
    ),
    ("Section 54 of the Modern Slavery Act 2015 applies.", []),
    (
      "Information is exempt under s31 of the Act.",
      ["statement |  |  |  |  |  |  | Information is exempt under s31 of the Act."]
    ),
    // A contract-value threshold is no resource in any kind of document.
    ("Contracts worth over £25,000 carry a modern slavery clause.", []),
    // A unit denied is a statement, never a team.
    (
      "There is no modern slavery team in the force.",
      ["statement |  |  |  |  |  |  | There is no modern slavery team in the force."]
    ),
    // A list of years keeps every year, bracketed or not.
    (
      "The PCC has granted up to £30,000 over two years, 2023/24 and 2024/25, to an anti-slavery charity.",
      [
        "funding | 30000 |  | up_to |  |  | 2023/24 and 2024/25 | The PCC has granted up to £30,000 over two years, 2023/24 and 2024/25, to an anti-slavery charity."
      ]
    ),
    // A request quoted inside a sentence is request text: its figure is no fact.
    (
      "You wrote: \"Has the PCC spent more than £100,000 on modern slavery since 2019?\" The answer is no.",
      []
    ),
    // Time shared with other work makes a post part time.
    (
      "Two Detective Sergeants spend part of their time on modern slavery investigations.",
      [
        "staff |  |  |  | 2 | part_time |  | Two Detective Sergeants spend part of their time on modern slavery investigations."
      ]
    ),
    // Paid from the normal budgets: absorbed work, not an amountless fund.
    (
      "Modern slavery work is paid for from the normal budgets of Local Policing.",
      [
        "statement |  |  |  |  |  |  | Modern slavery work is paid for from the normal budgets of Local Policing."
      ]
    ),
    (
      "The OPCC does not fund any posts specifically for modern slavery.",
      [
        "statement |  |  |  |  |  |  | The OPCC does not fund any posts specifically for modern slavery."
      ]
    ),
    (
      "Investigations sit within existing teams and no separate cost is recorded.",
      [
        "statement |  |  |  |  |  |  | Investigations sit within existing teams and no separate cost is recorded."
      ]
    ),
    // How a team is paid for is the team's detail, not a second resource.
    (
      "The Modern Slavery Unit is funded from the force's base budget following the precept increase.",
      [
        "staff |  |  |  |  | full_time |  | The Modern Slavery Unit"
      ]
    ),
    // Officers denied the same way: a statement, never a count.
    (
      "There are no officers dedicated solely to modern slavery.",
      ["statement |  |  |  |  |  |  | There are no officers dedicated solely to modern slavery."]
    ),
    // Section 12 in other words; its pounds are the limit's.
    (
      "Answering would cost more than the £450 cost limit for trafficking requests.",
      [
        "statement |  |  |  |  |  |  | Answering would cost more than the £450 cost limit for trafficking requests."
      ]
    ),
    // "2,100 officers" is one number, not a count of 100.
    ("The force has 2,100 officers.", []),
  ])
  func appliesTheRules(text: String, expected: [String]) throws {
    #expect(try mentions(text) == expected)
  }

  @Test func funderWithoutMSHTWordIsNoMention() throws {
    let text = "3. Counselling: services are funded by the PCC to offer 10 x 1 hour sessions."
    #expect(try mentions(text).isEmpty)
  }
}

@Suite struct CodedFactsTests {
  private func write(_ csv: String, name: String = "analyst.csv") throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("ingest-coded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try csv.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  private let header =
    "document,force_id,document_date,kind,amount_gbp,amount_qualifier,staff_count,staff_basis,period_text,quote,note\n"

  @Test func readsGoodRows() throws {
    let url = try write(
      header
        + "wmp-2018.pdf,west-midlands,2018-04-01,funding,25000,up_to,,,2018/19,up to £25k,\n"
        + "wmp-2018.pdf,WMP,,staff,,,3,part_time,,three part-time DCs,\n")
    let (record, mentions) = try CodedFacts.read(
      url: url, fileName: "analyst.csv", display: "Inputs/coded/analyst.csv",
      forces: try FixtureSupport.forces())
    #expect(record.document == "coded/analyst.csv")
    #expect(record.forceID == "west-midlands")
    #expect(record.date == DocumentDate(year: 2018, month: 4, day: 1))
    #expect(mentions.count == 2)
    #expect(mentions[0].id == "coded/analyst.csv#L2")
    #expect(mentions[0].origin == "coded:analyst.csv:2")
    #expect(mentions[0].amount == 25000)
    #expect(mentions[0].qualifier == .upTo)
    #expect(mentions[0].periodText == "2018/19")
    #expect(mentions[1].staffCount == 3)
    #expect(mentions[1].staffBasis == .partTime)
  }

  @Test func keepsTheFractionOfAFullTimeEquivalent() throws {
    let url = try write(
      header
        + "wmp-2018.pdf,west-midlands,,staff,,,2.5,,,2.5 FTE investigators,\n"
        + "wmp-2018.pdf,west-midlands,,staff,,,0.6,part_time,,a 0.6 FTE post,\n"
        + "wmp-2018.pdf,west-midlands,,staff,,,3.0,,,three DCs,\n")
    let (_, mentions) = try CodedFacts.read(
      url: url, fileName: "analyst.csv", display: "Inputs/coded/analyst.csv",
      forces: try FixtureSupport.forces())
    #expect(mentions.map { PlainNumber.count($0.staffCount) } == ["2.5", "0.6", "3"])
    #expect(mentions[1].staffCount == Decimal(string: "0.6"))
  }

  @Test(arguments: [
    (
      ",west-midlands,,money,,,,,,q,\n",
      IngestError.badCodedValue(
        file: "Inputs/coded/x.csv", line: 2, column: "kind", value: "money",
        expected: "one of funding, staff, statement")
    ),
    (
      ",west-midlands,,funding,\"£5,000\",,,,,q,\n",
      IngestError.badCodedValue(
        file: "Inputs/coded/x.csv", line: 2, column: "amount_gbp", value: "£5,000",
        expected: "a plain number of pounds such as 19250 (no £ or commas)")
    ),
    (
      ",atlantis,,funding,5,,,,,q,\n",
      IngestError.unknownCodedForce(file: "Inputs/coded/x.csv", line: 2, force: "atlantis")
    ),
    (
      ",west-midlands,,staff,,,two,,,q,\n",
      IngestError.badCodedValue(
        file: "Inputs/coded/x.csv", line: 2, column: "staff_count", value: "two",
        expected: "a plain number such as 3 or 2.5")
    ),
    (
      ",west-midlands,,staff,,,2.5.1,,,q,\n",
      IngestError.badCodedValue(
        file: "Inputs/coded/x.csv", line: 2, column: "staff_count", value: "2.5.1",
        expected: "a plain number such as 3 or 2.5")
    ),
    (
      ",west-midlands,,staff,,,-1,,,q,\n",
      IngestError.badCodedValue(
        file: "Inputs/coded/x.csv", line: 2, column: "staff_count", value: "-1",
        expected: "a plain number such as 3 or 2.5")
    ),
    (
      ",west-midlands,,statement,,,,,,,\n",
      IngestError.missingCodedValue(file: "Inputs/coded/x.csv", line: 2, column: "quote")
    ),
  ])
  func rejectsBadRows(row: String, error: IngestError) throws {
    let url = try write(header + row, name: "x.csv")
    #expect(throws: error) {
      _ = try CodedFacts.read(
        url: url, fileName: "x.csv", display: "Inputs/coded/x.csv",
        forces: try FixtureSupport.forces())
    }
  }
}

@Suite struct IngestErrorTests {
  @Test(arguments: [
    (
      IngestError.unreadable(file: "Inputs/documents/a.txt", reason: "no such file"),
      "Inputs/documents/a.txt: cannot be read (no such file)"
    ),
    (
      IngestError.pdftotextMissing(file: "Inputs/documents/a.pdf"),
      "Inputs/documents/a.pdf: reading a PDF needs the pdftotext program, which was not found; install poppler-utils (apt-get install poppler-utils) or convert the PDF to text"
    ),
    (
      IngestError.pdftotextFailed(
        file: "Inputs/documents/a.pdf", status: "exited(1)", message: "bad xref"),
      "Inputs/documents/a.pdf: pdftotext failed (exited(1)): bad xref"
    ),
    (
      IngestError.emptyDocument(file: "Inputs/documents/a.html"),
      "Inputs/documents/a.html: the document holds no text"
    ),
    (
      IngestError.badCodedValue(
        file: "Inputs/coded/x.csv", line: 4, column: "kind", value: "money",
        expected: "one of funding, staff, statement"),
      "Inputs/coded/x.csv:4: 'money' in column 'kind' is not one of funding, staff, statement"
    ),
    (
      IngestError.missingCodedValue(file: "Inputs/coded/x.csv", line: 3, column: "quote"),
      "Inputs/coded/x.csv:3: the column 'quote' is empty"
    ),
    (
      IngestError.unknownCodedForce(file: "Inputs/coded/x.csv", line: 2, force: "atlantis"),
      "Inputs/coded/x.csv:2: no force in forces.csv has the id or name 'atlantis'"
    ),
    (
      IngestError.csv(.unterminatedQuote(file: "Inputs/coded/x.csv", line: 5)),
      "Inputs/coded/x.csv:5: a quoted field is never closed (unterminated quote)"
    ),
    (
      IngestError.forces(
        .missingValue(
          column: "name", at: SourcePosition(file: "Inputs/reference/forces.csv", line: 7))),
      "Inputs/reference/forces.csv:7: the column 'name' is empty"
    ),
  ])
  func describes(error: IngestError, text: String) {
    #expect(error.description == text)
    #expect(error.errorDescription == text)
  }
}

@Suite struct IngestStageTests {
  private func makeInputs() throws -> (inputs: URL, output: URL) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("ingest-stage-\(UUID().uuidString)")
    let inputs = try FixtureSupport.makeInputs(
      at: root.appendingPathComponent("Inputs"),
      documents: ["foi_kent_bullets_2018.txt", "money_ranges.txt"])
    let manager = FileManager.default
    try "hidden".write(
      to: inputs.appendingPathComponent("documents/.DS_Store"), atomically: true, encoding: .utf8)
    try "force_id,kind,amount_gbp,quote\nkent,funding,500,£500\n".write(
      to: inputs.appendingPathComponent("coded/kent.csv"), atomically: true, encoding: .utf8)
    let output = root.appendingPathComponent("out")
    try manager.createDirectory(at: output, withIntermediateDirectories: true)
    return (inputs, output)
  }

  @Test func writesTheThreeFilesInOrder() throws {
    let (inputs, output) = try makeInputs()
    let context = StageContext(inputs: inputs, previous: nil, output: output)
    let summary = try IngestStage(vocabularyFile: FixtureSupport.vocabularyURL).run(in: context)
    #expect(summary.read == 3)
    #expect(summary.written == 7)
    let documents = try DocumentRecord.readAll(from: output.appendingPathComponent("documents.csv"))
    #expect(
      documents.map(\.document) == [
        "coded/kent.csv", "foi_kent_bullets_2018.txt", "money_ranges.txt",
      ])
    let mentions = try Mention.readAll(from: output.appendingPathComponent("mentions.csv"))
    #expect(
      mentions.map(\.document) == ["coded/kent.csv"]
        + Array(repeating: "foi_kent_bullets_2018.txt", count: 4) + [
          "money_ranges.txt", "money_ranges.txt",
        ])
    let requests = try RequestPassage.readAll(from: output.appendingPathComponent("requests.csv"))
    #expect(requests.count == 1)
    let names = IngestStage(vocabularyFile: FixtureSupport.vocabularyURL).inputFiles(in: context)
      .map(\.lastPathComponent)
    // Sorted by full path: where the vocabulary sorts depends on where the checkout is.
    #expect(
      names.filter { $0 != "vocabulary.yml" } == [
        "kent.csv", "foi_kent_bullets_2018.txt", "money_ranges.txt", "forces.csv",
      ])
    #expect(names.filter { $0 == "vocabulary.yml" }.count == 1)
  }

  /// A link out of the inputs folder, and a link to nowhere, are listed and never read; a link
  /// that stays inside is read like any file.
  @Test func linksOutOfTheInputsFolderAreNotRead() throws {
    let (inputs, output) = try makeInputs()
    let manager = FileManager.default
    let outside = inputs.deletingLastPathComponent().appendingPathComponent("secret.txt")
    try "Kent Police. The PCC gave £9,999 to a modern slavery charity.".write(
      to: outside, atomically: true, encoding: .utf8)
    let documents = inputs.appendingPathComponent("documents")
    try manager.createSymbolicLink(
      at: documents.appendingPathComponent("a-secret.txt"), withDestinationURL: outside)
    try manager.createSymbolicLink(
      atPath: documents.appendingPathComponent("b-broken.txt").path,
      withDestinationPath: "/nonexistent/forcebench.txt")
    try manager.createSymbolicLink(
      atPath: documents.appendingPathComponent("c-inside.txt").path,
      withDestinationPath: "money_ranges.txt")
    let context = StageContext(inputs: inputs, previous: nil, output: output)
    let summary = try IngestStage(vocabularyFile: FixtureSupport.vocabularyURL).run(in: context)
    let records = try DocumentRecord.readAll(from: output.appendingPathComponent("documents.csv"))
    #expect(
      records.filter { $0.flags.contains { $0.hasPrefix("skipped_") } }
        .map { "\($0.document) \($0.flags)" } == [
          "a-secret.txt [\"skipped_link_outside_inputs\"]",
          "b-broken.txt [\"skipped_broken_link\"]",
        ])
    #expect(records.contains { $0.document == "c-inside.txt" && $0.characters > 0 })
    #expect(summary.notes.contains("a-secret.txt: skipped_link_outside_inputs"))
    let mentions = try String(
      contentsOf: output.appendingPathComponent("mentions.csv"), encoding: .utf8)
    #expect(!mentions.contains("9,999"))
  }

  /// Published text is verbatim, formula characters included (see docs/report.md, "Formula
  /// characters"): the quote is exactly the document's words, read back through libcsv.
  @Test func aQuoteThatBeginsWithAFormulaCharacterStaysVerbatim() throws {
    let (inputs, output) = try makeInputs()
    let quote = "=HYPERLINK(\"x\") Kent PCC gave £9,000 to a modern slavery charity."
    try "Kent Police\n\n\(quote)\n".write(
      to: inputs.appendingPathComponent("documents/formula.txt"), atomically: true,
      encoding: .utf8)
    let context = StageContext(inputs: inputs, previous: nil, output: output)
    _ = try IngestStage(vocabularyFile: FixtureSupport.vocabularyURL).run(in: context)
    let reader = try CSVReader(url: output.appendingPathComponent("mentions.csv"))
    var quotes: [String] = []
    while let record = try reader.next() {
      if record["document"] == "formula.txt" { quotes.append(record["quote"] ?? "") }
    }
    #expect(quotes == [quote])
  }

  @Test func missingForcesFileIsAnError() throws {
    let (inputs, output) = try makeInputs()
    try FileManager.default.removeItem(at: inputs.appendingPathComponent("reference/forces.csv"))
    let context = StageContext(inputs: inputs, previous: nil, output: output)
    #expect(throws: IngestError.self) {
      _ = try IngestStage(vocabularyFile: FixtureSupport.vocabularyURL).run(in: context)
    }
  }
}
