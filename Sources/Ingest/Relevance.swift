import Foundation

/// The relevance gate: whether money or people found in a document are about MSHT or an area
/// next to it, and which words say so.
///
/// A mention counts only when one of these ties it to the topic (a word of the vocabulary),
/// tried in this order:
/// 1. its own sentence, or the context ingest gave it (the sentence before, the sentence that
///    named the team "the team" refers to);
/// 2. for a list item or table row, the line that leads into the list (or the table's header);
///    for a paragraph, the paragraph itself;
/// 3. the nearest heading above it, unless its section is mixed: when some money or people of
///    the section name their own topic and this one does not, the heading speaks for those
///    ("Victim services" grants where one item is an exploitation service);
/// 4. in an FOI answer, the request it answers (the request passage before it).
///
/// What no tie reaches is set aside with `notTied` as its reason, never lost.
struct Relevance {
  static let notTied =
    "not tied to modern slavery or an adjacent area by its sentence, paragraph, list lead-in,"
    + " heading or the request it answers"

  let extractor: MentionExtractor
  let rangeOf: [Int: NSRange]
  /// For each block index, the index of the heading block over it, or `nil`.
  private let headingOf: [Int?]
  /// The heading blocks in document order.
  private let headings: [Int]
  /// The heading blocks whose sections mix money or people naming their topic with some
  /// that do not.
  private let mixedSections: Set<Int>

  /// The document's subject line that names the topic: its title or a "Subject:" line.
  private let subject: NSRange?

  /// The first topic word of the answer's own sentences (not request text), or `nil`.
  private let answerTopic: String?

  private var text: SourceText { extractor.text }
  private var layout: DocumentLayout { extractor.layout }

  init(extractor: MentionExtractor, drafts: [MentionExtractor.Draft], rangeOf: [Int: NSRange]) {
    self.extractor = extractor
    self.rangeOf = rangeOf
    var headingOf: [Int?] = []
    var current: Int?
    for (index, block) in extractor.layout.blocks.enumerated() {
      if Self.isSectionHeading(block, extractor: extractor) { current = index }
      headingOf.append(current)
    }
    self.headingOf = headingOf
    headings = Array(Set(headingOf.compactMap { $0 })).sorted()
    var named: Set<Int> = []
    var unnamed: Set<Int> = []
    // Money only: a list of grants mixes topics; a team's people are one team's.
    for draft in drafts where draft.kind == .funding {
      guard let heading = headingOf[extractor.layout.sentences[draft.sentence].block] else {
        continue
      }
      let own = rangeOf[draft.sentence] ?? draft.quote
      if extractor.text.contains(extractor.topics.any, in: own) {
        named.insert(heading)
      } else {
        unnamed.insert(heading)
      }
    }
    mixedSections = named.intersection(unnamed)
    subject = Self.subject(of: extractor)
    answerTopic =
      rangeOf.keys.sorted().lazy.compactMap { index -> String? in
        guard let range = rangeOf[index],
          !Self.isSectionHeading(
            extractor.layout.blocks[extractor.layout.sentences[index].block], extractor: extractor)
        else { return nil }
        return extractor.topics.first(in: extractor.text, range: range)
      }.first
  }

  /// A heading that opens a section: one short line that is no bullet, table row, line of
  /// money or line of people ("5. Commissioning and grants" is a heading; "- Counselling" and
  /// "12 Detective Constables" are not).
  static func isSectionHeading(_ block: Block, extractor: MentionExtractor) -> Bool {
    let text = extractor.text
    guard !block.isTableRow, extractor.isHeading(block) || isHeadline(block, text: text),
      MoneyFinder.amounts(in: text, range: block.range).isEmpty,
      !StaffFinder.staff(in: text, sentence: block.range).contains(where: { $0.count != nil })
    else { return false }
    if block.isListItem {
      let first = text.unit(text.trimmed(block.range).location)
      return !"-*•·▪◦‣–—".utf16.contains(first)
    }
    return true
  }

  /// A news headline or page title: one line of up to 160 characters that does not end as a
  /// sentence does.
  private static func isHeadline(_ block: Block, text: SourceText) -> Bool {
    guard block.lines.count == 1, block.range.length < 160 else { return false }
    var end = block.range.end
    while end > block.range.location, "*_ ".utf16.contains(text.unit(end - 1)) { end -= 1 }
    return end > block.range.location && !".:!?;,\"”".utf16.contains(text.unit(end - 1))
  }

