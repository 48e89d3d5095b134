import Classify
import Foundation
import Records
import Testing
import Topics

/// The shipped `Pipelines/rules.yml` against the gold seed facts and other forces' wording.
@Suite struct ShippedRulesTests {
  let book: RuleBook

  init() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Pipelines/rules.yml").standardizedFileURL
    let vocabulary = try TopicVocabulary.load(
      from: url.deletingLastPathComponent().appendingPathComponent("vocabulary.yml"),
      name: "Pipelines/vocabulary.yml")
    book = try RuleBook.load(from: url, name: "Pipelines/rules.yml", vocabulary: vocabulary)
  }

  static func fact(
    _ kind: FactKind, _ quote: String, context: String? = nil, amount: Decimal? = nil,
    basis: StaffBasis? = nil, cues: [String] = []
  ) -> Fact {
    Fact(
      id: "d#1-2", document: "d.txt", forceID: "x", force: "X", documentDate: nil,
      documentType: .foiResponse, kind: kind, amount: amount,
      qualifier: amount == nil ? nil : .exact, staffBasis: basis, quote: quote, cues: cues,
      context: context ?? quote)
  }

  /// The gold facts of `seed-facts.json`, with the sentence each quote stands in.
  static let gold: [(Fact, ResourceClass)] = [
    (
      fact(
        .statement,
        "we have not commissioned any services specifically to tackle human trafficking and modern day slavery",
        context:
          "Whilst we have not commissioned any services specifically to tackle human trafficking and modern day slavery (HF/MDS) we have undertaken work in relation to Child Sexual Exploitation (CSE) which intersects to a certain degree with HF/MDS."
      ),
      .none
    ),
    (
      fact(
        .funding,
        "Made available a Strategic Partnership Development Fund (SPDF) of £2m to target and drive forward work for priorities including CSE and human trafficking",
        amount: 2_000_000), .shared
    ),
    (
      fact(
        .funding,
        "Committed over £1.2m of SPDF funding to a partnership led Child Sexual Exploitation programme",
        amount: 1_200_000), .adjacent
    ),
    (
      fact(
        .funding,
        "Commissioned a CSE return interview post with the city council and Barnardos at a cost of £19,250 in 2015/16",
        context:
          "Commissioned a CSE return interview post with the city council and Barnardos at a cost of £19,250 in 2015/16 and up to £41,000 in 2016/17”",
        amount: 19250), .adjacent
    ),
    (
      fact(
        .funding, "up to £41,000 in 2016/17",
        context:
          "Commissioned a CSE return interview post with the city council and Barnardos at a cost of £19,250 in 2015/16 and up to £41,000 in 2016/17”",
        amount: 41000), .adjacent
    ),
    (
      fact(
        .funding,
        "The PCC has provided £10,000 grant funding to the national Unseen Modern Slavery Helpline",
        context:
          "5. The PCC has provided £10,000 grant funding to the national Unseen Modern Slavery Helpline which provides support to victims, provides advice to professionals and receives tip-offs of potential modern slavery from the general public.",
        amount: 10000), .dedicated
    ),
    (
      fact(
        .staff,
        "An increase of a sergeant and six detectives will be added to the Child Sexual Exploitation team and combine with the Modern Slavery Team",
        context:
          "An increase of a sergeant and six detectives will be added to the Child Sexual Exploitation team and combine with the Modern Slavery Team to target the range of offences covered by slavery across children and adults.",
        basis: .fullTime), .shared
    ),
    (
      fact(
        .staff, "combine with the Modern Slavery Team",
        context:
          "An increase of a sergeant and six detectives will be added to the Child Sexual Exploitation team and combine with the Modern Slavery Team to target the range of offences covered by slavery across children and adults.",
        basis: .fullTime), .dedicated
    ),
    (
      fact(
        .statement,
        "There is no information held by the OPCC to answer this part of your request in relation to funding."
      ),
      .none
    ),
    (
      fact(
        .funding, "The service is funded by the Police and Crime Commissioner for North Yorkshire."),
      .shared
    ),
    (
      fact(
        .funding,
        "The Commissioner has also funded a number of specialist commissioned support services which were established in October 2014",
        context:
          "The Commissioner has also funded a number of specialist commissioned support services which were established in October 2014 who can support those affected by trafficking and modern slavery through a wide range of issues which may have affected them depending on what type of industry a person has been forced to participate in:"
      ),
      .shared
    ),
    (
      fact(
        .statement,
        "NYP’s Organised Crime Unit absorbs any costs in relation to Modern Slavery within their normal departmental budget",
        context:
          "NYP’s Organised Crime Unit absorbs any costs in relation to Modern Slavery within their normal departmental budget; therefore there is currently no specific budget for this area within the Force."
      ),
      .absorbed
    ),
    (
      fact(
        .statement, "the OPCC can neither confirm nor deny that it holds any other information",
        context:
          "In addition, the OPCC can neither confirm nor deny that it holds any other information with regard to an exempt body as the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply by virtue of the following exemption:"
      ),
      .withheld
    ),
    (fact(.statement, "There is no specific budget for anti-trafficking activities."), .absorbed),
    (
      fact(.staff, "1 x Detective Superintendent as part time Force Lead.", basis: .partTime),
      .absorbed
    ),
    (fact(.staff, "2 x DCI's as part time support to Force Lead.", basis: .partTime), .absorbed),
    (
      fact(.staff, "1 x dedicated Modern Slavery Co-ordinator (Sergeant).", basis: .fullTime),
      .dedicated
    ),
    (
      fact(
        .staff, "WMP is also supported by the WMROCU dedicated Co-ordinator and Analyst.",
        context: "Of note, WMP is also supported by the WMROCU dedicated Co-ordinator and Analyst.",
        basis: .fullTime), .dedicated
    ),
    (
      fact(
        .staff,
        "WMP has also committed a part time Analyst and Intelligence Officer (x2) within the Force Intelligence function.",
        basis: .partTime), .absorbed
    ),
    (
      fact(
        .statement,
        "WMP currently has no dedicated investigative resource to deal with Slavery/Trafficking at this time."
      ),
      .none
    ),
    (
      fact(
        .statement,
        "the budgets for these departments cannot be disaggregated to find what is spend on anti trafficking activities",
        context:
          "Local policing, Force CID, Intelligence, Corporate Communications and PPU are all involved in combatting trafficking, and the budgets for these departments cannot be disaggregated to find what is spend on anti trafficking activities."
      ),
      .absorbed
    ),
  ]

  @Test(arguments: gold)
  func classifiesTheGoldSeedFacts(fact: Fact, expected: ResourceClass) throws {
    let rule = try #require(book.firstMatch(for: fact))
    #expect(rule.resourceClass == expected, "rule \(rule.id) for \(fact.quote)")
  }

  /// Other forces' wording, written the way FOI answers put it.
  static let otherForces: [(Fact, ResourceClass)] = [
    (
      fact(
        .funding,
        "approximately £150,000 to £200,000 of officer time per year is spent on modern slavery",
        amount: 150_000),
      .absorbed
    ),
    // Part-time work inside a CSE team is carried in that team's budget.
    (
      fact(
        .staff,
        "2 x Detective Constables within the Child Sexual Exploitation team support modern slavery investigations on a part-time basis.",
        basis: .partTime),
      .absorbed
    ),
    (
      fact(
        .staff,
        "a regional Modern Slavery and Organised Immigration Crime team of 1 Detective Sergeant and 4 Detective Constables",
        basis: .fullTime),
      .shared
    ),
    // Full-time posts of a team the lead-in names for MSHT.
    (
      fact(
        .staff, "The team consists of one Detective Sergeant and three Detective Constables.",
        context:
          "The force's Modern Slavery Team was set up in June 2017. The team consists of one Detective Sergeant and three Detective Constables.",
        basis: .fullTime),
      .dedicated
    ),
    // A cost-limit refusal withholds the answer as surely as an exemption does.
    (
      fact(
        .statement,
        "This part of your request is therefore refused under Section 12 as it would exceed the appropriate limit."
      ),
      .withheld
    ),
    (
      fact(.statement, "The Commissioner does not have a specific modern slavery budget."),
      .absorbed
    ),
    (fact(.statement, "There is no separate non-pay budget for the team."), .absorbed),
    // "does not hold" usually says the answer is unknown, but not before "a specific budget".
    (
      fact(
        .statement,
        "Cumbria Constabulary does not hold a specific budget for modern slavery; this work is funded from within the overall policing budget."
      ),
      .absorbed
    ),
    (
      fact(.statement, "Kent Police does not hold a dedicated budget for modern slavery."),
      .absorbed
    ),
    (
      fact(
        .funding, "£8,500 for outreach to potential victims of labour exploitation", amount: 8500),
      .dedicated
    ),
    (
      fact(.statement, "The information you have requested is exempt under Section 31(1)(a)."),
      .withheld
    ),
    (fact(.statement, "This information is withheld.", cues: ["exemption"]), .withheld),
    (fact(.statement, "Costs are met from within existing resources."), .absorbed),
    (
      fact(.statement, "Spending on modern slavery is not separately identified in our accounts."),
      .absorbed
    ),
    (fact(.statement, "Modern slavery work is carried in core budgets."), .absorbed),
    (
      fact(.statement, "The PCC has not allocated any funding specifically to modern slavery."),
      .none
    ),
    (fact(.statement, "The OPCC does not hold this information."), .none),
    (fact(.statement, "We have no budget for this."), .none),
    (
      fact(
        .funding, "£25,000 to the Modern Slavery Partnership co-ordinator post in 2017/18",
        amount: 25000), .dedicated
    ),
    (
      fact(
        .funding, "£15,000 in 2018/19",
        context:
          "The PCC granted £15,000 in 2018/19 to a charity supporting survivors of human trafficking.",
        amount: 15000), .dedicated
    ),
    (
      fact(
        .funding, "£120,000 for the Victims Hub",
        context:
          "The Commissioner provides £120,000 for the Victims Hub, which supports all victims of crime including victims of modern slavery.",
        amount: 120_000), .shared
    ),
    (
      fact(
        .funding, "£30,000",
        context: "£30,000 was given to a county lines and child criminal exploitation project.",
        amount: 30000), .adjacent
    ),
    (
      fact(
        .funding, "£40,000 for a joint CSE and trafficking awareness campaign", amount: 40000),
      .shared
    ),
    (fact(.funding, "£8,000 to the Safer Streets fund", amount: 8000), .shared),
    (
      fact(
        .staff, "a CSE co-ordinator", context: "We also fund a CSE co-ordinator.", basis: .fullTime),
      .adjacent
    ),
    (
      fact(
        .staff, "four detectives",
        context: "Four detectives work in the Child Exploitation Team.", basis: .fullTime),
      .adjacent
    ),
    (
      fact(.staff, "2 x Modern Slavery and Human Trafficking Investigators", basis: .fullTime),
      .dedicated
    ),
    (
      fact(
        .staff, "a Detective Inspector, part time, as the force's Modern Slavery SPOC",
        basis: .partTime), .absorbed
    ),
    (fact(.staff, "an analyst dedicated to the work", basis: .fullTime), .dedicated),
    // Full time says how long, not what for: not dedicated without more.
    (
      fact(
        .staff, "a full-time analyst", context: "A full-time analyst has been appointed.",
        basis: .fullTime), .absorbed
    ),
    (
      fact(
        .staff, "20 detectives",
        context:
          "Public Protection has 20 detectives who deal with all vulnerability, including trafficking.",
        basis: .fullTime), .absorbed
    ),
  ]

  @Test(arguments: otherForces)
  func classifiesOtherForcesWording(fact: Fact, expected: ResourceClass) throws {
    let rule = try #require(book.firstMatch(for: fact))
    #expect(rule.resourceClass == expected, "rule \(rule.id) for \(fact.quote)")
  }

  @Test func endsWithAVisibleCatchAllForEveryKind() {
    let lastByKind = Dictionary(
      book.rules.compactMap { rule in rule.kinds.map { ($0, rule) } }.flatMap { kinds, rule in
        kinds.map { ($0, rule) }
      }, uniquingKeysWith: { _, later in later })
    #expect(lastByKind[.funding]?.id == "funding-unmatched")
    #expect(lastByKind[.staff]?.id == "staff-unmatched")
    #expect(lastByKind[.statement]?.id == "statement-unmatched")
    for id in ["funding-unmatched", "staff-unmatched", "statement-unmatched"] {
      let rule = book.rules.first { $0.id == id }
      #expect(rule?.quoteHasAny == nil && rule?.contextHasAny == nil && rule?.cuesAny == nil)
    }
  }
}

