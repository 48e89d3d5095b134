import Foundation
import Records
import Testing

@testable import Ingest

/// The shapes of real answers that the rules were rebuilt for, each in a small answer written
/// for the test in the structure real pages have (see contrib/evaluation/real-structures).
@Suite struct RealStructureTests {
  private func read(_ text: String, name: String = "t.txt") throws -> DocumentReader.Result {
    let detector = try #require(FixtureSupport.detector)
    return DocumentReader.analyse(
      text, encoding: "utf-8", name: name, detector: detector,
      topics: try #require(FixtureSupport.topics))
  }

  private func mentions(_ text: String) throws -> [String] {
    try read(text).mentions.map(FixtureSupport.summary)
  }

  /// A PCC page of victim-service grants with one modern slavery item: only that item ties.
  @Test func aGrantListCountsOnlyTheItemThatNamesTheTopic() throws {
    let result = try read(
      """
      Office of the Police and Crime Commissioner for Norfolk

      Grants to victim services 2022/23

      The Commissioner awarded the following grants to services for victims of crime:

      - £42,000 to a counselling service for adults
      - £18,500 to a restorative justice scheme
      - £9,000 to an outreach service for survivors of modern slavery

      For information, the police precept for 2022/23 was set at £290.43 for a Band D property.

      The awards were met from the Ministry of Justice Victims Grant, which is worth £1.9 million this year.
      """)
    #expect(result.record.forceID == "norfolk")
    #expect(
      result.mentions.map(FixtureSupport.summary) == [
        "funding | 9000 |  | exact |  |  |  | £9,000 to an outreach service for survivors of modern slavery"
      ])
    #expect(result.mentions.first?.evidence == "its sentence names 'modern slavery'")
    let notTied = Relevance.notTied
    #expect(
      result.setAside.map { "\($0.quote) | \($0.reason)" } == [
        "£42,000 | \(notTied)", "£18,500 | \(notTied)",
        "£290.43 | the council tax precept, not money for a service",
        "£1.9 million | the size of a general fund or grant, not money for MSHT",
      ])
  }

  /// "Question" then "Answer" headings, and answers labelled "Q1.": the answers are answer
  /// text; a strategy document's exemption and the Act's boilerplate are no facts.
  @Test func answersUnderAnAnswerHeadingAreReadWhateverTheirLabels() throws {
    let result = try read(
      """
      Essex Police
      Home > Freedom of Information > Disclosure log

      Modern slavery resources

      Question

      1. What budget did the force allocate to modern slavery in 2021/22?
      2. Please provide a copy of your modern slavery strategy.

      Answer

      Q1. No specific funding has been allocated to modern slavery, other than the PCC's funding for the charity Safe Passage to support victims of trafficking.

      Q2. The strategy document is exempt from disclosure under Section 31(1)(a) - Law Enforcement.

      Section 31 is a prejudice based, qualified exemption and therefore a public interest test is required.
      """)
    let sentence =
      "No specific funding has been allocated to modern slavery, other than the PCC's funding for "
      + "the charity Safe Passage to support victims of trafficking."
    #expect(result.record.forceID == "essex")
    #expect(
      result.mentions.map(FixtureSupport.summary) == [
        "funding |  |  |  |  |  |  | \(sentence)", "statement |  |  |  |  |  |  | \(sentence)",
      ])
  }

  /// People given in running prose: a total, its breakdown, officers by rank and name, one in
  /// each of N units, one in every unit (uncounted), a post the commissioner funds.
  @Test func peopleInRunningProse() throws {
    let result = try read(
      """
      Lancashire Constabulary - Freedom of Information

      Response

      The Exploitation Team currently has 18 team members. This includes 4 PCs, 2 DSs and 1 DI.

      The modern slavery unit is led by Detective Inspector Rosa Penhale and consists of:

      DS Amir Costa
      DC Lena Holt
      PC Jon Ure (Intelligence Officer)

      Each of the six Community Safety Partnerships has a modern slavery lead at Inspector rank.

      Every neighbourhood policing team has a nominated modern slavery Single Point of Contact, a role carried out in addition to their normal duties.

      The Commissioner also funds the partnership's modern slavery coordinator post.
      """)
    let spoc =
      "Every neighbourhood policing team has a nominated modern slavery Single Point of Contact, "
      + "a role carried out in addition to their normal duties."
    let post = "The Commissioner also funds the partnership's modern slavery coordinator post."
    #expect(
      result.mentions.map(FixtureSupport.summary) == [
        "staff |  |  |  | 18 | full_time |  | The Exploitation Team currently has 18 team members.",
        "staff |  |  |  | 1 | full_time |  | The modern slavery unit is led by Detective Inspector Rosa Penhale and consists of:",
        "staff |  |  |  | 1 | full_time |  | DS Amir Costa",
        "staff |  |  |  | 1 | full_time |  | DC Lena Holt",
        "staff |  |  |  | 1 | full_time |  | PC Jon Ure (Intelligence Officer)",
        "staff |  |  |  | 6 | full_time |  | Each of the six Community Safety Partnerships has a modern slavery lead at Inspector rank.",
        "staff |  |  |  |  | part_time |  | \(spoc)",
        "funding |  |  |  |  |  |  | \(post)",
        "staff |  |  |  | 1 | full_time |  | \(post)",
      ])
    #expect(
      result.setAside.map(\.reason) == [
        "breaks down the people counted just before it",
        "a team whose people are counted right after it",
      ])
  }

  /// Two sentences of one paragraph that together say the work is carried in a general budget.
  @Test func costsMetFromAGeneralBudgetAreAbsorbed() throws {
    let text =
      "There is no budget set specifically for the trafficking unit. The cost of the unit is met "
      + "from within the overall Serious and Organised Crime Unit budget."
    #expect(
      try mentions("Kent Police\n\nResponse\n\n\(text)") == [
        "statement |  |  |  |  |  |  | \(text)"
      ])
  }

  /// A refusal of a request for crime figures is no resource fact; one for resources is.
  @Test func refusalsCountOnlyForRequestsAboutResources() throws {
    let refusal =
      "Durham Constabulary can neither confirm nor deny that it holds the information requested."
    let crime = try mentions(
      "Request\n\nHow many modern slavery crimes were recorded in 2022?\n\nResponse\n\n\(refusal)")
    #expect(crime == [])
    let resources = try mentions(
      "Request\n\nHow many officers work on modern slavery?\n\nResponse\n\n\(refusal)")
    #expect(resources == ["statement |  |  |  |  |  |  | \(refusal)"])
  }

  /// A summary that points below and the refusal it points to are one refusal.
  @Test func oneNeitherConfirmNorDenyPerAnswer() throws {
    let summary =
      "In respect of question 2, the force will neither confirm nor deny whether further "
      + "information is held, and the reasons are explained below."
    let full =
      "The force can neither confirm nor deny that it holds information on the number of "
      + "officers deployed to individual operations."
    let result = try read(
      "Request\n\n1. How many officers work on modern slavery?\n\nResponse\n\n\(summary)\n\n"
        + "Answer 2\n\n\(full)")
    #expect(result.mentions.map(\.quote) == [full])
    #expect(
      result.setAside.map(\.reason) == [
        "repeats the document's neither-confirm-nor-deny, counted once"
      ])
  }

  /// The summary may point below in the next sentence of its paragraph ("Our reasons are set
  /// out under each answer."): the refusal under its answer is the one kept.
  @Test func aSummaryWhoseParagraphPointsBelow() throws {
    let summary =
      "For question 4 the force will neither confirm nor deny that information is held."
    let full =
      "The force neither confirms nor denies that it holds information on the number of "
      + "officers deployed on covert trafficking work, by virtue of Section 23(5)."
    let result = try read(
      "Request\n\n4. How many officers work on covert trafficking work?\n\nResponse\n\n"
        + "\(summary) Our reasons are set out under each answer.\n\nAnswer 4\n\n\(full)")
    #expect(result.mentions.map(\.quote) == [full])
  }

  @Test(arguments: [
    // The force only in an e-mail domain.
    ("Disclosure log\n\nThe unit has two analysts.\n\nfoi@kent.pnn.police.uk", "kent"),
    // The commissioner's office as author; another force named in passing as national lead.
    (
      "Mayor's Office for Policing and Crime\nDecision PCD 900\n\n"
        + "The national lead is the Chief Constable of Devon and Cornwall Police. Devon and "
        + "Cornwall Police host the programme.",
      "metropolitan"
    ),
    // Named only in the body, twice as often as any other: the page is about that force.
    (
      "News\n\nSurrey Police set up a team. Surrey Police and Sussex Police share a unit.", "surrey"
    ),
    // Two forces named alike in the body: no guess.
    ("News\n\nKent Police and Essex Police met. Kent Police and Essex Police agreed.", "unknown"),
  ])
  func theForceIsTheAuthoringBody(text: String, forceID: String) throws {
    #expect(try read(text).record.forceID == forceID)
  }

  @Test func anHTMLTitleNamesTheAuthor() throws {
    let detector = try #require(FixtureSupport.detector)
    let result = DocumentReader.analyse(
      "Modern slavery resources\n\nThe unit has two analysts.", encoding: "utf-8", name: "t.html",
      detector: detector, topics: try #require(FixtureSupport.topics),
      title: "Modern slavery resources | Cumbria Constabulary")
    #expect(result.record.forceID == "cumbria")
  }

  /// Work carried by general teams is people, uncounted and part time; a team's size
  /// ("six-strong") counts the ranks that make it up; a post denied full time adds nobody.
  @Test func generalTeamsTeamSizesAndPartTimeLeads() throws {
    let result = try read(
      """
      Cleveland Police - Freedom of Information

      Request

      How many officers work on modern slavery?

      Response

      Modern slavery offences are investigated by detectives within the Public Protection Unit.

      The six-strong modern slavery team brings together a Detective Sergeant, two Detective Constables and a Police Constable, backed by a researcher and an analyst.

      The force lead is a Detective Superintendent. It is not a full-time role.
      """)
    #expect(
      result.mentions.map(FixtureSupport.summary) == [
        "staff |  |  |  |  | part_time |  | Modern slavery offences are investigated by detectives",
        "staff |  |  |  | 6 | full_time |  | The six-strong modern slavery team brings together a Detective Sergeant, two Detective Constables and a Police Constable, backed by a researcher and an analyst.",
        "staff |  |  |  | 1 | part_time |  | The force lead is a Detective Superintendent.",
      ])
  }

  /// A requester's "Please could you tell me:" and questions opening "Whether ..." are request
  /// text; seized cash and "does not give any funding" are no resources.
  @Test func requestsQuotedBackInAThreadAndMoneyThatIsNoResource() throws {
    let result = try read(
      """
      Dear Sussex Police,

      Please could you tell me:

      1. Whether the force contributes money to the county anti-slavery network.

      Response

      Sussex Police does not give any funding to the county anti-slavery network. In a modern slavery operation last year cash of £41,000 was seized.
      """)
    #expect(
      result.mentions.map(FixtureSupport.summary) == [
        "statement |  |  |  |  |  |  | Sussex Police does not give any funding to the county anti-slavery network."
      ])
    #expect(
      result.requests.map(\.text) == [
        "Please could you tell me:\n\n1. Whether the force contributes money to the county anti-slavery network."
      ])
    #expect(result.setAside.map(\.reason) == ["money seized or confiscated, not a resource"])
  }
}

