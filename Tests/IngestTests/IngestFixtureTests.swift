import CSV
import Foundation
import Records
import Testing
import Topics

@testable import Ingest

/// Reads fixtures from the test bundle and runs the document reader on them.
enum FixtureSupport {
  static func url(_ file: String) throws -> URL {
    let name = (file as NSString).deletingPathExtension
    let ext = (file as NSString).pathExtension
    return try #require(
      Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
  }

  /// An `Inputs/` folder with the fixture force table, these fixture documents and an empty
  /// `coded/`.
  static func makeInputs(at inputs: URL, documents: [String]) throws -> URL {
    let manager = FileManager.default
    for folder in ["documents", "reference", "coded"] {
      try manager.createDirectory(
        at: inputs.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try manager.copyItem(
      at: try url("forces.csv"), to: inputs.appendingPathComponent("reference/forces.csv"))
    for file in documents {
      try manager.copyItem(
        at: try url(file), to: inputs.appendingPathComponent("documents/\(file)"))
    }
    return inputs
  }

  static func forces() throws -> ForceTable {
    try ForceTable.load(from: try url("forces.csv"), name: "forces.csv")
  }

  /// One detector for all tests: compiling the name patterns of 46 forces takes a while.
  static let detector: ForceDetector? = {
    guard
      let url = Bundle.module.url(
        forResource: "forces", withExtension: "csv", subdirectory: "Fixtures"),
      let table = try? ForceTable.load(from: url, name: "forces.csv")
    else { return nil }
    return ForceDetector(table: table)
  }()

  /// The shipped vocabulary, `Pipelines/vocabulary.yml`: the fixtures are read with the
  /// words a user's run reads them with.
  static let vocabularyURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Pipelines/vocabulary.yml").standardizedFileURL

  static let topics: TopicWords? = {
    (try? TopicVocabulary.load(from: vocabularyURL, name: "Pipelines/vocabulary.yml"))
      .map(TopicWords.init)
  }()

  static func read(_ file: String) throws -> DocumentReader.Result {
    let detector = try #require(Self.detector)
    return try DocumentReader.read(
      url: try url(file), name: file, display: "Fixtures/\(file)", detector: detector,
      topics: try #require(Self.topics))
  }

  /// A mention in the compact form the fixture table uses.
  static func summary(_ mention: Mention) -> String {
    [
      mention.kind.rawValue, PlainNumber.text(mention.amount), PlainNumber.text(mention.amountHigh),
      mention.qualifier?.rawValue ?? "", PlainNumber.count(mention.staffCount),
      mention.staffBasis?.rawValue ?? "", mention.periodText, mention.quote,
    ].joined(separator: " | ")
  }

  /// Whether `pdftotext` is on the PATH.
  static let pdftotextInstalled: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext")
    }
  }()
}

@Suite struct FixtureTests {
  static let textCases = fixtureCases.filter { !$0.file.hasSuffix(".pdf") }
  static let pdfCases = fixtureCases.filter { $0.file.hasSuffix(".pdf") }

  private func check(_ expected: FixtureCase) throws {
    let result = try FixtureSupport.read(expected.file)
    #expect(result.record.forceID == expected.forceID)
    #expect(result.record.date?.description ?? "" == expected.date)
    #expect(result.record.type.rawValue == expected.type)
    #expect(result.record.flags.joined(separator: ";") == expected.flags)
    #expect(result.mentions.map(FixtureSupport.summary) == expected.mentions)
  }

  @Test(arguments: textCases)
  func findsExactlyTheExpectedFacts(_ expected: FixtureCase) throws {
    try check(expected)
  }

  @Test func aTableLeadInNamingNoTopicWalksBackToTheSentenceThatDoes() throws {
    let result = try FixtureSupport.read("foi_durham_table_lead_in_2020.txt")
    let row = try #require(result.mentions.first { $0.amount == 8000 })
    #expect(
      row.context
        == "Its caseworkers help adults recovering from labour exploitation to find housing and "
        + "work.\n\nPayments to the charity are shown below: … | 2018/19 | £8,000 |")
    // Under "Other payments", with a request that names no MSHT word, nothing ties the
    // £2,000 to the topic: it is set aside with the reason, not lost.
    #expect(!result.mentions.contains { $0.amount == 2000 })
    let setAside = try #require(result.setAside.first { $0.amount == 2000 })
    #expect(setAside.quote == "£2,000")
    #expect(setAside.reason.hasPrefix("not tied to modern slavery or an adjacent area"))
  }

