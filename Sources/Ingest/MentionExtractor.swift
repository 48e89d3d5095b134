import Foundation
import Records

/// Extracts the resource mentions of one document's answer text.
///
/// How a document is read, in order (to add a phrasing, find the recognizer of its kind in
/// `sentenceRecognizers` or `documentPasses`, `Recognizers/Recognizer.swift`):
///
/// 1. Request and answer: `RequestSegmenter` sets aside the request quoted back (headings,
///    labels, numbered questions, "Please could you tell me:"); an answer heading switches to
///    answer text whatever labels its paragraphs carry.
/// 2. Each answer sentence passes through `sentenceRecognizers`: amounts and the screens that
///    set aside figures that are no resource (cost limits, thresholds, precepts, seized cash,
///    fund sizes, table totals); people and teams; the posts the sentence's money buys; the
///    clause that quotes each mention; funding without an amount; statements.
/// 3. `documentPasses` read across sentences: periods lent by dating sentences and team
///    sentences, part-time roles said in the next sentence, one statement per paragraph, teams
///    counted right after, one neither-confirm-nor-deny, breakdowns of a total.
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
  let type: DocumentType
  /// The amounts of each layout sentence, found once for the recognizers that look at other
  /// sentences' money and for the set-aside rows.
  let amounts: [[MoneyMatch]]

  init(
    text: SourceText, layout: DocumentLayout, document: String, requests: [NSRange],
    topics: TopicWords, type: DocumentType = .other
  ) {
    (self.text, self.layout, self.document) = (text, layout, document)
    (self.requests, self.topics, self.type) = (requests, topics, type)
    amounts = layout.sentences.map { MoneyFinder.amounts(in: text, range: $0.range) }
  }

  /// A mention while it is being built, in UTF-16 ranges.
  struct Draft {
    var kind: FactKind
    var quote: NSRange
    var sentence: Int
    var lastSentence: Int
    var amount: Decimal?
    var amountHigh: Decimal?
    var qualifier: AmountQualifier?
    var count: Decimal?
    var basis: StaffBasis?
    var role: String = ""
    var period: String = ""
    var perAnnum = false
    var cues: [String] = []
    var sections: [String] = []
    /// The amount's own words, for money.
    var amountRange: NSRange?
    /// The counted phrase's own words, for people.
    var peopleRange: NSRange?
    /// Whether the staff mention is a team named without a count.
    var isTeam = false
    /// For a count in a table column labelled with its team or post, the label.
    var columnLabel: String?
  }

  /// Money or people found but not taken, while the document is read.
  struct Aside {
    var kind: FactKind
    var range: NSRange
    var sentence: Int
    var amount: Decimal?
    var count: Decimal?
    var reason: String
  }

  /// The cue of a sentence that explains the Act's exemptions in general terms.
  static let explainsAct = "explains_act"
  /// Work held beside other duties, which makes a post part time: "alongside other duties",
  /// "in addition to their day job", "as part of their wider role", "as part of a wider
  /// portfolio", "also investigate other".
  static let sideDuties = Pattern(
    #"\balongside\s+(?:[\w'’-]+\s+){0,3}?(?:duties|roles?|responsibilit(?:y|ies)|jobs?|workloads?|caseloads?|work|crimes?|cases|casework|investigations)\b|\bas\s+part\s+of\s+(?:their|his|her|its)\s+(?:(?:wider|broader|normal|other|usual|general)\s+)?(?:caseloads?|workloads?)\b|\bin\s+addition\s+to\s+(?:their|his|her|its|other|normal|usual)\s+(?:[\w-]+\s+){0,2}?(?:duties|roles?|jobs?|responsibilit(?:y|ies)|work)\b|\bas\s+(?:a\s+)?part\s+of\s+(?:their|his|her|its|a|an)\s+(?:(?:wider|broader|normal|other|usual|day[- ]to[- ]day)\s+)?(?:roles?|duties|remit|responsibilities|jobs?|work|portfolios?)\b|\balso\s+(?:investigates?|covers?|deals?\s+with|works?\s+on|handles?)\s+other\b|\bon\s+a\s+part[- ]time\s+basis\b|\bspends?\s+(?:some|part)\s+of\s+(?:their|his|her)\s+time\b|\bpart\s+of\s+(?:their|his|her)\s+time\b|\balongside\s+(?:[\w'’-]+\s+){0,5}?(?:portfolios?|remits?|briefs?|commitments)\b|\balso\s+(?:line[- ])?(?:manages?|leads?|heads?|oversees?|runs?|supervises?)\b|\bin\s+addition\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:duties|roles?|jobs?|responsibilit(?:y|ies)|work)\b|\b(?:heads?|leads?|manages?|oversees?|covers?)\s+both\b(?!\s+(?:force\s+)?(?:areas?|forces?|counties|regions|sites|divisions|cities)\b)|\bnot\s+a\s+full[- ]time\s+(?:role|post|position|job)\b|\bnone\s+of\s+(?:these|them|whom|those)\s+(?:is|are|was|were)\s+(?:a\s+)?full[- ]time\b"#
  )
  private static let label = Pattern(
    #"^(?:answer|response|reply|a\d{1,2}[a-z]?|q\d{1,2}[a-z]?)\s*[:.)\-–]\s*"#)

  /// Whether a counted phrase's roles name a post: "post", "Coordinator post", "posts".
  static func namesPost(_ role: String) -> Bool {
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
    var reading = DocumentReading(sentences: sentences, drafts: [], aside: [])
    for (index, range) in sentences {
      let found = read(sentence: index, range: range)
      reading.drafts += found.drafts
      reading.aside += found.aside
    }
    for pass in Self.documentPasses { pass.apply(to: &reading, in: self) }
    let drafts = reading.drafts
    var aside = reading.aside
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
      if let label = draft.columnLabel, topics.any.matches(label),
        !text.contains(topics.any, in: context)
      {
        // "Human Trafficking Team" over one column, "Vice and Child Exploitation Unit" over the
        // next: a count's column says whose people they are, not the table's other columns.
        contextText = label + " … " + contextText
      } else if draft.kind != .statement, !text.contains(topics.any, in: context) {
        let lead = leadIn(to: draft.sentence, rangeOf: rangeOf)
        if !lead.isEmpty { contextText = joined(lead + [context]) }
      }
      // "The team consists of ..." or "the cost of the unit" two paragraphs after the team was
      // named: the analyst reads "the team" as that team, so its naming sentence leads in.
      if draft.kind != .statement, !contextText.isEmpty,
        !text.contains(topics.any, in: context),
        !topics.any.matches(contextText),
        Self.teamReference.matches(contextText),
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
      if let heading = relevance.otherStoriesHeading(over: layout.sentences[draft.sentence].block) {
        aside.append(
          Aside(
            kind: draft.kind, range: draft.amountRange ?? draft.quote, sentence: draft.sentence,
            amount: draft.amount, count: draft.count,
            reason: "a headline of another story, under '\(heading)'"))
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
        // The words that tie it lead into its context, so that the rules see the topic too:
        // also when the context names only the team's other work ("The unit also investigates
        // child sexual exploitation ...") and the tie names trafficking. A count under a
        // column named for its team keeps that team's words alone.
        if let tie = found.tie,
          !topics.any.matches(contextText)
            || draft.columnLabel == nil && !topics.msht.matches(contextText)
              && text.contains(topics.msht, in: tie)
        {
          contextText = text.text(tie) + " … " + contextText
        }
      }
      // "The CEMT budget for 2016/17 was £412,600": the rules read the words the acronym
      // stands for.
      if !topics.vocabulary.matches(contextText) {
        let definitions = topics.definitions(usedIn: contextText)
        if !definitions.isEmpty {
          contextText = definitions.joined(separator: "; ") + " … " + contextText
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

  /// Every amount of the document that is no fact, with its reason: those set aside while
  /// reading, and the rest (request text quoted back, figures no rule read as a resource).
  private func setAsideRows(_ aside: [Aside], taken: [NSRange]) -> [SetAsideMention] {
    var rows = aside
    for (index, found) in amounts.enumerated() {
      for match in found
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

  /// One answer sentence read by every recognizer in turn.
  private func read(sentence index: Int, range: NSRange) -> SentenceReading {
    let block = layout.blocks[layout.sentences[index].block]
    var reading = SentenceReading(
      index: index, range: range,
      isFurniture: Relevance.isSectionHeading(block, extractor: self) || isFurniture(block))
    for recognizer in Self.sentenceRecognizers { recognizer.read(&reading, in: self) }
    return reading
  }

  /// Whether a block is a page title, breadcrumb, headline or "Subject:" line. Furniture is
  /// short, so a long paragraph is not searched for it: asked once for each of its sentences,
  /// a page saved as one line would be searched whole each time.
  func isFurniture(_ block: Block) -> Bool {
    block.range.length <= Self.longestFurniture
      && (text.contains(Self.furniture, in: block.range) || isTitleLine(block))
  }

  private static let longestFurniture = 2_000

  /// A page title or headline: one line, no list marker or table, that does not end as a
  /// sentence does ("September 2023 FOI 1811904/23 Human Trafficking Unit resources").
  func isTitleLine(_ block: Block) -> Bool {
    guard block.lines.count == 1, !block.isListItem, !block.isTableRow, block.range.length < 160
    else { return false }
    var end = block.range.end
    while end > block.range.location, "*_ ".utf16.contains(text.unit(end - 1)) { end -= 1 }
    return end > block.range.location && !".:!?;,".utf16.contains(text.unit(end - 1))
  }

  /// Whether a block leads into officers listed by name: it ends with a colon, or it is such
  /// a line itself.
  func introducesNamedOfficers(_ block: Block) -> Bool {
    let trimmed = text.trimmed(block.range)
    if trimmed.length > 0, text.unit(trimmed.end - 1) == 0x3A { return true }
    return block.lines.count == 1
      && text.firstMatch(StaffFinder.namedOfficer, in: block.range)?.range.location
        == trimmed.location
  }

  /// The request line of the question a labelled answer answers ("Q3. This information is
  /// not held." answers the request's "3. What is the average ...?"), or `nil`.
  func question(answeredAt sentence: Int) -> NSRange? {
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

  /// The number of a labelled answer or question: "Q3.", "3.", "Question 3:", "A3)".
  private static let answerNumber = Pattern(
    #"^[\s>*_#"“‘'•·\-]*(?:q|a|question\s*|answer\s*)?(\d{1,2}[a-z]?)\s*[.:)\-–]"#)

  /// Whether a boundary is the "and" inside a name ("Justice and Care", "Hope and Homes"): a
  /// capitalised word right before it and right after it.
  func joinsName(_ boundary: NSRange) -> Bool {
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

  func period(near anchor: NSRange, clause: NSRange, sentence: NSRange) -> String {
    if let found = PeriodFinder.nearest(to: anchor, in: text, range: clause) {
      return found.words(in: text)
    }
    if let found = PeriodFinder.nearest(to: anchor, in: text, range: sentence) {
      return found.words(in: text)
    }
    return ""
  }

  private static let pipe = Pattern(#"\|"#)

  /// A breadcrumb ("Home > FOI > Disclosure log > ...") or a header field ("Subject: ...").
  static let furniture = Pattern(
    #"\S\s+>\s+\S[^\n]*\s>\s|^[\s*_#]*(?:subject|title|category|re)[\s*_]*:"#)

  /// A header cell that is only a year or a financial year: "2021/22", "FY 2022-23", "2020";
  /// or the date a count was taken, "31/03/2023", "as at 31 March 2023".
  private static let yearCell = Pattern(
    #"^(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2}))?(?:\s+(?:financial|fiscal)\s+year)?(?:\s*\((?:actuals?|forecast|budget|provisional|estimated?|outturn|planned|projected|draft)\))?$|^(?:as\s+(?:at|of)\s+)?(?:"#
      + PeriodFinder.dayDate + #")$"#
  )

  /// Whether a table cell is only a year, a financial year or a date ("2017/18", "FY 2022-23",
  /// "31/03/2012").
  func isYearCell(_ cell: NSRange) -> Bool {
    cell.length > 0 && text.firstMatch(Self.yearCell, in: cell) != nil
  }

  /// The year or date that opens a table row ("| 31 March 2022 | 1 | 4 | 23 |"), which dates
  /// every figure of the row, or `nil`.
  func rowPeriod(sentence index: Int) -> String? {
    let block = layout.blocks[layout.sentences[index].block]
    guard block.isTableRow,
      let first = cells(of: block.range).map(text.trimmed).first(where: { $0.length > 0 }),
      isYearCell(first)
    else { return nil }
    // "2023" under "As at 31 March": the day is in the header, the year in the row.
    let year = Self.withoutNote(text.text(first))
    if year.count == 4, let label = columnLabels(of: layout.sentences[index].block).first,
      let day = Self.dayInHeader.firstCapture(1, in: label)
    {
      return day + " " + year
    }
    return year
  }

  /// A date without the note in brackets after it: "2021/22 (actual)" and "Apr 2012
  /// (forecast)" say how sure the figure is, not when.
  private static func withoutNote(_ date: String) -> String {
    guard date.hasSuffix(")"), let open = date.range(of: " (", options: .backwards) else {
      return date
    }
    return String(date[..<open.lowerBound])
  }

  /// A header over a column of years that gives the day of each: "As at 31 March", "At 1
  /// April"; the day and month in group 1.
  private static let dayInHeader = Pattern(
    #"^(?:as\s+(?:at|of|on)\s+|at\s+|on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+"# + PeriodFinder.month + #")$"#)

  /// A header over a table laid out with spaces may say more than the year: "2019/20 Actual
  /// £", "2017/18 £", "Budget 2024/25"; the year in group 1.
  private static let yearInLabel = Pattern(
    #"^(?:(?:actuals?|budget|forecast|outturn|estimated?|spend|costs?|£|\(£\))\s*)*((?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2}))?)(?:\s*(?:actuals?|budget|forecast|outturn|estimated?|spend|costs?|£|\(£\)))*$"#
  )

  /// The year heading the column of an amount in a table row (`| Unseen | £12,000 |` under
  /// `| Organisation | 2021/22 |`), or `nil` when the header over it is no year.
  func columnPeriod(of amount: NSRange, sentence index: Int) -> String? {
    let blockIndex = layout.sentences[index].block
    guard layout.blocks[blockIndex].isTableRow else { return nil }
    let cells = self.cells(of: layout.blocks[blockIndex].range)
    let labels = columnLabels(of: blockIndex)
    guard
      let column = cells.firstIndex(where: {
        $0.location <= amount.location && amount.end <= $0.end
      }), column < labels.count
    else { return nil }
    let label = labels[column]
    guard Self.isColumnDate(label) else { return Self.yearInLabel.firstCapture(1, in: label) }
    return Self.withoutNote(label)
  }

  /// A column header that dates its column: a year, a financial year, a date, or a month and
  /// year, with a note in brackets ("Apr 2012 (forecast)").
  private static let columnDate = Pattern(
    #"^(?:as\s+(?:at|of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"# + PeriodFinder.month
      + #"\.?\s+(?:19|20)\d{2}(?:\s*\([^()]{1,30}\))?$|^(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2}))?\s*\([^()]{1,30}\)$"#
  )

  /// Whether a table's header cell dates its column ("2021/22", "31 March 2020", "Oct 2010",
  /// "Apr 2012 (forecast)").
  func isColumnDate(_ cell: NSRange) -> Bool {
    isYearCell(cell) || (cell.length > 0 && text.firstMatch(Self.columnDate, in: cell) != nil)
  }

  /// The same for a header's words, however many lines they were read from.
  private static func isColumnDate(_ label: String) -> Bool {
    yearCell.matches(label) || columnDate.matches(label)
  }

  /// The cells of a table row, the ranges between its `|` marks, or between the wide gaps of a
  /// table laid out with spaces.
  func cells(of row: NSRange) -> [NSRange] {
    // A row whose label wraps over two lines: its cells are those of its line of columns.
    if text.firstMatch(Self.pipe, in: row) == nil {
      var start = row.location
      for end in (row.location..<row.end).filter({ text.unit($0) == 0x0A }) + [row.end] {
        let line = NSRange.between(start, end)
        if DocumentLayout.isAlignedRow(text, line) { return DocumentLayout.alignedCells(text, line) }
        start = end + 1
      }
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

  /// The words over each cell of a table row, one label for each cell: the header row's
  /// cells; or, for a table laid out with spaces, the words of up to three header lines that
  /// stand over the cell's column, however the header wraps ("Police officers" over "in team")
  /// and whether or not a blank line parts it from the rows. Empty when there is no header.
  func columnLabels(of blockIndex: Int) -> [String] {
    let row = layout.blocks[blockIndex].range
    let cells = self.cells(of: row)
    var top = blockIndex
    while top > 0, layout.blocks[top - 1].isTableRow { top -= 1 }
    let header = top < blockIndex ? self.cells(of: layout.blocks[top].range) : []
    let aligned = layout.blocks[blockIndex].isTableRow && text.firstMatch(Self.pipe, in: row) == nil
      && cells.count >= 2
    // The table's first row is its header when it has a label over every cell and no figures.
    if !aligned
      || header.count == cells.count
        && !header.contains(where: { text.firstMatch(Self.figure, in: text.trimmed($0)) != nil })
    {
      return header.map { text.text(text.trimmed($0)) }
    }
    let lines = layout.lines
    // The line of the row's columns: its last, when its label starts on the line above.
    let rowLines = layout.blocks[blockIndex].lines
    let lineStart =
      rowLines.lazy.map { lines[$0].range }.first {
        $0.location <= cells[0].location && cells[0].location <= $0.end
      }?.location ?? lines[rowLines.lowerBound].range.location
    // Each cell's column runs from the middle of the gap before it to the middle of the gap
    // after it, counted from the start of its line.
    let spans = cells.map { ($0.location - lineStart, $0.end - lineStart) }
    func column(of cell: NSRange, from start: Int) -> Int {
      let middle = (cell.location + cell.end) / 2 - start
      for index in spans.indices.dropLast() where middle < (spans[index].1 + spans[index + 1].0) / 2 {
        return index
      }
      return spans.count - 1
    }
    let endsInFigure = { (cells: [NSRange]) in
      cells.last.map { self.text.firstMatch(Self.figure, in: $0) != nil } == true
    }
    var labels = Array(repeating: [String](), count: cells.count)
    var number = layout.blocks[blockIndex].lines.lowerBound - 1
    var taken = 0
    var blanks = 0
    while number >= 0, taken < 3 {
      let line = lines[number]
      number -= 1
      if line.isBlank {
        blanks += 1
        if blanks > 1 || taken > 0 { break }
        continue
      }
      let found = DocumentLayout.alignedCells(text, line.content)
      // A rule of dashes, and rows of the same table above this one, are no header.
      if taken == 0,
        text.firstMatch(DocumentLayout.rule, in: line.content) != nil
          || endsInFigure(found) && endsInFigure(cells)
          || found.count == cells.count
            && (isYearCell(found[0])
              || found.indices.contains {
                text.firstMatch(Self.figure, in: found[$0]) != nil
                  && text.firstMatch(Self.figure, in: cells[$0]) != nil
              })
      {
        blanks = 0
        continue
      }
      guard found.count >= 2,
        !found.contains(where: { text.contains(MoneyFinder.amount, in: $0) })
      else { break }
      for cell in found {
        labels[column(of: cell, from: line.range.location)].insert(text.text(cell), at: 0)
      }
      taken += 1
    }
    guard taken > 0 else { return [] }
    return labels.map { $0.joined(separator: " ") }
  }

  /// A cell that is a figure: "4,120", "612,400", "£1,200", "9.5".
  private static let figure = Pattern(#"^£?\s?\d[\d,]*(?:\.\d+)?$"#)

  /// The sentences that lead into a sentence, for a mention whose own sentence names no topic.
  ///
  /// It is the previous sentence of the same paragraph; else the last sentence of the block
  /// before: a heading, or for a row of a table, an item of a list or a line of a list of
  /// amounts ("2017/18 £238,400")
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
    let isRow = current.isTableRow || isAmountRow(current) || isStaffRow(current)
    if current.isTableRow {
      while block >= 0, layout.blocks[block].isTableRow {
        header = block
        block -= 1
      }
    } else if isRow {
      // The lines of one list of amounts or of posts share the line that leads into them.
      while block >= 0, isAmountRow(layout.blocks[block]) || isStaffRow(layout.blocks[block]) {
        block -= 1
      }
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
  static let teamReference = Pattern(
    #"\b(?:the|this|that|our)\s+(?:team|unit|hub|cell|squad|task\s?force)(?:['’]s)?\b"#)

  /// The last answer sentence before `index` that names a team after MSHT or an area next to
  /// it ("Modern Slavery Unit", "a new County Lines Disruption Team"), or `nil` when the
  /// document names none.
  private func sentenceNamingTeam(
    before index: Int, sentences: [(index: Int, range: NSRange)]
  ) -> NSRange? {
    sentences.last { sentence in
      guard sentence.index < index else { return false }
      if text.contains(StaffFinder.team, in: sentence.range) { return true }
      return text.matches(topics.any, in: sentence.range).contains { topic in
        let after = NSRange.between(
          topic.range.end, min(sentence.range.end, topic.range.end + 30))
        return text.contains(Self.teamNoun, in: after)
      }
    }?.range
  }

  /// A team's noun within a few words of a topic word: "County Lines Disruption Team".
  private static let teamNoun = Pattern(
    #"^\s*(?:[\w'’-]+\s+){0,2}?(?:team|unit|hub|cell|squad|task\s?force)\b"#)

  /// Whether a block is one short line that counts one post, a row of a list of posts
  /// ("Detective Constable - 9", "2 Detective Sergeants").
  func isStaffRow(_ block: Block) -> Bool {
    guard block.lines.count == 1, block.range.length < 60 else { return false }
    return RoleThenCount.counts(block, in: text)
      || StaffFinder.staff(in: text, sentence: block.range).contains { $0.count != nil }
  }

  /// Whether a block is one short line holding an amount, a row of a list of amounts.
  func isAmountRow(_ block: Block) -> Bool {
    block.lines.count == 1 && block.range.length < 60
      && !MoneyFinder.amounts(in: text, range: block.range).isEmpty
  }

  /// The kind of answer a statement's cues give, strongest first as the rules weigh them:
  /// a refusal, then work absorbed in general budgets, then an explicit no.
  static func family(of cues: [String]) -> String {
    if cues.contains("ncnd") || cues.contains("exemption") { return "withheld" }
    let absorbed = [
      "absorbed", "existing_resources", "cannot_disaggregate", "no_specific_budget",
      "part_of_wider_work",
    ]
    if cues.contains(where: absorbed.contains) { return "absorbed" }
    return "none"
  }
}