  /// Why the mention is about the topic, in words an analyst reads in `forcebench explain`,
  /// and the words that tie it when they are not its own sentence; `nil` when nothing ties it.
  func evidence(
    for draft: MentionExtractor.Draft, context: NSRange, contextText: String
  ) -> (reason: String, tie: NSRange?)? {
    let own = rangeOf[draft.sentence] ?? context
    // "Other grants ..., such as the domestic abuse contract, are not connected with modern
    // slavery": the sentence names the topic to say it is not about it.
    if text.contains(Self.disowns, in: own) { return nil }
    if let word = extractor.topics.first(in: text, range: context) {
      return ("its sentence names '\(word)'", nil)
    }
    // "The Motor Patrols Department has 104 officers" in an answer about trafficking: a
    // sentence that names another area of policing, and not the topic, speaks for that area;
    // no heading, lead-in, subject or request over it ties it.
    guard !text.contains(Self.otherArea, in: own) else { return nil }
    let diverts = text.contains(Self.diversion, in: own)
    // "The team consists of ...", "the service ...": the sentence that named what it refers to.
    if text.contains(Self.backReference, in: own) {
      if let word = firstWord(in: contextText) {
        return ("it refers back to words that name '\(word)'", nil)
      }
      // "The Rowan Service ... will help victims of modern slavery. It will be delivered by ...
      // The service has six caseworkers": a few sentences back, within the section.
      if let named = namingSentence(before: draft.sentence, reach: 3),
        let word = extractor.topics.first(in: text, range: named)
      {
        return ("it refers back to '\(word)'", named)
      }
    }
    // "... can also be supported by Beacon, the Commissioner's victim care hub. Beacon's budget
    // was £1,842,000": a sentence that opens with a name a sentence just before gave, inside
    // that sentence and beside the topic, is about the same thing.
    if !diverts, let opening = text.firstMatch(Self.openingName, in: own),
      case let name = text.text(opening.range(at: 1)), !Self.institution.matches(name),
      let named = namingSentence(before: draft.sentence, reach: 3),
      case let earlier = text.text(named), let at = earlier.range(of: name),
      at.lowerBound > earlier.startIndex,
      let word = extractor.topics.first(in: text, range: named)
    {
      return ("it names '\(name)' again, which a sentence before named with '\(word)'", named)
    }
    let blockIndex = layout.sentences[draft.sentence].block
    let block = layout.blocks[blockIndex]
    if isRow(block) {
      let lead = leadInOfRows(at: blockIndex).flatMap { lead in
        introducesRows(lead) && !text.contains(Self.diversion, in: lead) ? lead : nil
      }
      let leadWord = lead.flatMap { lead in
        text.contains(Self.partial, in: lead) ? nil : extractor.topics.first(in: text, range: lead)
      }
      // A list of grants that names the topic of some items speaks only for those ("Only
      // some of these services relate to modern slavery"), unless the paragraph leading into
      // it names the topic for all of them ("... Modern Slavery Network ... three bids:"); a
      // list of ranks is one team's, whatever each line names.
      // A table of teams by headcount is the same: the Economic Crime Unit's row is not the
      // Modern Slavery Team's.
      // So is a table of categories ("| Response | 412.6 | 405.0 |" beside "| Human
      // Trafficking Unit | 6.0 | 6.0 |"): a row labelled with no rank is its own category.
      // A count under a column's label ("Unit staff (FTE)") is the row's year of the table's
      // team, not a team of its own.
      let namesATeam =
        draft.kind == .staff && draft.columnLabel == nil
        && (StaffTableRow.teamCell.matches(draft.role)
          || !StaffFinder.namesRole(draft.role)
            && extractor.cells(of: block.range).contains { text.text(text.trimmed($0)) == draft.role })
      if draft.kind == .funding || namesATeam, leadWord == nil, mixedRows(at: blockIndex) {
        return nil
      }
      if let lead {
        if let word = leadWord {
          return ("the line leading into its list names '\(word)'", lead)
        }
        // "The unit's costs are below:", "Payments to the charity are shown below:": the
        // line refers back to what a sentence just before it named.
        if text.contains(Self.backReference, in: lead), !text.contains(Self.diversion, in: lead),
          let leadSentence = layout.sentences.lastIndex(where: { $0.range.location < lead.end }),
          let named = namingSentence(before: leadSentence),
          let word = extractor.topics.first(in: text, range: named)
        {
          return ("the line leading into its list refers back to '\(word)'", named)
        }
      }
      // "2.2 The MSHT Unit is made up of 14 FTE posts. ... The table below shows how the
      // number of posts filled has changed.": a table of people in a section about a team
      // counts that team's people.
      // A table of money by year in such a section is the same: that resource year by year.
      let byYear = draft.kind == .funding && extractor.rowPeriod(sentence: draft.sentence) != nil
      if draft.kind == .staff && !namesATeam || byYear,
        let named = namingSentence(
          before: firstSentence(from: draft.sentence, inBlocksFrom: rowsStart(at: blockIndex))),
        let word = extractor.topics.first(in: text, range: named)
      {
        return ("its table is in a section that names '\(word)'", named)
      }
    } else if !diverts, !isRequest(block.range),
      case let speech = speech(around: blockIndex),
      let word = extractor.topics.first(in: text, range: speech)
    {
      return speech == block.range
        ? ("its paragraph names '\(word)'", nil)
        : ("the quotation it is part of names '\(word)'", speech)
    } else if !diverts, let items = itemsLedInto(by: blockIndex),
      case let named = items.filter({ extractor.topics.first(in: text, range: $0) != nil }),
      named.count * 2 >= items.count, let first = named.first,
      let word = extractor.topics.first(in: text, range: first)
    {
      // "The money will pay for three strands of work:" over items most of which name
      // exploitation: what the money buys is what it is for. A fund leading into a list of
      // many kinds of grant is not.
      return (
        "the list it leads into names '\(word)'",
        NSRange.between(items[0].location, items[items.count - 1].end)
      )
    } else if !diverts, let lead = introducingParagraph(before: blockIndex),
      let word = extractor.topics.first(in: text, range: lead)
    {
      // Items written as paragraphs under "The Commissioner has been successful with three
      // bids:" (a web page's list items lose their bullets).
      return ("the line leading into its list names '\(word)'", lead)
    }
    // The headings over it, nearest first, up to the document's title; none when its own
    // section mixes money that names its topic with money that does not.
    if !diverts, let nearest = headingOf[blockIndex], !mixedSections.contains(nearest) {
      // A heading marked with its level ("### ...") is under the nearest heading of a higher
      // level before it, never under one of its own level: the decision above is another
      // decision. A plain short line has no level and is under every heading before it.
      // A plain heading is under the plain heading before it only when nothing but headings
      // lies between them ("Modern slavery" then "Funding"); one that closed a section of its
      // own ("Decision 2023/04 ...", its paragraphs, then "Decision 2023/05 ...") is a sibling.
      var outer = Int.max
      var innermost = nearest
      for heading in headings.reversed() where heading <= nearest {
        let level = self.level(of: heading)
        // The page's title ties money (see the subject below), not people: a county lines
        // blog's "24 extra officers" are the force's.
        if level == 1, draft.kind == .staff { continue }
        if heading != nearest {
          if level == Self.plain {
            guard outer == Self.plain,
              (heading + 1..<innermost).allSatisfy({ headingOf[$0] == $0 })
            else { continue }
          } else {
            guard level < outer else { continue }
          }
        }
        outer = min(outer, level)
        innermost = heading
        let range = text.trimmed(layout.blocks[heading].range)
        if let word = extractor.topics.first(in: text, range: range) {
          return ("the heading '\(text.text(range))' above it names '\(word)'", range)
        }
      }
    }
    // A decision record, news release or report about one subject: its title or "Subject:"
    // line names the topic for the money in its prose ("Decision: the Commissioner approves
    // continued funding of the post ..."). Not for lists and tables, where each item speaks
    // for itself when they mix topics, nor for people (a county lines blog's "24 extra
    // officers" are the force's, not the subject's).
    if draft.kind == .funding, !diverts, !isRow(block),
      extractor.type != .foiResponse, extractor.type != .statement,
      headingOf[blockIndex].map({ !mixedSections.contains($0) }) ?? true,
      let subject, let word = extractor.topics.first(in: text, range: subject)
    {
      return ("the document's subject, '\(text.text(subject))', names '\(word)'", subject)
    }
    // An FOI answer answers a request about the topic, quoted or not: the answer's own words
    // name it.
    if extractor.type == .foiResponse, !diverts, !block.isListItem, !isRow(block),
      let word = answerTopic
    {
      return ("the FOI answer it belongs to names '\(word)'", nil)
    }
    // The request it answers: the nearest request passage before it that names the topic.
    guard !diverts else { return nil }
    let before = extractor.requests.filter { $0.location < context.location }
    for request in (before.isEmpty ? extractor.requests : before).reversed() {
      if let word = extractor.topics.first(in: text, range: request) {
        // The request's words lead in, so that the rules see whose money or people the
        // answer gives ("for the Exploitation and Modern Slavery Team, the number of ...").
        return ("the request it answers names '\(word)'", request)
      }
    }
    return nil
  }