  @Test func aReferenceToTheTeamLeadsInWithTheSentenceNamingIt() throws {
    let result = try FixtureSupport.read("foi_wmercia_team_reference_2019.txt")
    let counted = try #require(result.mentions.first { $0.staffCount == 4 })
    #expect(
      counted.context == "The force's Modern Slavery Team was set up in June 2017.\n\n"
        + "The team consists of one Detective Sergeant and three Detective Constables.")
    let spend = try #require(result.mentions.first { $0.amount == 135500 })
    #expect(
      spend.context == "The force's Modern Slavery Team was set up in June 2017. … "
        + "Expenditure on the team has been: … 2018/19 £135,500")
  }

  @Test func recordsTheSHA256OfTheBytes() throws {
    let result = try FixtureSupport.read("foi_dyfed_ncnd_then_absorbed_2017.txt")
    // As `sha256sum` prints it.
    #expect(
      result.record.sha256 == "9701d943e39b9390bfa523c1117b097c79ffbee1bc0df1ffd4d04d3a84a31a85")
  }

  @Test(
    "A PDF is read through pdftotext -layout",
    .enabled(if: FixtureSupport.pdftotextInstalled, "pdftotext is not installed (poppler-utils)"),
    arguments: pdfCases)
  func readsPDF(_ expected: FixtureCase) throws {
    try check(expected)
  }

  @Test(arguments: textCases)
  func quotesAreCutVerbatimFromTheDecodedText(_ expected: FixtureCase) throws {
    let url = try FixtureSupport.url(expected.file)
    let (text, _) = try DocumentReader.decodedText(
      DocumentReader.bytes(of: url, display: "x"), url: url, name: expected.file, display: "x")
    let scalars = Array(text.unicodeScalars)
    let result = try FixtureSupport.read(expected.file)
    #expect(result.record.characters == scalars.count)
    for mention in result.mentions {
      let cut = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
      #expect(cut == mention.quote)
      #expect(mention.context.contains(mention.quote))
      let base = Mention.makeID(document: expected.file, start: mention.start, end: mention.end)
      #expect(mention.id == base || mention.id.hasPrefix("\(base)~"))
    }
    for passage in result.requests {
      let cut = String(String.UnicodeScalarView(scalars[passage.start..<passage.end]))
      #expect(cut == passage.text)
    }
  }

  @Test(arguments: textCases)
  func mentionIDsAreUniqueAndStable(_ expected: FixtureCase) throws {
    let first = try FixtureSupport.read(expected.file).mentions.map(\.id)
    #expect(Set(first).count == first.count)
    // Read again: the same ids in the same order.
    #expect(try FixtureSupport.read(expected.file).mentions.map(\.id) == first)
  }

  @Test func mentionsFromOneSpanAreNumberedInOrder() throws {
    // Two amounts in one table row are two mentions cut from the same span.
    let result = try FixtureSupport.read("foi_lancs_year_columns_2022.md")
    let ids = result.mentions.map(\.id)
    #expect(ids.count == 4)
    #expect(ids.first.map { !$0.contains("~") } == true)
    #expect(ids.dropFirst().first == "\(ids[0])~2")
    #expect(ids.last == "\(ids[2])~2")
  }

  @Test func costLimitRefusalIsASection12Exemption() throws {
    let result = try FixtureSupport.read("foi_cheshire_cost_limit_2019.txt")
    let statement = try #require(result.mentions.first)
    #expect(statement.sections == ["s12"])
    #expect(statement.cues.contains("exemption"))
    #expect(!result.mentions.contains { $0.amount == 450 || $0.amount == 25 })
  }

  @Test func partTimeRolesCarryTheCue() throws {
    let result = try FixtureSupport.read("foi_dorset_fte_and_spocs_2021.txt")
    let spocs = try #require(result.mentions.first { $0.staffCount == 14 })
    #expect(spocs.cues.contains("part_time"))
    // The sentence that says so is part of the context.
    #expect(spocs.context.hasSuffix("alongside officers' day-to-day duties."))
  }

  @Test func rangesKeepTheirHighEnd() throws {
    let result = try FixtureSupport.read("money_ranges.txt")
    #expect(result.mentions.map(\.amountHigh) == [15000, 4000])
  }

  @Test func perAnnumIsMarked() throws {
    let result = try FixtureSupport.read("money_qualifiers.txt")
    #expect(result.mentions.map(\.perAnnum) == [false, false, false, false, false, true, true])
  }

  @Test func exemptionSectionsAreNormalisedAndFolded() throws {
    let result = try FixtureSupport.read("statement_ncnd_2018.txt")
    let statement = try #require(result.mentions.first)
    #expect(statement.sections == ["s23(5)", "s40(2)", "s31(1)(a)"])
    #expect(statement.cues.contains("ncnd"))
    #expect(statement.cues.contains("exemption"))
  }

  @Test func staffRolesAreRecorded() throws {
    let result = try FixtureSupport.read("staff_counts_2018.txt")
    #expect(result.mentions.first?.role == "detectives; PCSO")
  }
}

