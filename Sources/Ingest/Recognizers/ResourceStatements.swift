import Foundation

/// Statements about resources (`Statements.cues`): no specific budget, absorbed, cannot be
/// disaggregated, nothing given, no dedicated resource, no information held, exemptions and
/// neither-confirm-nor-deny; less the Act's boilerplate and refusals that are not about
/// resources.
struct ResourceStatements: SentenceRecognizer {
  /// A team denied: "no modern slavery team", "does not have its own unit".
  private static let noTeam = Pattern(
    #"(?:\bno|(?:\bnot|n't)\s+(?:currently\s+)?(?:have|has|had))\s+(?:[\w'’-]+\s+){0,5}?(?:teams?|units?|squads?|hubs?|cells?|desks?)\b"#
  )
  /// Words of what people cost, which make "cannot be separated" a statement about resources.
  private static let costWords = Pattern(#"\bcosts?\b|\bpay\b|\bsalar(?:y|ies)\b|\btime\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard !sentence.isQuestion else { return }
    let (text, range) = (document.text, sentence.range)
    var statement = Statements.cues(in: text, sentence: range)
    // "Lincolnshire Police does not have its own modern slavery team", "has no team whose
    // sole remit is modern slavery", "We don't have a standalone modern slavery unit": a team
    // denied, in a sentence that names the topic.
    if !statement.cues.contains("no_dedicated_resource"),
      text.contains(Self.noTeam, in: range), text.contains(document.topics.any, in: range)
    {
      statement.cues.append("no_dedicated_resource")
    }
    // "A1. No information held." answers the question before it: when that question asks
    // about money or staff, the short answer is about them too.
    if statement.cues.isEmpty, text.contains(Statements.noInformationHeld, in: range),
      text.text(range).split(whereSeparator: \.isWhitespace).count <= 8,
      let asked = document.requests.last(where: { $0.end <= range.location }),
      text.contains(
        Statements.resourceWords, in: document.question(answeredAt: sentence.index) ?? asked)
    {
      statement.cues = ["no_information_held"]
    }
    let refusal = ["exemption", "ncnd"]
    // "Section 31 is a qualified exemption ...", "When a reasonable estimate has been made
    // ...": the Act explained, not an answer about this force's resources.
    if text.contains(Statements.actBoilerplate, in: range) {
      statement.cues.removeAll { refusal.contains($0) }
      // Its sections still say which exemptions the refusal before it relies on.
      if !statement.sections.isEmpty { statement.cues.append(MentionExtractor.explainsAct) }
    }
    // "The Delivery Plan is held; however, it is exempt", "the names of other staff are
    // exempt under s40(2)": what is withheld is a document or people's identities, not the
    // resource information asked for.
    if statement.cues.contains(where: refusal.contains),
      text.contains(Statements.withheldOtherThanResources, in: range),
      !text.contains(Statements.resourceWithheld, in: range)
    {
      statement.cues.removeAll { refusal.contains($0) }
      statement.sections = []
    }
    // A refusal (on cost, or neither confirm nor deny) of a request that asks for crime
    // figures, not resources, is no resource fact. The cost of answering is no resource. When
    // the answer is numbered, the question of the same number is what it refuses ("5. ...
    // would exceed the appropriate limit" for "5) list the agencies at each visit").
    let asked = document.question(answeredAt: sentence.index).map { [$0] } ?? document.requests
    if statement.cues.contains(where: refusal.contains),
      !document.requests.isEmpty, !text.contains(Statements.resourceWordsButCost, in: range),
      !asked.contains(where: { text.contains(Statements.resourceWords, in: $0) })
    {
      statement.cues.removeAll { refusal.contains($0) }
      statement.sections = []
    }
    // "funded at £250k from the Force's core budget", "this contribution cannot be broken down
    // further": words that say where an amount comes from or how far it goes are the amount's.
    // The same holds for a funded service with no amount ("also funds Lighthouse ...; its cost
    // cannot be disaggregated by crime type"): the funding is the fact.
    let fundsSomething = !sentence.money.isEmpty || sentence.drafts.contains { $0.kind == .funding }
    // Likewise "officers in CID also deal with modern slavery as part of their wider workload,
    // and we cannot say how much of their time is given to it": the people are the fact.
    let sharesPeople = sentence.drafts.contains { $0.kind == .staff && $0.basis == .partTime }
    // "The Modern Slavery Unit is funded from the force's base budget": how a team is paid
    // for is the team's detail.
    let paysForTeam =
      sentence.drafts.contains { $0.isTeam && $0.basis != .partTime }
      && statement.cues == ["existing_resources"]
    let qualifiesMoney =
      fundsSomething
      && Set(statement.cues).isSubset(of: ["existing_resources", "cannot_disaggregate"])
      || sharesPeople
        && Set(statement.cues).isSubset(of: ["cannot_disaggregate", "part_of_wider_work"])
      || paysForTeam
    // "Figures for sections 57 to 59A cannot be separated": crime figures, not resources.
    let aboutFigures =
      statement.cues == ["cannot_disaggregate"]
      && !text.contains(Statements.resourceWordsButCost, in: range)
      && !text.contains(Self.costWords, in: range)
    guard !statement.cues.isEmpty, !qualifiesMoney, !aboutFigures else { return }
    var draft = MentionExtractor.Draft(
      kind: .statement, quote: range, sentence: sentence.index, lastSentence: sentence.index)
    draft.cues = statement.cues
    draft.sections = statement.sections
    // "There was no specific funding ... in 2015/16", "Prior to April 2017 there was no team".
    draft.period = PeriodFinder.periods(in: text, range: range).first?.words(in: text) ?? ""
    sentence.drafts.append(draft)
    // "There is no budget set specifically for the trafficking unit", "No PCC funding has been
    // identified to continue the caseworker post": the team or post is what the statement is
    // about, not a staff resource of its own.
    let saysNone = MentionExtractor.family(of: statement.cues) != "withheld"
    sentence.drafts.removeAll {
      $0.isTeam
        || saysNone && $0.kind == .staff && MentionExtractor.namesPost($0.role)
          && Set(statement.cues).isDisjoint(with: ["existing_resources", "part_of_wider_work"])
    }
  }
}