/// The rules read the vocabulary's lists: a word added to `adjacent_areas` classes money for it
/// as adjacent, and a rules file may not keep its own copy of a vocabulary list.
@Suite struct VocabularyInRulesTests {
  private static let rules = """
    rules:
      - id: adjacent
        description: Money for a related area.
        class: adjacent
        kind: funding
        context_has_any: ["@adjacent_areas"]
      - id: other
        description: Anything else.
        class: shared
        kind: funding
    """

  @Test func aWordAddedToTheVocabularyChangesTheClass() throws {
    let fact = ShippedRulesTests.fact(.funding, "£5,000 to a cuckooing prevention project")
    let narrow = TopicVocabulary(msht: ["modern slavery"], adjacentAreas: ["county lines"])
    let wide = TopicVocabulary(
      msht: ["modern slavery"], adjacentAreas: ["county lines", "cuckooing"])
    let before = try RuleBook.parse(Self.rules, file: "r.yml", vocabulary: narrow)
    let after = try RuleBook.parse(Self.rules, file: "r.yml", vocabulary: wide)
    #expect(before.firstMatch(for: fact)?.id == "other")
    #expect(after.firstMatch(for: fact)?.id == "adjacent")
  }

  @Test func aRulesFileMayNotRedefineAVocabularyList() throws {
    let yaml = "terms:\n  msht: [slavery]\n" + Self.rules
    let vocabulary = TopicVocabulary(msht: ["modern slavery"], adjacentAreas: ["cse"])
    #expect(
      throws: ClassifyError.badRules(
        "the term list 'msht' belongs in Pipelines/vocabulary.yml, which ingest reads too",
        at: SourcePosition(file: "r.yml", line: 2))
    ) { try RuleBook.parse(yaml, file: "r.yml", vocabulary: vocabulary) }
  }
}