/// A document with no sentence breaks is cut into bounded sentences, flagged, and read in
/// time in proportion to its length.
@Suite struct LongSentenceTests {
  @Test func aSingleLineDocumentIsCutIntoBoundedSentences() throws {
    let detector = try #require(FixtureSupport.detector)
    let clause = "the PCC gave £1,500 to a modern slavery charity and the unit grew "
    let text = "Kent Police\n\n" + String(repeating: clause, count: 2_000)
    let result = DocumentReader.analyse(
      text, encoding: "utf-8", name: "t.txt", detector: detector,
      topics: try #require(FixtureSupport.topics))
    #expect(result.record.flags.contains("long_sentences_cut"))
    #expect(result.mentions.count >= 1_900)
    #expect(result.mentions.allSatisfy { $0.quote.utf16.count <= DocumentLayout.longestSentence })
    #expect(
      result.mentions.allSatisfy { $0.context.utf16.count <= 3 * DocumentLayout.longestSentence })
    // Every quote is the document's text at its offsets.
    let scalars = Array(text.unicodeScalars)
    for mention in result.mentions.prefix(50) {
      let quote = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
      #expect(quote == mention.quote)
    }
  }
}

/// NUL and other control characters never reach an output, and quotes stay exact.
@Suite struct ControlCharacterTests {
  @Test func controlCharactersAreRemovedAndFlagged() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("forcebench-controls-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("kent.txt")
    let text =
      "Kent Police\n\nResponse\n\nThe PCC gave \u{0}£9,000\u{7} to a modern slavery charity.\n"
    try Data(text.utf8).write(to: file)
    let detector = try #require(FixtureSupport.detector)
    let result = try DocumentReader.read(
      url: file, name: "kent.txt", display: "kent.txt", detector: detector,
      topics: try #require(FixtureSupport.topics))
    #expect(result.record.flags == ["date_unknown", "control_characters_removed"])
    #expect(result.mentions.map(\.quote) == ["The PCC gave £9,000 to a modern slavery charity."])
    #expect(!result.mentions.contains { $0.context.unicodeScalars.contains { $0.value < 0x09 } })
  }
}
