import Foundation
import Records

/// Extracts the resource mentions of one document's answer text.
///
/// How a document is read, in order, and where each step lives (to add a phrasing, find its
/// step here):
///
/// 1. Request and answer: `RequestSegmenter` sets aside the request quoted back (headings,
///    labels, numbered questions, "Please could you tell me:"); an answer heading switches to
///    answer text whatever labels its paragraphs carry.
/// 2. Per answer sentence (`extract(sentence:range:aside:)`):
///    - money: `MoneyFinder`, less cost limits, thresholds, precepts, seized cash, fund totals
///      and table totals (each set aside with its reason);
///    - people: `StaffFinder.staff` (counted phrases, MSHT-named teams, "a dedicated team",
///      "N-strong team", work "investigated by" general teams), `StaffFinder.tableRow`,
///      `StaffFinder.namedOfficers`; posts bought with the sentence's money are the money's;
///    - funding without an amount: `fundedVerb` (and `fundedPost`: a funded post is a person
///      too);
///    - statements: `Statements.cues` (no specific budget, absorbed, cannot disaggregate,
///      nothing given, no dedicated resource, no information held, exemptions), less the
///      Act's boilerplate and refusals that are not about resources.
/// 3. Across sentences: periods lent by dating sentences, team periods, part-time roles said
///    in the next sentence, one statement per paragraph, teams counted right after, one
///    neither-confirm-nor-deny, breakdowns of a total.
/// 4. The relevance gate, `Relevance`: money and people count only when tied to MSHT or an
///    area next to it (the words of `Pipelines/vocabulary.yml`); the rest is set aside.
///
/// Ids are `doc#start-end`; when two mentions are cut from the same span (a sentence giving a
/// funding fact and a statement), the later ones in document order get `~2`, `~3`, ...
struct MentionExtractor {
  let text: SourceText
  let layout: DocumentLayout
  let document: String
  /// Request passages, UTF-16 ranges.
  let requests: [NSRange]
  /// The vocabulary's words for MSHT and the areas next to it.
  let topics: TopicWords
  /// The kind of document, which decides how strictly money must be tied to MSHT.
  var type: DocumentType = .other

  /// A mention while it is being built, in UTF-16 ranges.
  struct Draft {
    var kind: FactKind
    var quote: NSRange
    var sentence: Int
    var lastSentence: Int
    var amount: Decimal?
    var amountHigh: Decimal?
    var qualifier: AmountQualifier?
    var count: Int?
    var basis: StaffBasis?
    var role: String = ""
    var period: String = ""
    var perAnnum = false
    var cues: [String] = []
    var sections: [String] = []
    /// The amount's own words, for money.
    var amountRange: NSRange?
    /// Whether the staff mention is a team named without a count.
    var isTeam = false
  }

  /// Money or people found but not taken, while the document is read.
  private struct Aside {
    var kind: FactKind
    var range: NSRange
    var sentence: Int
    var amount: Decimal?
    var count: Int?
    var reason: String
  }

  private static let fundedVerb = Pattern.make(
    #"\b(?:is|are|was|were|been|being)\s+(?:(?:also|jointly|fully|partly|part|solely|currently|now)\s+)?(?:funded|grant[- ]funded|paid\s+for|financed)\b|\b(?:has|have|had)\s+(?:also\s+)?(?:funded|financed|grant[- ]funded)\b|\bfunds\s+(?:the|a|an)\b|\b(?:PCC|OPCC|Commissioner|Mayor|MOPAC)\s+(?:also\s+|jointly\s+|currently\s+)?funds\b|\b(?:agreed|agrees|decided|decides|continues?|continued|will|intends)\s+(?:to\s+)?(?:continue\s+(?:to\s+)?)?(?:fund(?:ing)?|part[- ]fund|contribute\s+(?:funding\s+|money\s+)?(?:to|towards))\b|\bcontribut(?:ed|es|ing)\s+(?:funding|money)\s+(?:to|towards)\b|\b(?:allocated|provided|given|awarded|committed)\s+(?:\w+\s+)?funding\s+(?:to|for|towards)\b|\bpaid\s+for\s+by\s+(?:the\s+)?(?:PCC|OPCC|Commissioner|Mayor|force|Police\s+and\s+Crime\s+Commissioner)\b|\b(?:PCC|OPCC|Commissioner)(?:['’]s)?\s+(?:\([^)]{0,50}\)\s+)?(?:['’]s\s+)?funding\s+(?:for|of|to|towards)\b|^[\W\d]*(?:money|funds|funding|a\s+grant|grants)\s+(?:for|to)\s+(?:the\s+)?\w+|^[\W\d]*a\s+bid\b[^.;]{0,80}\bto\s+\w+|\bpays?\s+for\s+(?:the|a|an)\b|\bpaid\s+for\s+(?:from|through|out\s+of)\b|\b(?:confirmed|approved|agreed|secured|announced|awarded|granted)\s+(?:\w+\s+)?funding\s+(?:for|to|towards)\b|\bsuccessful\s+(?:in|with)\s+(?:\w+\s+)?bids?\b|\b(?:PCC|OPCC|Commissioner)[- ](?:commissioned|funded)\b|\b(?:receive|receives|received)\s+(?:joint\s+|additional\s+|further\s+)?funding\b"#
  )