@Suite struct RequestSplittingTests {
  @Test(arguments: [
    ("foi_avon_table_2017.md", ["Your request:"]),
    ("foi_essex_question_headings_2020.txt", ["Question 1"]),
    ("foi_kent_bullets_2018.txt", ["You asked:"]),
    ("foi_notts_request_response_2017.txt", ["Request"]),
    ("foi_surrey_q1a1_2019.txt", ["Q1.", "Q2."]),
    // The third question has no "Answer:" after it but follows the numbering.
    ("foi_wmercia_numbered_2016.txt", ["1. What", "2. How", "3. Please"]),
    // Only the headings under "## Response": the answers below them stay.
    ("foi_devon_response_questions_2018.md", ["## Request", "### Question 1", "### Question 2"]),
    ("foi_cambs_numbered_answers_2019.txt", ["1. Does", "2. How much"]),
  ])
  func findsRequestPassages(file: String, openings: [String]) throws {
    let result = try FixtureSupport.read(file)
    #expect(result.requests.count == openings.count)
    for (passage, opening) in zip(result.requests, openings) {
      #expect(passage.text.hasPrefix(opening))
    }
  }

  @Test func requestTextIsNeverAMention() throws {
    let result = try FixtureSupport.read("foi_notts_request_response_2017.txt")
    #expect(!result.mentions.contains { $0.amount == 50000 })
    let surrey = try FixtureSupport.read("foi_surrey_q1a1_2019.txt")
    #expect(!surrey.mentions.contains { $0.amount == 10000 })
    let cambs = try FixtureSupport.read("foi_cambs_numbered_answers_2019.txt")
    #expect(!cambs.mentions.contains { $0.quote.contains("Does the Constabulary") })
  }
}

@Suite struct LeadInContextTests {
  private func context(_ file: String, quote: String) throws -> String {
    let result = try FixtureSupport.read(file)
    return try #require(result.mentions.first { $0.quote == quote }).context
  }

  @Test func aSentenceWithoutTopicTakesThePreviousSentence() throws {
    // Contiguous: the verbatim range from the lead-in to the sentence's end.
    #expect(
      try context(
        "foi_devon_response_questions_2018.md",
        quote: "Its running costs were roughly £210,000 in 2017/18.")
        == "The force set up a Modern Slavery Unit in April 2016. Its running costs were roughly £210,000 in 2017/18."
    )
  }

  @Test func aTableRowTakesTheLineBeforeTheTable() throws {
    // Not contiguous (the header rows lie between): the two joined with " … ".
    #expect(
      try context("foi_devon_response_questions_2018.md", quote: "| 2017/18 | £17,500 |")
        == "The Commissioner's grants to the national modern slavery helpline were as follows: … | 2017/18 | £17,500 |"
    )
  }

  @Test func aSentenceNamingMSHTKeepsItsOwnContext() throws {
    let quote =
      "In 2015/16 the Commissioner awarded £9,000 to a local charity supporting trafficking victims."
    #expect(try context("foi_hants_budget_statements_2016.txt", quote: quote) == quote)
  }

  @Test func requestTextNeverLeadsIn() throws {
    let quote = "Training costs in 2018/19 were in the region of £12,000."
    #expect(try context("foi_cambs_numbered_answers_2019.txt", quote: quote) == quote)
  }
}