  /// The document's title or subject line that names MSHT or an area next to it: a top-level
  /// heading (`# ...`), a "Subject:" or "Title:" line or table row, or, in a document with no
  /// marked headings, the first headline among its first blocks.
  private static func subject(of extractor: MentionExtractor) -> NSRange? {
    let (text, layout) = (extractor.text, extractor.layout)
    var candidates: [NSRange] = []
    var marked = false
    for (index, block) in layout.blocks.enumerated() {
      let trimmed = text.trimmed(block.range)
      if trimmed.length > 1, text.unit(trimmed.location) == 0x23 {  // "#"
        marked = true
        if text.unit(trimmed.location + 1) != 0x23 { candidates.append(trimmed) }
      } else if text.contains(Self.subjectField, in: block.range) {
        candidates.append(trimmed)
      } else if index < 8, block.lines.count == 1, !block.isListItem, !block.isTableRow,
        isHeadline(block, text: text),
        !text.contains(MentionExtractor.furniture, in: block.range)
      {
        candidates.append(trimmed)
      }
    }
    return candidates.first { candidate in
      (!marked || text.unit(candidate.location) == 0x23
        || text.contains(Self.subjectField, in: candidate))
        && extractor.topics.first(in: text, range: candidate) != nil
    }
  }

  /// A report's paragraph number: "2.1", "3.4.2".
  private static let paragraphNumber = Pattern(#"^\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s"#)

  /// A lead-in that says only some of its items are about the topic: "Only some of these
  /// services relate to modern slavery", "one of which".
  private static let partial = Pattern(
    #"\b(?:only\s+some|some\s+of\s+(?:these|the|which|them)|not\s+all|one\s+of\s+(?:these|which|them)|the\s+others?|others\s+(?:are|were))\b"#
  )

  /// A field that gives a document's subject: "Subject: ...", "| Title | ... |", "Re: ...".
  private static let subjectField = Pattern(
    #"^[\s*_|]*(?:subject|title|re|decision\s+title|title\s+of\s+(?:decision|report)|report\s+title|purpose\s+of\s+report)[\s*_]*(?::|\|)\s*\S"#
  )

  /// The level of a heading marked with `#` (1 to 6), or `plain`.
  private func level(of heading: Int) -> Int {
    var position = layout.blocks[heading].range.location
    var marks = 0
    while marks < 7, position < text.length, text.unit(position) == 0x23 {  // "#"
      marks += 1
      position += 1
    }
    return (1...6).contains(marks) ? marks : Self.plain
  }

  /// The level of a heading with no `#` marks: under every marked one.
  private static let plain = 7

  /// Words that turn from the topic to other things: "Elsewhere, ...", "Other services
  /// commissioned ...", "the Commissioner's wider fund", "Separately".
  /// Areas of policing that are not MSHT nor next to it. Missing people in general and
  /// economic crime are left out: exploitation teams are often "Exploitation and Missing"
  /// teams, and officers are drawn from economic crime units for trafficking cases.
  private static let otherArea = Pattern(
    #"\bmissing\s+from\s+home\b|\bburglar(?:y|ies)\b|\brobber(?:y|ies)\b|\bvehicle\s+crime\b|\bmotor\s+patrols?\b|\broads?\s+policing\b|\btraffic\s+(?:officers|unit|department)\b|\bfirearms\s+(?:officers|unit|team)\b|\bhomicide\b|\bcounter[- ]terrorism\b|\bidentity\s+cards?\b|\bstreet\s+triage\b|\b(?:across|in|into|for)\s+(?:local|neighbourhood|response)\s+policing\b|\bBand\s+D\b"#
  )

  private static let diversion = Pattern(
    #"^[\W\d]*(?:elsewhere|separately|other|outside|beyond|more\s+widely|in\s+other|for\s+completeness|for\s+comparison|by\s+way\s+of\s+comparison)\b|\b(?:wider|other)\s+(?:\w+\s+){0,2}?(?:funds?|grants?|services|priorities|areas|projects|schemes|work)\b|\belsewhere\b"#
  )

  /// Words that deny a tie to the topic: "are not connected with", "is unrelated to", "not
  /// specific to".
  private static let disowns = Pattern(
    #"\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:connected|related|linked|specific|relevant|attributable|associated)\s+(?:with|to)\b|\bunrelated\s+to\b|\bnothing\s+to\s+do\s+with\b"#
  )

  /// A sentence that refers back to something named before it: "the team", "this service",
  /// "the post", "it", "they".
  private static let backReference = Pattern(
    #"^[\W\d]*(?:it|they|this|these)\b|\b(?:the|this|that|these|those|its|their)\s+(?:same\s+|above\s+|said\s+|new\s+|[\w]+-[\w-]+\s+)?(?:team|unit|hub|cell|squad|task\s?force|service|helpline|project|programme|scheme|network|partnership|post|posts|role|roles|co-?ordinator|coordinator|navigator|advocate|charity|grant|award|contract)(?:['’]s)?\b"#
  )

  private func firstWord(in string: String) -> String? {
    let source = SourceText(string)
    return extractor.topics.first(in: source, range: NSRange(location: 0, length: source.length))
  }

  /// The list items (or table rows) a paragraph ending in a colon leads into, at most ten;
  /// `nil` when the paragraph leads into none.
  private func itemsLedInto(by index: Int) -> [NSRange]? {
    let block = layout.blocks[index]
    var end = block.range.end
    while end > block.range.location, text.isSpace(text.unit(end - 1)) { end -= 1 }
    guard end > block.range.location, text.unit(end - 1) == 0x3A,  // ":"
      index + 1 < layout.blocks.count
    else { return nil }
    var last = index
    while last + 1 < layout.blocks.count, last - index < 10,
      layout.blocks[last + 1].isListItem || isRow(layout.blocks[last + 1])
    {
      last += 1
    }
    guard last > index else { return nil }
    return (index + 1...last).map { layout.blocks[$0].range }
  }

  private func isRequest(_ range: NSRange) -> Bool {
    extractor.requests.contains { $0.covers(range) }
  }

  /// The paragraphs of a quotation that runs over several, or the block alone: each of them
  /// opens with a quotation mark and only the last closes it ('... said: "Keeping children
  /// safe from exploitation ...' then '"Part of that is £1.4m ...'). What a speaker says in one
  /// paragraph is said of the others, as a paragraph's words are of its sentences.
  private func speech(around index: Int) -> NSRange {
    var (first, last) = (index, index)
    while first > 0, index - first < 8, opensQuotation(first), leavesQuotationOpen(first - 1) {
      first -= 1
    }
    while last + 1 < layout.blocks.count, last - index < 8, leavesQuotationOpen(last),
      opensQuotation(last + 1)
    {
      last += 1
    }
    return NSRange.between(layout.blocks[first].range.location, layout.blocks[last].range.end)
  }

  private func opensQuotation(_ index: Int) -> Bool {
    let block = layout.blocks[index]
    let start = text.trimmed(block.range)
    guard !block.isTableRow, !block.isListItem, start.length > 0 else { return false }
    return text.unit(start.location) == 0x201C || text.unit(start.location) == 0x22  // “ "
  }

  /// Whether a paragraph ends inside a quotation: it opens more curly quotation marks than it
  /// closes, or holds an odd number of straight ones.
  private func leavesQuotationOpen(_ index: Int) -> Bool {
    let block = layout.blocks[index]
    guard !block.isTableRow, !block.isListItem else { return false }
    var (open, close, straight) = (0, 0, 0)
    for position in block.range.location..<block.range.end {
      switch text.unit(position) {
      case 0x201C: open += 1
      case 0x201D: close += 1
      case 0x22: straight += 1
      default: break
      }
    }
    return open > close || straight % 2 == 1
  }

  /// The name a sentence opens with, whose money it gives: "Beacon's budget was ...", "Safe
  /// Harbour's grant for 2024/25 is ...".
  private static let openingName = Pattern(
    #"^[\W\d]*(?:The\s+)?([A-Z][a-z][\w-]+(?:\s+[A-Z][\w-]+){0,3})['’]s\s+(?:[a-z]+\s+)?(?:budget|funding|grant|contract|costs?|allocation|award)\b"#,
    caseSensitive: true)
  /// Names of bodies every answer repeats, which tie nothing by being named again.
  private static let institution = Pattern(
    #"\b(?:Police|Constabulary|Commissioner|Office|Council|Government|Home|Ministry|Force|Authority|Mayor|Panel|Board|Department|Service|Services|Unit|Team|Partnership|Fund|Grant|Victims?|Funding|Money|Officers?|Staff|Total|Costs?|Budget|This|That|These|Those|It|In|For|From|During|Since|Under|As|Some|All|No|Our|We|Any|Each)\b"#,
    caseSensitive: true)

  /// The heading of a box of links to other stories ("Read more", "More local news", "Most
  /// read", "Related articles") over a list item, if the item is in the list right under it: a
  /// news page's headlines of other stories are not the story's money or people. The story
  /// may go on after the box, under no heading of its own.
  func otherStoriesHeading(over index: Int) -> String? {
    // "READ MORE: Shop worker jailed for £9,000 theft": a link line marked on its own.
    let own = text.trimmed(layout.blocks[index].range)
    if let label = text.firstMatch(Self.otherStoryLabel, in: own) {
      return text.text(label.range(at: 1))
    }
    guard let heading = headingOf[index], heading != index,
      (heading + 1...index).allSatisfy({ layout.blocks[$0].isListItem })
    else { return nil }
    let range = text.trimmed(layout.blocks[heading].range)
    guard text.contains(Self.otherStories, in: range) else { return nil }
    return text.text(range).trimmingCharacters(in: CharacterSet(charactersIn: "#*_ "))
  }

  private static let otherStoryLabel = Pattern(
    #"^[\s#*_>\[]*(read\s+more|related(?:\s+(?:stories|articles|news))?|see\s+also|also\s+read|read\s+next|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+like)[\s*_]*[:|–-]"#
  )
  private static let otherStories = Pattern(
    #"^[\s#*_]*(?:read\s+more|(?:more|other|latest|top|related|recommended|popular|trending)(?:\s+[\w'’-]+){0,2}\s+(?:news|stories|articles|headlines|reads)|most\s+(?:read|popular|viewed|shared)|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|see\s+also|trending(?:\s+now)?|more\s+from\s+[\w\s'’-]{1,30})[\s*_:]*$"#
  )

  /// The block that leads into the list `index` is an item of: the block before its rows,
  /// or the paragraph ending in a colon that its paragraphs follow.
  func leadInBlock(of index: Int) -> Int? {
    if isRow(layout.blocks[index]) {
      var top = index
      while top > 0, isRow(layout.blocks[top - 1]) { top -= 1 }
      return top > 0 ? top - 1 : nil
    }
    // A paragraph that itself leads into a list is no item of an earlier one.
    let own = text.trimmed(layout.blocks[index].range)
    guard own.length > 0, text.unit(own.end - 1) != 0x3A,
      let lead = introducingParagraph(before: index)
    else { return nil }
    return layout.blocks.firstIndex { $0.range.covers(lead) }
  }

  /// A bulleted item, a table row, a short line of money or a short numbered item: one row of
  /// a list. A long numbered paragraph ("5.1 Round six of the fund ...") is a paragraph.
  private func isRow(_ block: Block) -> Bool {
    if block.isTableRow || extractor.isAmountRow(block) || isStaffLine(block) { return true }
    // "2.1 The Commissioner approves ...": a report's numbered paragraph, not a list's item.
    guard block.isListItem, !text.contains(Self.paragraphNumber, in: block.range) else {
      return false
    }
    let first = text.unit(text.trimmed(block.range).location)
    let bulleted = "-*•·▪◦‣–—".utf16.contains(first)
    return bulleted || block.range.length < 120
  }

  /// The paragraph that leads into the run of paragraphs around `index`, when it ends with a
  /// colon: each paragraph after it is one item of what it introduces.
  private func introducingParagraph(before index: Int) -> NSRange? {
    var position = index - 1
    while position >= 0, position >= index - 12 {
      let block = layout.blocks[position]
      if headingOf[position] == position || isRequest(block.range)
        || text.contains(Self.diversion, in: block.range)
      {
        return nil
      }
      let trimmed = text.trimmed(block.range)
      if trimmed.length > 0, text.unit(trimmed.end - 1) == 0x3A { return trimmed }  // ":"
      // Items are short paragraphs; a long one is the answer going on.
      if block.range.length > 400 { return nil }
      position -= 1
    }
    return nil
  }

  /// The nearest answer sentence before `index`, at most `reach` (eight) back and in the same section
  /// (no heading in between), that names the topic; table rows are passed over.
  private func namingSentence(before index: Int, reach: Int = 8) -> NSRange? {
    var position = index - 1
    while position >= 0, position >= index - reach {
      let block = layout.sentences[position].block
      if headingOf[block] == block { return nil }
      if let range = rangeOf[position], !layout.blocks[block].isTableRow,
        extractor.topics.first(in: text, range: range) != nil
      {
        return range
      }
      position -= 1
    }
    return nil
  }

  /// Whether a lead-in introduces the rows under it ("... as follows:", "the following
  /// awards", "The unit's costs are below.", a table's header, a sentence that counts people
  /// the lines go on counting), rather than being a paragraph that happens to come before.
  private func introducesRows(_ lead: NSRange) -> Bool {
    if text.contains(Self.introducing, in: lead) { return true }
    // A table laid out with spaces: the paragraph before its header row ends "... was:".
    if let header = layout.blocks.firstIndex(where: { $0.isTableRow && lead.covers($0.range) }),
      header > 0, lead.covers(layout.blocks[header - 1].range),
      text.contains(Self.introducing, in: layout.blocks[header - 1].range)
    {
      return true
    }
    let last = layout.sentences.last { $0.range.location < lead.end }?.range ?? lead
    return StaffFinder.staff(in: text, sentence: last).contains { $0.count != nil }
  }

  private static let introducing = Pattern(
    #":\s*$|\|\s*$|\b(?:the\s+following|as\s+follows|below|include[sd]?|including|compris(?:es|ed|ing)|consist(?:s|ed|ing)?\s+of|made\s+up\s+of|staffed|establishment\s+of|these\s+are)\b"#
  )

  /// Whether the rows around `index` mix rows that name their own topic with rows that do
  /// not: then each row speaks for itself ("Modern slavery training £8,000" beside "Victim
  /// support grant £4,500").
  private func mixedRows(at index: Int) -> Bool {
    var top = index
    while top > 0, isRow(layout.blocks[top - 1]) { top -= 1 }
    var bottom = index
    while bottom + 1 < layout.blocks.count, isRow(layout.blocks[bottom + 1]) { bottom += 1 }
    let header = layout.blocks[top].isTableRow && top < index ? top + 1 : top
    return (header...bottom).contains { row in
      row != index && extractor.topics.first(in: text, range: layout.blocks[row].range) != nil
    }
  }

  /// One short line that counts people ("12 Detective Constables"): a row of a list of ranks.
  private func isStaffLine(_ block: Block) -> Bool {
    block.lines.count == 1 && block.range.length < 60
      && (StaffFinder.staff(in: text, sentence: block.range).contains { $0.count != nil }
        || !StaffFinder.namedOfficers(in: text, sentence: block.range, lineStart: true).isEmpty)
  }

  /// The line before the rows around `index` (or, for a table, its header row and that line),
  /// as one range; `nil` when the rows open the document or follow request text.
  /// The first sentence at or before `sentence` whose block is `first` or later: walking back
  /// from the row itself, not searching the document from its start for every row.
  private func firstSentence(from sentence: Int, inBlocksFrom first: Int) -> Int {
    var position = sentence
    while position > 0, layout.sentences[position - 1].block >= first { position -= 1 }
    return position
  }

  /// The first block of the run of rows that `index` is in.
  private func rowsStart(at index: Int) -> Int {
    var top = index
    while top > 0, isRow(layout.blocks[top - 1]) { top -= 1 }
    return top
  }

  private func leadInOfRows(at index: Int) -> NSRange? {
    let top = rowsStart(at: index)
    var parts: [NSRange] = []
    if layout.blocks[index].isTableRow, layout.blocks[top].isTableRow, top < index {
      parts.append(layout.blocks[top].range)
    }
    if top > 0, !isRequest(layout.blocks[top - 1].range) {
      parts.append(layout.blocks[top - 1].range)
    }
    guard let first = parts.first else { return nil }
    return parts.dropFirst().reduce(first) { union, part in
      NSRange.between(min(union.location, part.location), max(union.end, part.end))
    }
  }
}