  /// The post a funding verb pays for, right after it: "the network's coordinator post", "the
  /// post", "a new analyst role".
  private static let fundedPost = Pattern.make(
    #"^\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:post|role|position)\b(?!\s+(?:of|holders?))"#)
  private static let leadsIntoList = Pattern.make(
    #"\b(?:the\s+following|as\s+follows|set\s+out\s+below|listed\s+below|shown\s+below|below:)|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?(?:bids|grants|awards|projects|services|posts|organisations|schemes)\s*:"#
  )
  private static let costOf = Pattern.make(
    #"\bcost(?:ing|s)?\s+(?:of\s+)?£|\bat\s+a\s+cost\s+of\b|\bcosted\s+at\b|\bsalary\s+of\b"#)

  /// The cue of a sentence that explains the Act's exemptions in general terms.
  private static let explainsAct = "explains_act"
  private static let exceptFor = Pattern.make(
    #"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|besides|beyond)\b"#)
  private static let negation = Pattern.make(#"\b(?:not|never|no longer|n't)\b"#)
  /// Where one mention's clause ends and the next one's begins; ", supported by" starts the
  /// clause of the people who support.
  private static let boundary = Pattern.make(
    #";|,\s+(?:and|but)\s|\s(?:and|but|whilst|while)\s|,\s+(?=(?:supported|assisted|helped|backed|joined)\s+by\s)"#
  )
  /// Words after an amount that make the post next named what it pays for: "to provide a",
  /// "for a", "towards the", "to fund an", "to employ two".
  private static let paysFor = Pattern.make(
    #"^[^;.£]*?\b(?:to\s+(?:provide|fund|employ|recruit|pay\s+for|support)|for|towards)\s+$"#)
  private static let teamBoundary = Pattern.make(
    #"[;,(:]|\s(?:and|but|whilst|while|which|who|that)\s"#)
  private static let including = Pattern.make(
    #"^[\s\w,]{0,30}?\b(?:including|of\s+whom|such\s+as|namely)\b"#)
  private static let relative = Pattern.make(#",?\s(?:which|who)\s"#)
  /// Words that tie a sentence's money to spending: what a modern-slavery statement must say
  /// beside MSHT words for an amount to be a resource.
  private static let spendingWords = Pattern.make(
    #"\b(?:fund(?:s|ed|ing)?|grants?|allocat\w*|invest\w*|commission\w*|spen[dt]\s+on|spending\s+on|budget(?:ed)?\s+(?:for|of)|donat\w*|contribut\w*|award\w*)\b"#
  )
  /// A procurement or contract-value threshold just before an amount: "contracts with a value
  /// over", "tenders above", "a threshold of".
  private static let threshold = Pattern.make(
    #"\b(?:contracts?|tenders?|procurements?|purchases?|orders?|bids?)\b[^.;£]{0,40}?\b(?:values?|valued|worth|thresholds?)\b[^.;£]{0,15}$|\bthresholds?\b[^.;£]{0,15}$|\b(?:contracts?|tenders?|purchases?|orders?)\s+(?:of\s+|above\s+|over\s+|exceeding\s+)?$"#
  )
  /// Work held beside other duties, which makes a post part time: "alongside other duties",
  /// "in addition to their day job", "as part of their wider role", "as part of a wider
  /// portfolio", "also investigate other".
  private static let sideDuties = Pattern.make(
    #"\balongside\s+(?:[\w'’-]+\s+){0,3}?(?:duties|roles?|responsibilities|jobs?|workloads?|work)\b|\bin\s+addition\s+to\s+(?:their|his|her|its|other|normal|usual)\s+(?:[\w-]+\s+){0,2}?(?:duties|roles?|jobs?|responsibilities|work)\b|\bas\s+(?:a\s+)?part\s+of\s+(?:their|his|her|its|a|an)\s+(?:(?:wider|broader|normal|other|usual|day[- ]to[- ]day)\s+)?(?:roles?|duties|remit|responsibilities|jobs?|work|portfolios?)\b|\balso\s+(?:investigates?|covers?|deals?\s+with|works?\s+on|handles?)\s+other\b|\bon\s+a\s+part[- ]time\s+basis\b|\bspends?\s+(?:some|part)\s+of\s+(?:their|his|her)\s+time\b|\bpart\s+of\s+(?:their|his|her)\s+time\b|\balongside\s+(?:[\w'’-]+\s+){0,3}?(?:portfolios?|remits?|briefs?|commitments)\b|\balso\s+(?:manages?|leads?|heads?|oversees?|runs?|supervises?)\b|\bin\s+addition\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:duties|roles?|jobs?|responsibilities|work)\b|\b(?:heads?|leads?|manages?|oversees?|covers?)\s+both\b|\bnot\s+a\s+full[- ]time\s+(?:role|post|position|job)\b"#
  )
  /// The start of a sentence that goes on about the post just counted: "The SPOC role is ...".
  private static let roleReference = Pattern.make(
    #"^(?:(?:the|this|these|that|those|their|its|each|all)\b[^.;]{0,40}?\b(?:roles?|posts?|positions?|officers?|SPOCs?|staff)\b|(?:they|he|she|it)\b)"#
  )
  private static let label = Pattern.make(
    #"^(?:answer|response|reply|a\d{1,2}[a-z]?|q\d{1,2}[a-z]?)\s*[:.)\-–]\s*"#)

  /// Whether a counted phrase's roles name a post: "post", "Coordinator post", "posts".
  private static func namesPost(_ role: String) -> Bool {
    role.lowercased().split(separator: ";").contains { part in
      let word = part.split(separator: " ").last ?? ""
      return word == "post" || word == "posts"
    }
  }

  /// The answer's sentences: layout sentences outside the request passages, labels cut off.
  private func answerSentences() -> [(index: Int, range: NSRange)] {
    var result: [(Int, NSRange)] = []
    for (index, sentence) in layout.sentences.enumerated() {
      var range = sentence.range
      if let request = requests.first(where: { $0.overlaps(range) }) {
        guard request.end < range.end else { continue }
        range = text.trimmed(NSRange.between(request.end, range.end))
      }
      if let match = text.firstMatch(Self.label, in: range) {
        range = text.trimmed(NSRange.between(match.range.end, range.end))
      }
      if range.length > 0 { result.append((index, range)) }
    }
    return result
  }

  /// The mentions of the document, in order of their start, and the money and people found
  /// but not taken, each with its reason.
  func mentions() -> (mentions: [Mention], setAside: [SetAsideMention]) {
    let sentences = answerSentences()
    var rangeOf: [Int: NSRange] = [:]
    for (index, range) in sentences { rangeOf[index] = range }
    var drafts: [Draft] = []
    var aside: [Aside] = []
    for (index, range) in sentences {
      drafts += extract(sentence: index, range: range, aside: &aside)
    }
    attachDatingSentences(&drafts, sentences: sentences)
    carryTeamPeriods(&drafts, sentences: sentences)
    markRolesHeldAlongsideDuties(&drafts, sentences: sentences)
    drafts = mergeStatements(drafts)
    dropTeamsCountedNext(&drafts, aside: &aside)
    keepOneNeitherConfirmNorDeny(&drafts, aside: &aside)
    dropBreakdowns(&drafts, aside: &aside)
    // Ties broken by end and by the order found, so that ids are the same on every run.
    let ordered = drafts.enumerated().sorted { a, b in
      let (x, y) = (a.element.quote, b.element.quote)
      if x.location != y.location { return x.location < y.location }
      if x.end != y.end { return x.end < y.end }
      return a.offset < b.offset
    }.map(\.element)
    let relevance = Relevance(extractor: self, drafts: ordered, rangeOf: rangeOf)
    var used: [String: Int] = [:]
    var mentions: [Mention] = []
    for draft in ordered {
      let first = rangeOf[draft.sentence] ?? layout.sentences[draft.sentence].range
      let last = rangeOf[draft.lastSentence] ?? layout.sentences[draft.lastSentence].range
      let context = NSRange.between(
        min(first.location, draft.quote.location), max(last.end, draft.quote.end))
      let start = text.scalarOffset(draft.quote.location)
      let end = text.scalarOffset(draft.quote.end)
      let quote = text.text(draft.quote)
      var contextText = text.text(context)
      if draft.kind != .statement, !text.contains(topics.any, in: context) {
        let lead = leadIn(to: draft.sentence, rangeOf: rangeOf)
        if !lead.isEmpty { contextText = joined(lead + [context]) }
      }
      // "The team consists of ..." or "the cost of the unit" two paragraphs after the team was
      // named: the analyst reads "the team" as that team, so its naming sentence leads in.
      if draft.kind != .statement, !contextText.isEmpty,
        !text.contains(topics.any, in: context),
        !Self.matches(topics.any, contextText),
        Self.matches(Self.teamReference, contextText),
        let naming = sentenceNamingTeam(before: draft.sentence, sentences: sentences)
      {
        contextText = text.text(naming) + " … " + contextText
      }
      var evidence = "a statement about resources"
      // "The Commissioner has also funded a number of services ...:" then the services, one
      // a row: the rows name what the lead-in already counts as funded.
      if draft.kind == .funding, draft.amount == nil,
        let lead = relevance.leadInBlock(of: layout.sentences[draft.sentence].block),
        ordered.contains(where: {
          $0.kind == .funding && $0.amount == nil && layout.sentences[$0.sentence].block == lead
        })
      {
        aside.append(
          Aside(
            kind: .funding, range: draft.quote, sentence: draft.sentence,
            reason: "one of the services the line leading into its list already counts as funded"))
        continue
      }
      if draft.kind != .statement {
        guard
          let found = relevance.evidence(
            for: draft, context: context, contextText: contextText)
        else {
          aside.append(
            Aside(
              kind: draft.kind, range: draft.amountRange ?? draft.quote, sentence: draft.sentence,
              amount: draft.amount, count: draft.count, reason: Relevance.notTied))
          continue
        }
        evidence = found.reason
        // The words that tie it lead into its context, so that the rules see the topic too.
        if let tie = found.tie, !Self.matches(topics.any, contextText) {
          contextText = text.text(tie) + " … " + contextText
        }
      }
      var cues = Set(Cues.find(quote: quote, context: contextText, topics: topics))
      cues.formUnion(draft.cues)
      let base = Mention.makeID(document: document, start: start, end: end)
      let seen = used[base, default: 0] + 1
      used[base] = seen
      mentions.append(
        Mention(
          id: seen == 1 ? base : "\(base)~\(seen)", document: document,
          kind: draft.kind, start: start, end: end, quote: quote, context: contextText,
          amount: draft.amount, amountHigh: draft.amountHigh, qualifier: draft.qualifier,
          staffCount: draft.count, staffBasis: draft.basis, role: draft.role,
          periodText: draft.period, perAnnum: draft.perAnnum, cues: cues.sorted(),
          sections: draft.sections, evidence: evidence))
    }
    let taken = ordered.compactMap(\.amountRange).filter { range in
      !aside.contains { $0.range == range }
    }
    return (mentions, setAsideRows(aside, taken: taken))
  }

  /// "West Yorkshire Police has a Human Trafficking Unit." then "The HTU is made up of one DI,
  /// two DSs and eleven DCs.", or a team named in the line that leads into a table of ranks:
  /// the people counted next are the team, so the team named without a count says nothing
  /// more. A team named after the count ("... will combine with the Modern Slavery Team")
  /// is kept: it says what the people join.
  private func dropTeamsCountedNext(_ drafts: inout [Draft], aside: inout [Aside]) {
    var kept: [Draft] = []
    for (position, draft) in drafts.enumerated() {
      let block = layout.sentences[draft.sentence].block
      // Work spread over general teams ("investigated by divisional CID") is no team whose
      // people could be counted next.
      let isTeam = draft.kind == .staff && draft.isTeam && draft.basis != .partTime
      // People who speak of "the team" or "the unit" are matched to it when facts are
      // aggregated; here only people who do not.
      let countedNext = drafts[(position + 1)...].first { later in
        later.kind == .staff && later.count != nil
          && later.quote.location >= draft.quote.end
          && (layout.sentences[later.sentence].block <= block + 1
            || layout.sentences[later.sentence].block <= block + 3
              && layout.blocks[layout.sentences[later.sentence].block].isTableRow)
          && !text.contains(Self.teamReference, in: later.quote)
      }
      if isTeam, countedNext != nil {
        aside.append(
          Aside(
            kind: .staff, range: draft.quote, sentence: draft.sentence,
            reason: "a team whose people are counted right after it"))
        continue
      }
      kept.append(draft)
    }
    drafts = kept
  }

  /// "The team has 18 members. This includes 4 PCs, 2 DSs and 1 DI.": the people of the second
  /// sentence are some of those counted in the first, not more of them.
  private func dropBreakdowns(_ drafts: inout [Draft], aside: inout [Aside]) {
    var kept: [Draft] = []
    for draft in drafts {
      let sentence = layout.sentences[draft.sentence]
      let breaksDown =
        draft.kind == .staff && draft.count != nil
        && text.contains(Self.breakdown, in: sentence.range)
        && kept.contains { earlier in
          earlier.kind == .staff && earlier.count != nil && earlier.sentence < draft.sentence
            && sentence.block - layout.sentences[earlier.sentence].block <= 1
        }
      if breaksDown {
        aside.append(
          Aside(
            kind: .staff, range: draft.quote, sentence: draft.sentence, count: draft.count,
            reason: "breaks down the people counted just before it"))
        continue
      }
      kept.append(draft)
    }
    drafts = kept
  }

  private static let breakdown = Pattern.make(
    #"^[\W]*(?:(?:this|these|which|they|that)\s+(?:includes?|comprises?|consists?\s+of|is\s+made\s+up\s+of|are\s+made\s+up\s+of)|of\s+(?:these|whom|them|this)|including|among\s+them)\b"#
  )

  /// An answer that neither confirms nor denies says so once in its summary and again where it
  /// explains: one refusal, one statement. The first is kept, unless it only points to the
  /// explanation below.
  private func keepOneNeitherConfirmNorDeny(_ drafts: inout [Draft], aside: inout [Aside]) {
    let refusals = drafts.indices.filter {
      drafts[$0].kind == .statement && drafts[$0].cues.contains("ncnd")
        && Self.family(of: drafts[$0].cues) == "withheld"
    }
    guard refusals.count > 1 else { return }
    // "..., and our reasons are explained below": a summary that points to the refusal itself.
    let kept =
      text.contains(Self.pointsBelow, in: drafts[refusals[0]].quote) ? refusals[1] : refusals[0]
    for index in refusals where index != kept {
      aside.append(
        Aside(
          kind: .statement, range: drafts[index].quote, sentence: drafts[index].sentence,
          reason: "repeats the document's neither-confirm-nor-deny, counted once"))
    }
    drafts = drafts.indices.filter { !refusals.contains($0) || $0 == kept }.map { drafts[$0] }
  }

  /// Every amount of the document that is no fact, with its reason: those set aside while
  /// reading, and the rest (request text quoted back, figures no rule read as a resource).
  private func setAsideRows(_ aside: [Aside], taken: [NSRange]) -> [SetAsideMention] {
    var rows = aside
    for (index, sentence) in layout.sentences.enumerated() {
      for match in MoneyFinder.amounts(in: text, range: sentence.range)
      where !taken.contains(where: { $0.overlaps(match.range) })
        && !rows.contains(where: { $0.range.overlaps(match.range) })
      {
        let inRequest = requests.contains { $0.overlaps(match.range) }
        rows.append(
          Aside(
            kind: .funding, range: match.range, sentence: index, amount: match.amount,
            reason: inRequest
              ? "request text quoted back, not the answer"
              : "not read as a resource: no rule took this figure as money for a service or post"))
      }
    }
    rows.sort { ($0.range.location, $0.range.end) < ($1.range.location, $1.range.end) }
    var used: [String: Int] = [:]
    return rows.map { row in
      let start = text.scalarOffset(row.range.location)
      let end = text.scalarOffset(row.range.end)
      let base = Mention.makeID(document: document, start: start, end: end)
      let seen = used[base, default: 0] + 1
      used[base] = seen
      let sentence = layout.sentences[row.sentence].range
      return SetAsideMention(
        id: seen == 1 ? base : "\(base)~\(seen)", document: document, kind: row.kind,
        start: start, end: end, amount: row.amount, staffCount: row.count, reason: row.reason,
        quote: text.text(row.range),
        context: text.text(
          NSRange.between(
            min(sentence.location, row.range.location), max(sentence.end, row.range.end))))
    }
  }

  private func extract(sentence index: Int, range: NSRange, aside: inout [Aside]) -> [Draft] {
    var drafts: [Draft] = []
    var money = MoneyFinder.amounts(in: text, range: range)
    func setAside(_ reason: String, where drop: (MoneyMatch) -> Bool) {
      for match in money where drop(match) {
        aside.append(
          Aside(
            kind: .funding, range: match.range, sentence: index, amount: match.amount,
            reason: reason))
      }
      money.removeAll(where: drop)
    }
    if text.contains(Statements.costLimit, in: range) {
      // "exceeds the appropriate limit of £450 (18 hours at £25 per hour)": the Act's limit.
      setAside("the FOI Act's cost limit, not a resource") { _ in true }
    }
    setAside("a procurement or contract threshold, not a resource") { match in
      let before = NSRange.between(
        max(range.location, match.range.location - 70), match.range.location)
      return text.contains(Self.threshold, in: before)
    }
    if type == .statement,
      !text.contains(topics.any, in: range)
        || !text.contains(Self.spendingWords, in: range)
    {
      setAside(
        "a modern-slavery statement's figure that its sentence does not tie to spending on MSHT"
      ) { _ in true }
    }
    // "For information, the police precept for 2022/23 was set at £223.79 for a Band D
    // property": what residents pay, not money for a service.
    // "cash of £362,000 was seized": criminals' money, not a resource.
    if text.contains(Self.seized, in: range) {
      setAside("money seized or confiscated, not a resource") { _ in true }
    }
    if text.contains(Self.precept, in: range) {
      setAside("the council tax precept, not money for a service") { match in
        // "... have been funded through the precept increase" names where money came from.
        let near = NSRange.between(
          max(range.location, match.range.location - 60), min(range.end, match.range.end + 40))
        return !text.contains(topics.any, in: range) || text.contains(Self.precept, in: near)
      }
    }
    // "the Victims Grant, which is worth £2.06 million", "grants totalling £512,000": the size
    // of a general fund, when the sentence does not tie it to MSHT.
    if !text.contains(topics.any, in: range) {
      setAside("the size of a general fund or grant, not money for MSHT") { match in
        let before = NSRange.between(
          max(range.location, match.range.location - 60), match.range.location)
        return text.contains(Self.fundSize, in: before)
      }
    }
    var staff = StaffFinder.staff(in: text, sentence: range)
    let blockIndex = layout.sentences[index].block
    // A page title, breadcrumb, headline or "Subject:" line names a team to say what the page
    // is about; the team itself is named again where the answer speaks of it.
    let isFurniture =
      Relevance.isSectionHeading(layout.blocks[blockIndex], extractor: self)
      || text.contains(Self.furniture, in: layout.blocks[blockIndex].range)
      || isTitleLine(layout.blocks[blockIndex])
    if isFurniture { staff.removeAll(where: \.isTeam) }
    // "DS Callum Royle" on a line of its own under the unit's lead-in, "led by DI Helen
    // Marwood": one officer each, named rather than counted.
    let block = layout.blocks[blockIndex]
    // A line of its own under "... consists of:" or under another such line; not a chief
    // constable's signature.
    let opensShortLine =
      block.lines.count == 1 && block.range.length < 100 && range.location <= block.body.location
      && blockIndex > 0 && introducesNamedOfficers(layout.blocks[blockIndex - 1])
    for officer in StaffFinder.namedOfficers(in: text, sentence: range, lineStart: opensShortLine)
    where !staff.contains(where: { $0.range.overlaps(officer.range) }) {
      staff.append(officer)
    }
    staff.sort { $0.range.location < $1.range.location }
    if layout.blocks[blockIndex].isTableRow {
      let cells = self.cells(of: layout.blocks[blockIndex].range)
      // "| **Total** | | **£640,000** |": a total repeats the rows above it.
      if let first = cells.first(where: { text.trimmed($0).length > 0 }),
        text.contains(Self.totalCell, in: first)
      {
        setAside("a table's total row, which repeats the rows above it") { _ in true }
      }
      // "| Detective Sergeant | 2 | Full time |": a post and its count in cells of their own.
      var top = blockIndex
      while top > 0, layout.blocks[top - 1].isTableRow { top -= 1 }
      let header = top < blockIndex ? self.cells(of: layout.blocks[top].range) : []
      if !staff.contains(where: { !$0.isTeam }),
        let row = StaffFinder.tableRow(cells: cells, header: header, in: text)
      {
        staff.removeAll { $0.range.overlaps(row.range) }
        staff.append(row)
        staff.sort { $0.range.location < $1.range.location }
      }
    }
    if type == .statement, !text.contains(topics.any, in: range) {
      // A modern-slavery statement counts the organisation's people, not its MSHT posts.
      staff = []
    }
    // "6.5 FTE: a Detective Sergeant, four Detective Constables ...": the people counted say
    // more than the rounded total, and counting both would count them twice.
    if staff.contains(where: { !$0.isTeam && !$0.isFractionalTotal }) {
      staff.removeAll(where: \.isFractionalTotal)
    }
    // A post bought with money in the same sentence ("contributes £35,000 a year towards the
    // regional Coordinator post"), or a team the money is for ("Modern Slavery Unit staffing |
    // £312,000"), is the money's, not a separate staff mention.
    staff.removeAll { match in
      !money.isEmpty && (match.isTeam || Self.namesPost(match.role))
    }
    // "£25,000 to Unseen to provide a modern slavery outreach worker", "£35,000 to Justice and
    // Care for a Victim Navigator": the post is what the money pays for.
    staff.removeAll { match in
      !match.isTeam
        && money.contains { amount in
          amount.range.end <= match.range.location
            && match.range.location - amount.range.end <= 80
            && text.contains(
              Self.paysFor, in: NSRange.between(amount.range.end, match.range.location))
        }
    }
    // "A modern slavery co-ordinator was recruited ..., costing £12,650": one post and its
    // cost are the money's, like "a post at a cost of £19,250".
    if money.count == 1, staff.count == 1, let post = staff.first, post.count == 1, !post.isTeam,
      text.contains(Self.costOf, in: range)
    {
      staff = []
    }
    // "Three posts, including a co-ordinator": the co-ordinator is one of the three.
    var kept: [StaffMatch] = []
    for match in staff {
      if let last = kept.last, !last.isTeam, !match.isTeam,
        text.contains(Self.including, in: NSRange.between(last.range.end, match.range.location))
      {
        continue
      }
      kept.append(match)
    }
    staff = kept
    var anchors: [(NSRange, Int)] = []  // range, index into the combined list
    for (offset, match) in money.enumerated() { anchors.append((match.range, offset)) }
    for (offset, match) in staff.enumerated() {
      anchors.append((match.range, money.count + offset))
    }
    anchors.sort { $0.0.location < $1.0.location }
    let boundaries = text.matches(Self.boundary, in: range).map(\.range).filter {
      !joinsName($0)
    }

    for (position, anchor) in anchors.enumerated() {
      let previousEnd = position > 0 ? anchors[position - 1].0.end : range.location
      var start = range.location
      if position > 0,
        let cut = boundaries.last(where: {
          $0.location >= previousEnd && $0.end <= anchor.0.location
        })
      {
        start = cut.end
      }
      var end = range.end
      // People "added to ... and combine with the Modern Slavery Team" are described by the team
      // they join, so a counted post's clause runs on through a team named after it.
      var following = position + 1
      if anchor.1 >= money.count, !staff[anchor.1 - money.count].isTeam,
        following < anchors.count, anchors[following].1 >= money.count,
        staff[anchors[following].1 - money.count].isTeam
      {
        following += 1
      }
      let clauseFrom = following > position + 1 ? anchors[following - 1].0.end : anchor.0.end
      let clauseTo = following < anchors.count ? anchors[following].0.location : range.end
      if following < anchors.count,
        let cut = boundaries.first(where: { $0.location >= clauseFrom && $0.end <= clauseTo })
      {
        end = cut.location
      }
      if anchor.1 < money.count {
        let match = money[anchor.1]
        if let relative = text.firstMatch(Self.relative, in: NSRange.between(match.range.end, end))
        {
          end = relative.range.location
        }
        let clause = text.trimmed(NSRange.between(start, end))
        var draft = Draft(
          kind: .funding, quote: clause, sentence: index, lastSentence: index,
          amount: match.amount, amountHigh: match.amountHigh, qualifier: match.qualifier)
        draft.amountRange = match.range
        draft.perAnnum = match.perAnnum
        draft.period =
          columnPeriod(of: match.range, sentence: index)
          ?? period(near: match.range, clause: clause, sentence: range)
        if draft.period.isEmpty, let words = match.perAnnumRange { draft.period = text.text(words) }
        drafts.append(draft)
      } else {
        let match = staff[anchor.1 - money.count]
        if match.isTeam {
          // The team's name and the few words before it that say what it does.
          let floor = max(previousEnd, match.range.location - 60)
          let back = NSRange.between(floor, match.range.location)
          var teamStart = back.location
          if let cut = text.matches(Self.teamBoundary, in: back).last {
            teamStart = cut.range.end
          } else if floor > previousEnd || position == 0 && floor > range.location {
            // Start at a word, not inside one.
            while teamStart < match.range.location, !text.isSpace(text.unit(teamStart - 1)) {
              teamStart += 1
            }
          }
          let quote = text.trimmed(NSRange.between(teamStart, match.range.end))
          var draft = Draft(
            kind: .staff, quote: quote, sentence: index, lastSentence: index, basis: match.basis)
          draft.role = match.role
          draft.isTeam = true
          drafts.append(draft)
        } else {
          let clause = text.trimmed(NSRange.between(start, end))
          var draft = Draft(
            kind: .staff, quote: clause, sentence: index, lastSentence: index, count: match.count,
            basis: match.basis)
          draft.role = match.role
          draft.period = period(near: match.range, clause: clause, sentence: range)
          // "a Single Point of Contact in each unit, a role carried out alongside other duties".
          let restEnd = position + 1 < anchors.count ? anchors[position + 1].0.location : range.end
          if text.contains(Self.sideDuties, in: NSRange.between(match.range.end, restEnd)) {
            draft.basis = .partTime
            draft.cues.append("part_time")
          }
          drafts.append(draft)
        }
      }
    }

    // Funding with no amount, when it is tied to MSHT and the sentence does not say there is none.
    if money.isEmpty, !isFurniture, !staff.contains(where: { !$0.isTeam }),
      let verb = text.firstMatch(Self.fundedVerb, in: range),
      // "No specific funding ..., other than the PCC's funding for the charity": the money
      // excepted from the "no" is money all the same.
      !text.contains(Statements.noSpecificBudget, in: range)
        || text.contains(
          Self.exceptFor,
          in: NSRange.between(max(range.location, verb.range.location - 40), verb.range.location))
    {
      let before = NSRange.between(
        max(range.location, verb.range.location - 12), verb.range.location)
      let negated =
        text.contains(Self.negation, in: before) || text.contains(Self.negation, in: verb.range)
      // "The Modern Slavery Unit is funded from the base budget": how a team is paid for is a
      // detail of the team, not another resource.
      let fundsATeam = staff.contains { $0.isTeam && $0.range.end <= verb.range.location }
      // "paid for from the normal budgets", "funded from within the budgets of Local Policing":
      // the work is carried in general budgets, a statement of absorbed work, not a fund.
      let fromGeneralBudgets = text.contains(Statements.existingResources, in: range)
      // Whether it is about MSHT at all is the relevance gate's to say, like any money.
      // "The Commissioner has funded the following organisations:": the rows are the money.
      let leadsIntoRows = text.contains(Self.leadsIntoList, in: range)
      if !negated, !fundsATeam, !fromGeneralBudgets, !leadsIntoRows {
        var draft = Draft(kind: .funding, quote: range, sentence: index, lastSentence: index)
        draft.cues = ["msht"]
        draft.period = period(near: verb.range, clause: range, sentence: range)
        drafts.append(draft)
        // "The Commissioner also funds the network's coordinator post", "has agreed to fund
        // the post for three years": the post is a person as well as the money for them.
        let after = NSRange.between(verb.range.end, min(range.end, verb.range.end + 70))
        if let post = text.firstMatch(Self.fundedPost, in: after) {
          var staffDraft = Draft(
            kind: .staff, quote: range, sentence: index, lastSentence: index, count: 1,
            basis: .fullTime)
          staffDraft.role = text.text(post.range)
          staffDraft.period = draft.period
          drafts.append(staffDraft)
        }
      }
    }

    // Statements about resources.
    var statement = Statements.cues(in: text, sentence: range)
    // "A1. No information held." answers the question before it: when that question asks
    // about money or staff, the short answer is about them too.
    if statement.cues.isEmpty, text.contains(Statements.noInformationHeld, in: range),
      text.text(range).split(whereSeparator: \.isWhitespace).count <= 8,
      let asked = requests.last(where: { $0.end <= range.location }),
      text.contains(Statements.resourceWords, in: question(answeredAt: index) ?? asked)
    {
      statement.cues = ["no_information_held"]
    }
    // "Section 31 is a qualified exemption ...", "When a reasonable estimate has been made
    // ...": the Act explained, not an answer about this force's resources.
    if text.contains(Statements.actBoilerplate, in: range) {
      statement.cues.removeAll { ["exemption", "ncnd"].contains($0) }
      // Its sections still say which exemptions the refusal before it relies on.
      if !statement.sections.isEmpty { statement.cues.append(Self.explainsAct) }
    }
    // "The Delivery Plan is held; however, it is exempt", "the names of other staff are
    // exempt under s40(2)": what is withheld is a document or people's identities, not the
    // resource information asked for.
    if statement.cues.contains("exemption") || statement.cues.contains("ncnd"),
      text.contains(Statements.withheldOtherThanResources, in: range)
    {
      statement.cues.removeAll { ["exemption", "ncnd"].contains($0) }
      statement.sections = []
    }
    // A refusal (on cost, or neither confirm nor deny) of a request that asks for crime
    // figures, not resources, is no resource fact.
    if statement.cues.contains("exemption") || statement.cues.contains("ncnd"),
      !requests.isEmpty, !text.contains(Statements.resourceWords, in: range),
      !requests.contains(where: { text.contains(Statements.resourceWords, in: $0) })
    {
      statement.cues.removeAll { ["exemption", "ncnd"].contains($0) }
      statement.sections = []
    }
    // "funded at £250k from the Force's core budget", "this contribution cannot be broken down
    // further": words that say where an amount comes from or how far it goes are the amount's.
    // The same holds for a funded service with no amount ("also funds Lighthouse ...; its cost
    // cannot be disaggregated by crime type"): the funding is the fact.
    let fundsSomething = !money.isEmpty || drafts.contains { $0.kind == .funding }
    let qualifiesMoney =
      fundsSomething
      && Set(statement.cues).isSubset(of: ["existing_resources", "cannot_disaggregate"])
    if !statement.cues.isEmpty, !qualifiesMoney {
      var draft = Draft(kind: .statement, quote: range, sentence: index, lastSentence: index)
      draft.cues = statement.cues
      draft.sections = statement.sections
      // "There was no specific funding ... in 2015/16", "Prior to April 2017 there was no team".
      draft.period = PeriodFinder.periods(in: text, range: range).first?.words(in: text) ?? ""
      drafts.append(draft)
      // "There is no budget set specifically for the trafficking unit": the team is what the
      // statement is about, not a staff resource of its own.
      drafts.removeAll { $0.isTeam }
    }
    return drafts
  }

  /// A page title or headline: one line, no list marker or table, that does not end as a
  /// sentence does ("September 2023 FOI 1811904/23 Human Trafficking Unit resources").
  private func isTitleLine(_ block: Block) -> Bool {
    guard block.lines.count == 1, !block.isListItem, !block.isTableRow, block.range.length < 160
    else { return false }
    var end = block.range.end
    while end > block.range.location, "*_ ".utf16.contains(text.unit(end - 1)) { end -= 1 }
    return end > block.range.location && !".:!?;,".utf16.contains(text.unit(end - 1))
  }

  /// Whether a block leads into officers listed by name: it ends with a colon, or it is such
  /// a line itself.
  private func introducesNamedOfficers(_ block: Block) -> Bool {
    let trimmed = text.trimmed(block.range)
    if trimmed.length > 0, text.unit(trimmed.end - 1) == 0x3A { return true }
    return block.lines.count == 1
      && text.firstMatch(StaffFinder.namedOfficer, in: block.range)?.range.location
        == trimmed.location
  }

  /// The request line of the question a labelled answer answers ("Q3. This information is
  /// not held." answers the request's "3. What is the average ...?"), or `nil`.
  private func question(answeredAt sentence: Int) -> NSRange? {
    let block = layout.blocks[layout.sentences[sentence].block]
    let firstLine = layout.lines[block.lines.lowerBound].range
    guard let match = text.firstMatch(Self.answerNumber, in: firstLine) else { return nil }
    let number = text.text(match.range(at: 1)).lowercased()
    for request in requests {
      for line in layout.lines where request.covers(line.range) && !line.isBlank {
        if let found = text.firstMatch(Self.answerNumber, in: line.range),
          text.text(found.range(at: 1)).lowercased() == number
        {
          return line.range
        }
      }
    }
    return nil
  }

  private static let pointsBelow = Pattern.make(
    #"\b(?:explained|set\s+out|given|detailed|shown)\s+below\b|\bsee\s+below\b"#)

  /// The number of a labelled answer or question: "Q3.", "3.", "Question 3:", "A3)".
  private static let answerNumber = Pattern.make(
    #"^[\s>*_#"“‘'•·\-]*(?:q|a|question\s*|answer\s*)?(\d{1,2}[a-z]?)\s*[.:)\-–]"#)

  /// Whether a boundary is the "and" inside a name ("Justice and Care", "Hope and Homes"): a
  /// capitalised word right before it and right after it.
  private func joinsName(_ boundary: NSRange) -> Bool {
    let word = text.text(boundary).trimmingCharacters(in: .whitespaces)
    guard word == "and", boundary.location > 0, boundary.end < text.length else { return false }
    let before = text.text(NSRange.between(max(0, boundary.location - 1), boundary.location))
    let after = text.text(NSRange.between(boundary.end, min(text.length, boundary.end + 1)))
    guard let last = before.unicodeScalars.first, let next = after.unicodeScalars.first,
      CharacterSet.letters.contains(last), CharacterSet.uppercaseLetters.contains(next)
    else { return false }
    // The word before must start with a capital: scan back to its start.
    var start = boundary.location - 1
    while start > 0, !text.isSpace(text.unit(start - 1)) { start -= 1 }
    let first = text.text(NSRange.between(start, start + 1)).unicodeScalars.first
    return first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false
  }

  private func period(near anchor: NSRange, clause: NSRange, sentence: NSRange) -> String {
    if let found = PeriodFinder.nearest(to: anchor, in: text, range: clause) {
      return found.words(in: text)
    }
    if let found = PeriodFinder.nearest(to: anchor, in: text, range: sentence) {
      return found.words(in: text)
    }
    return ""
  }

  private static let pipe = Pattern.make(#"\|"#)

  private static let seized = Pattern.make(
    #"\b(?:seized|seizures?|confiscat\w*|forfeit\w*|restrained|proceeds\s+of\s+crime)\b"#)

  private static let precept = Pattern.make(
    #"\bprecepts?\b|\bcouncil\s+tax\b|\bband\s+d\b"#)

  /// Words just before an amount that give a fund's whole size: "which is worth", "grants
  /// totalling", "grant allocation of".
  private static let fundSize = Pattern.make(
    #"\b(?:grants?|funds?|allocation|budget|pot)\b[^.;£]{0,40}?\b(?:worth|totall?ing|valued\s+at|of)\s*$|\b(?:totall?ing|in\s+total|a\s+total\s+of)\s*$"#
  )

  /// A breadcrumb ("Home > FOI > Disclosure log > ...") or a header field ("Subject: ...").
  private static let furniture = Pattern.make(
    #"\S\s+>\s+\S[^\n]*\s>\s|^[\s*_#]*(?:subject|title|category|re)[\s*_]*:"#)

  /// The first cell of a total row: "Total", "**Grand total**", "Overall".
  private static let totalCell = Pattern.make(
    #"^[\s*_]*(?:grand\s+|sub-?\s*)?(?:total|overall)(?:\s+\w+)?[\s*_:]*$"#)

  /// A header cell that is only a year or a financial year: "2021/22", "FY 2022-23", "2020".
  private static let yearCell = Pattern.make(
    #"^(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2}))?(?:\s+(?:financial|fiscal)\s+year)?$"#
  )

  /// The year heading the column of an amount in a table row (`| Unseen | £12,000 |` under
  /// `| Organisation | 2021/22 |`), or `nil` when the header cell above it is no year.
  private func columnPeriod(of amount: NSRange, sentence index: Int) -> String? {
    let blockIndex = layout.sentences[index].block
    guard layout.blocks[blockIndex].isTableRow else { return nil }
    var top = blockIndex
    while top > 0, layout.blocks[top - 1].isTableRow { top -= 1 }
    guard top < blockIndex else { return nil }
    let cells = self.cells(of: layout.blocks[blockIndex].range)
    guard
      let column = cells.firstIndex(where: {
        $0.location <= amount.location && amount.end <= $0.end
      }),
      case let header = self.cells(of: layout.blocks[top].range), column < header.count
    else { return nil }
    let cell = text.trimmed(header[column])
    guard cell.length > 0, text.firstMatch(Self.yearCell, in: cell) != nil else { return nil }
    return text.text(cell)
  }

  /// The cells of a table row, the ranges between its `|` marks, or between the wide gaps of a
  /// table laid out with spaces.
  private func cells(of row: NSRange) -> [NSRange] {
    if text.firstMatch(Self.pipe, in: row) == nil, DocumentLayout.isAlignedRow(text, row) {
      return DocumentLayout.alignedCells(text, row)
    }
    var result: [NSRange] = []
    var start = row.location
    for position in row.location..<row.end where text.unit(position) == 0x7C {  // "|"
      if position > row.location { result.append(NSRange.between(start, position)) }
      start = position + 1
    }
    if start < row.end { result.append(NSRange.between(start, row.end)) }
    return result
  }

  /// The sentences that lead into a sentence, for a mention whose own sentence names no topic.
  ///
  /// It is the previous sentence of the same paragraph; else the last sentence of the block
  /// before: a heading, or for a row of a table or of a list of amounts ("2017/18 £238,400")
  /// the line that introduces the rows ("The grant was as follows:"), or, when there is none,
  /// the table's header row. Request text never leads in.
  ///
  /// When the line introducing rows names no topic ("The table below sets out the funding for
  /// the service:"), the sentences before it lead in too, back to the nearest one (at most
  /// three back) that names MSHT or an area next to it, without passing a heading, a table or
  /// request text; they are left out when none does.
  ///
  /// The context of such a mention is then the verbatim range from the lead-in's start to the
  /// sentence's end when only white space lies between them, and otherwise the texts joined
  /// with " … ".
  func leadIn(to index: Int, rangeOf: [Int: NSRange]) -> [NSRange] {
    let sentence = layout.sentences[index]
    if index > 0, layout.sentences[index - 1].block == sentence.block {
      return rangeOf[index - 1].map { [$0] } ?? []
    }
    var block = sentence.block - 1
    var header: Int?
    let current = layout.blocks[sentence.block]
    let isRow = current.isTableRow || isAmountRow(current)
    if current.isTableRow {
      while block >= 0, layout.blocks[block].isTableRow {
        header = block
        block -= 1
      }
    } else if isAmountRow(current) {
      while block >= 0, isAmountRow(layout.blocks[block]) { block -= 1 }
    }
    // The block before the rows, unless it is request text; then the table's header row.
    for candidate in [block, header].compactMap({ $0 }) where candidate >= 0 {
      if let last = layout.sentences.lastIndex(where: { $0.block == candidate }),
        let range = rangeOf[last]
      {
        guard isRow, candidate == block, !text.contains(topics.any, in: range) else {
          return [range]
        }
        return (topicSentence(before: last, rangeOf: rangeOf).map { [$0] } ?? []) + [range]
      }
    }
    return []
  }

  /// The nearest of the three answer sentences before `index` that names MSHT or an area next
  /// to it, staying in the same section: no heading, table row or request text in between.
  func topicSentence(before index: Int, rangeOf: [Int: NSRange]) -> NSRange? {
    var position = index - 1
    while position >= 0, position >= index - 3 {
      guard let range = rangeOf[position] else { return nil }
      let block = layout.blocks[layout.sentences[position].block]
      if block.isTableRow || isHeading(block) { return nil }
      if text.contains(topics.any, in: range) { return range }
      position -= 1
    }
    return nil
  }

  /// Whether a block is a heading: a Markdown heading, or one short line without the
  /// punctuation that ends a sentence.
  func isHeading(_ block: Block) -> Bool {
    if text.unit(block.range.location) == 0x23 { return true }  // "#"
    guard block.lines.count == 1, block.range.length < 70 else { return false }
    var end = block.range.end
    while end > block.range.location, "*_ ".utf16.contains(text.unit(end - 1)) { end -= 1 }
    return end > block.range.location && !".:!?;,".utf16.contains(text.unit(end - 1))
  }

  /// Context parts in document order, joined verbatim where only white space lies between two
  /// of them and with " … " where other text does.
  func joined(_ parts: [NSRange]) -> String {
    guard var current = parts.first else { return "" }
    var pieces: [String] = []
    for part in parts.dropFirst() {
      if text.trimmed(NSRange.between(current.end, part.location)).length == 0 {
        current = NSRange.between(current.location, part.end)
      } else {
        pieces.append(text.text(current))
        current = part
      }
    }
    pieces.append(text.text(current))
    return pieces.joined(separator: " … ")
  }

  /// "the team", "this unit", "the hub": a reference back to a team named earlier.
  static let teamReference = Pattern.make(
    #"\b(?:the|this|that|our)\s+(?:team|unit|hub|cell|squad)\b"#)

  /// Whether a pattern matches anywhere in a string that is not the document's text.
  private static func matches(_ pattern: NSRegularExpression, _ string: String) -> Bool {
    let length = (string as NSString).length
    return pattern.firstMatch(in: string, range: NSRange(location: 0, length: length)) != nil
  }

  /// The last answer sentence before `index` that names a team after MSHT ("Modern Slavery
  /// Unit"), or `nil` when the document names none.
  private func sentenceNamingTeam(
    before index: Int, sentences: [(index: Int, range: NSRange)]
  ) -> NSRange? {
    sentences.last { $0.index < index && text.contains(StaffFinder.team, in: $0.range) }?.range
  }

  /// Whether a block is one short line holding an amount, a row of a list of amounts.
  func isAmountRow(_ block: Block) -> Bool {
    block.lines.count == 1 && block.range.length < 60
      && !MoneyFinder.amounts(in: text, range: block.range).isEmpty
  }

  /// Makes a counted post part time when the next sentence of its paragraph says the role is
  /// held alongside other duties ("22 Modern Slavery SPOCs ... The SPOC role is undertaken
  /// alongside officers' normal duties.").
  private func markRolesHeldAlongsideDuties(
    _ drafts: inout [Draft], sentences: [(index: Int, range: NSRange)]
  ) {
    for (position, (index, _)) in sentences.enumerated() where position + 1 < sentences.count {
      let (next, nextRange) = sentences[position + 1]
      guard layout.sentences[next].block == layout.sentences[index].block,
        !drafts.contains(where: { $0.sentence == next && $0.kind == .staff }),
        text.contains(Self.roleReference, in: nextRange),
        text.contains(Self.sideDuties, in: nextRange),
        let target = drafts.lastIndex(where: {
          $0.sentence == index && $0.kind == .staff && $0.count != nil
        })
      else { continue }
      drafts[target].basis = .partTime
      drafts[target].cues.append("part_time")
      drafts[target].lastSentence = next
    }
  }

  /// Gives counted people the period of the sentence that named their team: "... Unit,
  /// established in 2018, ..." then "The unit comprises one DI, two DSs and ten DCs." A count
  /// takes it only when its own sentence has no period and refers back to the team ("the
  /// unit"), and the naming sentence is in the same paragraph or the one before.
  private func carryTeamPeriods(_ drafts: inout [Draft], sentences: [(index: Int, range: NSRange)])
  {
    for position in drafts.indices
    where drafts[position].kind == .staff && drafts[position].count != nil
      && drafts[position].period.isEmpty
    {
      let index = drafts[position].sentence
      guard let range = sentences.first(where: { $0.index == index })?.range,
        text.contains(Self.teamReference, in: range),
        !text.contains(StaffFinder.team, in: range),
        PeriodFinder.periods(in: text, range: range).isEmpty,
        let naming = sentences.last(where: {
          $0.index < index && text.contains(StaffFinder.team, in: $0.range)
        }),
        layout.sentences[index].block - layout.sentences[naming.index].block <= 1,
        let found = PeriodFinder.periods(in: text, range: naming.range).first
      else { continue }
      drafts[position].period = found.words(in: text)
    }
  }

  /// Gives the period of a sentence that only dates its neighbour to the adjacent mention.
  private func attachDatingSentences(
    _ drafts: inout [Draft], sentences: [(index: Int, range: NSRange)]
  ) {
    let withMentions = Set(drafts.map(\.sentence))
    for (position, (index, range)) in sentences.enumerated() where !withMentions.contains(index) {
      let periods = PeriodFinder.periods(in: text, range: range).filter(\.isStart)
      guard let found = periods.first else { continue }
      let words = found.words(in: text)
      var target: Int?
      if position > 0 {
        let previous = sentences[position - 1].index
        if let last = drafts.lastIndex(where: { $0.sentence == previous && $0.kind != .statement })
        {
          target = last
        }
      }
      if target == nil, position + 1 < sentences.count {
        let next = sentences[position + 1].index
        if layout.sentences[next].block == layout.sentences[index].block,
          let first = drafts.firstIndex(where: { $0.sentence == next && $0.kind != .statement })
        {
          target = first
        }
      }
      if let target, drafts[target].period.isEmpty || drafts[target].period == "per annum" {
        drafts[target].period = words
      }
    }
  }

  /// One statement per paragraph; exemption details fold into the statement they explain.
  private func mergeStatements(_ drafts: [Draft]) -> [Draft] {
    var result: [Draft] = []
    var lastStatement: Int?
    for draft in drafts.sorted(by: { $0.quote.location < $1.quote.location }) {
      guard draft.kind == .statement else {
        result.append(draft)
        lastStatement = nil
        continue
      }
      if draft.cues.contains(Self.explainsAct) {
        // "Section 23(5) ... is an absolute exemption": the Act explained, never a statement
        // of its own; it names the sections of the refusal it follows.
        if let previous = lastStatement, Self.family(of: result[previous].cues) == "withheld" {
          result[previous].sections = unique(result[previous].sections + draft.sections)
        }
        continue
      }
      if let previous = lastStatement {
        let earlier = result[previous]
        let sameBlock =
          layout.sentences[earlier.lastSentence].block == layout.sentences[draft.sentence].block
        let explainsExemption =
          draft.cues == ["exemption"]
          && (earlier.cues.contains("ncnd") || earlier.cues.contains("exemption"))
        // "Neither confirm nor deny ... The work is absorbed" is two answers, not one.
        if sameBlock && Self.family(of: earlier.cues) == Self.family(of: draft.cues) {
          result[previous].quote = NSRange.between(earlier.quote.location, draft.quote.end)
          result[previous].lastSentence = draft.lastSentence
          result[previous].cues = Array(Set(earlier.cues + draft.cues)).sorted()
          result[previous].sections = unique(earlier.sections + draft.sections)
          if earlier.period.isEmpty { result[previous].period = draft.period }
          continue
        }
        if explainsExemption {
          result[previous].sections = unique(earlier.sections + draft.sections)
          result[previous].cues = Array(Set(earlier.cues + draft.cues)).sorted()
          continue
        }
      }
      result.append(draft)
      lastStatement = result.count - 1
    }
    return result
  }

  /// The kind of answer a statement's cues give, strongest first as the rules weigh them:
  /// a refusal, then work absorbed in general budgets, then an explicit no.
  private static func family(of cues: [String]) -> String {
    if cues.contains("ncnd") || cues.contains("exemption") { return "withheld" }
    let absorbed = ["absorbed", "existing_resources", "cannot_disaggregate", "no_specific_budget"]
    if cues.contains(where: absorbed.contains) { return "absorbed" }
    return "none"
  }

  private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }
}
