import Foundation

/// What one answer sentence has given so far. The recognizers of
/// `MentionExtractor.sentenceRecognizers` read it in turn, each adding what it recognises or
/// setting aside what it rules out.
struct SentenceReading {
  /// The sentence's index in the document layout.
  let index: Int
  /// Its answer text (request text and answer labels cut off), UTF-16.
  let range: NSRange
  /// Whether the sentence is page furniture: a heading, a title line, a breadcrumb or a
  /// "Subject:" line, which names a team only to say what the page is about.
  let isFurniture: Bool
  /// Whether the sentence reports a question ("A member asked whether ..."), which gives no
  /// resource whatever it names.
  var isQuestion = false
  /// Amounts still in play; a screen that rules one out moves it to `aside`.
  var money: [MoneyMatch] = []
  /// People and teams still in play, in order of their start.
  var staff: [StaffMatch] = []
  /// The mentions built from the sentence.
  var drafts: [MentionExtractor.Draft] = []
  /// Money and people found but not taken, each with its reason.
  var aside: [MentionExtractor.Aside] = []

  /// Moves the amounts `drop` picks from `money` to `aside` with the reason.
  mutating func setAside(_ reason: String, where drop: (MoneyMatch) -> Bool) {
    for match in money where drop(match) {
      aside.append(
        MentionExtractor.Aside(
          kind: .funding, range: match.range, sentence: index, amount: match.amount,
          reason: reason))
    }
    money.removeAll(where: drop)
  }
}

extension MoneyMatch {
  /// The words of `sentence` in the `reach` units before the amount.
  func before(reach: Int, in sentence: NSRange) -> NSRange {
    NSRange.between(max(sentence.location, range.location - reach), range.location)
  }

  /// The words of `sentence` in the `reach` units after the amount.
  func after(reach: Int, in sentence: NSRange) -> NSRange {
    NSRange.between(range.end, min(sentence.end, range.end + reach))
  }
}

/// One kind of thing ingest recognises in an answer sentence: amounts, figures that are no
/// resource, counted people, teams, funding without an amount, statements.
///
/// A recognizer reads one sentence with what the recognizers before it found, and the
/// document around it (`MentionExtractor`: its text, layout, request passages, vocabulary and
/// type). It never reads other sentences' findings; that is a `DocumentPass`'s work.
protocol SentenceRecognizer: Sendable {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor)
}

/// What all the document's sentences gave, for the passes that read across sentences.
struct DocumentReading {
  /// The answer sentences: layout index and answer text.
  let sentences: [(index: Int, range: NSRange)]
  var drafts: [MentionExtractor.Draft]
  var aside: [MentionExtractor.Aside]

  /// Keeps the drafts `dropReason` returns `nil` for, in order, and moves the others to
  /// `aside` with the reason it gives. It sees each draft's position in `drafts` and the drafts
  /// kept before it.
  mutating func setAside(
    _ dropReason: (
      _ position: Int, _ draft: MentionExtractor.Draft, _ kept: [MentionExtractor.Draft]
    )
      -> String?
  ) {
    var kept: [MentionExtractor.Draft] = []
    for (position, draft) in drafts.enumerated() {
      guard let reason = dropReason(position, draft, kept) else {
        kept.append(draft)
        continue
      }
      aside.append(
        MentionExtractor.Aside(
          kind: draft.kind, range: draft.quote, sentence: draft.sentence, amount: draft.amount,
          count: draft.count, reason: reason))
    }
    drafts = kept
  }
}

/// A step that reads across sentences once every sentence has been read: periods lent by a
/// neighbour, statements merged per paragraph, repeats within the answer set aside.
protocol DocumentPass: Sendable {
  func apply(to reading: inout DocumentReading, in document: MentionExtractor)
}

extension MentionExtractor {
  /// Every sentence recognizer, in the order it runs. To add a phrasing, find the recognizer of
  /// its kind here and give it a fixture; add a recognizer only for a new kind of thing.
  ///
  /// The order matters in three places: the screens run before anything reads the money, so a
  /// cost limit never pays for a post; people are found before the money claims the posts it
  /// buys; and clauses are cut only when money and people are settled, since each mention's
  /// quote runs to the next one's.
  static let sentenceRecognizers: [any SentenceRecognizer] = [
    // Money, and the figures that are not money for a service.
    AmountsOfMoney(),
    PoundsColumn(),
    CostLimit(),
    ContractThreshold(),
    StatementFigures(),
    SeizedMoney(),
    Precept(),
    OthersMoney(),
    FundSize(),
    OverallBudget(),
    MarketValue(),
    Turnover(),
    NationalMoney(),
    GrantCap(),
    TableTotal(),
    SumOfTheAmountsBefore(),
    TotalLeadingIntoItems(),
    HeadlineFigure(),
    // People and teams.
    CountedPeople(),
    NamedOfficers(),
    RoleThenCount(),
    CountThenTeam(),
    CountAtAnotherDate(),
    StaffTableRow(),
    OrganisationStaff(),
    FractionalTotals(),
    TotalOfTheLinesAbove(),
    // A question asked gives neither money nor people (nor, below, a statement).
    ReportedQuestion(),
    // People and money in one sentence.
    PostsTheMoneyPaysFor(),
    PostAndItsCost(),
    PostsIncluded(),
    // Mentions.
    MentionClauses(),
    TeamMakeUp(),
    FundingWithoutAmount(),
    ResourceStatements(),
  ]

  /// Every pass across sentences, in the order it runs: periods first (a dating sentence
  /// dates the mention next to it), then statements merged, then the repeats within the
  /// answer set aside.
  static let documentPasses: [any DocumentPass] = [
    DatingSentences(),
    TeamPeriods(),
    RolesHeldAlongsideDuties(),
    OneStatementPerParagraph(),
    TeamsCountedNext(),
    FundingAmountedNext(),
    OneNeitherConfirmNorDeny(),
    Breakdowns(),
  ]
}
