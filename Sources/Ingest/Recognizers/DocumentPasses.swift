import Foundation

/// Gives the period of a sentence that only dates its neighbour to the adjacent mention: the
/// mention just before, else the first of the next sentence in the same paragraph.
struct DatingSentences: DocumentPass {
  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let (text, layout, sentences) = (document.text, document.layout, reading.sentences)
    let withMentions = Set(reading.drafts.map(\.sentence))
    for (position, (index, range)) in sentences.enumerated() where !withMentions.contains(index) {
      let periods = PeriodFinder.periods(in: text, range: range).filter(\.isStart)
      guard let found = periods.first else { continue }
      let words = found.words(in: text)
      var target: Int?
      if position > 0 {
        let previous = sentences[position - 1].index
        target = reading.drafts.lastIndex { $0.sentence == previous && $0.kind != .statement }
      }
      if target == nil, position + 1 < sentences.count {
        let next = sentences[position + 1].index
        if layout.sentences[next].block == layout.sentences[index].block {
          target = reading.drafts.firstIndex { $0.sentence == next && $0.kind != .statement }
        }
      }
      if let target,
        reading.drafts[target].period.isEmpty || reading.drafts[target].period == "per annum"
      {
        reading.drafts[target].period = words
      }
    }
  }
}

/// Gives counted people the period of the sentence that named their team: "... Unit,
/// established in 2018, ..." then "The unit comprises one DI, two DSs and ten DCs." A count
/// takes it only when its own sentence has no period and refers back to the team ("the
/// unit"), and the naming sentence is in the same paragraph or the one before.
struct TeamPeriods: DocumentPass {
  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let (text, layout, sentences) = (document.text, document.layout, reading.sentences)
    for position in reading.drafts.indices
    where reading.drafts[position].kind == .staff && reading.drafts[position].count != nil
      && reading.drafts[position].period.isEmpty
    {
      let index = reading.drafts[position].sentence
      guard let range = sentences.first(where: { $0.index == index })?.range,
        text.contains(MentionExtractor.teamReference, in: range),
        !text.contains(StaffFinder.team, in: range),
        PeriodFinder.periods(in: text, range: range).isEmpty,
        let naming = sentences.last(where: {
          $0.index < index && text.contains(StaffFinder.team, in: $0.range)
        }),
        layout.sentences[index].block - layout.sentences[naming.index].block <= 1,
        let found = PeriodFinder.periods(in: text, range: naming.range).first
      else { continue }
      reading.drafts[position].period = found.words(in: text)
    }
  }
}

/// Makes a counted post part time when the next sentence of its paragraph says the role is
/// held alongside other duties ("22 Modern Slavery SPOCs ... The SPOC role is undertaken
/// alongside officers' normal duties.").
struct RolesHeldAlongsideDuties: DocumentPass {
  /// The start of a sentence that goes on about the post just counted: "The SPOC role is ...".
  private static let roleReference = Pattern(
    #"^(?:(?:the|this|these|that|those|their|its|each|all)\b[^.;]{0,40}?\b(?:roles?|posts?|positions?|officers?|SPOCs?|staff)\b|(?:they|he|she|it)\b)"#
  )

  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let (text, layout, sentences) = (document.text, document.layout, reading.sentences)
    for (position, (index, _)) in sentences.enumerated() where position + 1 < sentences.count {
      let (next, nextRange) = sentences[position + 1]
      guard layout.sentences[next].block == layout.sentences[index].block,
        !reading.drafts.contains(where: { $0.sentence == next && $0.kind == .staff }),
        text.contains(Self.roleReference, in: nextRange),
        text.contains(MentionExtractor.sideDuties, in: nextRange),
        let target = reading.drafts.lastIndex(where: {
          $0.sentence == index && $0.kind == .staff && $0.count != nil
        })
      else { continue }
      reading.drafts[target].basis = .partTime
      reading.drafts[target].cues.append("part_time")
      reading.drafts[target].lastSentence = next
    }
  }
}

/// One statement per paragraph: statements of one kind in one paragraph are one answer, and
/// the details of an exemption fold into the refusal they explain.
struct OneStatementPerParagraph: DocumentPass {
  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let layout = document.layout
    var result: [MentionExtractor.Draft] = []
    var lastStatement: Int?
    for draft in reading.drafts.sorted(by: { $0.quote.location < $1.quote.location }) {
      guard draft.kind == .statement else {
        result.append(draft)
        lastStatement = nil
        continue
      }
      if draft.cues.contains(MentionExtractor.explainsAct) {
        // "Section 23(5) ... is an absolute exemption": the Act explained, never a statement
        // of its own; it names the sections of the refusal it follows.
        if let previous = lastStatement,
          MentionExtractor.family(of: result[previous].cues) == "withheld"
        {
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
        if sameBlock
          && MentionExtractor.family(of: earlier.cues) == MentionExtractor.family(of: draft.cues)
        {
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
    reading.drafts = result
  }

  private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }
}

/// "West Yorkshire Police has a Human Trafficking Unit." then "The HTU is made up of one DI,
/// two DSs and eleven DCs.", or a team named in the line that leads into a table of ranks:
/// the people counted next are the team, so the team named without a count says nothing
/// more. A team named after the count ("... will combine with the Modern Slavery Team")
/// is kept: it says what the people join.
struct TeamsCountedNext: DocumentPass {
  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let (text, layout, drafts) = (document.text, document.layout, reading.drafts)
    reading.setAside { position, draft, _ in
      let block = layout.sentences[draft.sentence].block
      // Work spread over general teams ("investigated by divisional CID") is no team whose
      // people could be counted next.
      let isTeam = draft.kind == .staff && draft.isTeam && draft.basis != .partTime
      // People who speak of "the team" or "the unit" are matched to it when facts are
      // aggregated; here only people who do not.
      // Drafts are in the order of their sentences, so the search ends three blocks on: a
      // document of thousands of mentions costs no more per mention than a short one.
      let nearby =
        isTeam
        ? drafts[(position + 1)...].prefix {
          layout.sentences[$0.sentence].block <= block + 3
        } : []
      let countedNext = nearby.first { later in
        later.kind == .staff && later.count != nil
          && later.quote.location >= draft.quote.end
          && (layout.sentences[later.sentence].block <= block + 1
            || layout.sentences[later.sentence].block <= block + 3
              && layout.blocks[layout.sentences[later.sentence].block].isTableRow)
          && !text.contains(MentionExtractor.teamReference, in: later.quote)
      }
      return isTeam && countedNext != nil
        ? "a team whose people are counted right after it" : nil
    }
  }
}

/// An answer that neither confirms nor denies says so once in its summary and again where it
/// explains: one refusal, one statement. The first is kept, unless it only points to the
/// explanation below.
struct OneNeitherConfirmNorDeny: DocumentPass {
  private static let pointsBelow = Pattern(
    #"\b(?:explained|set\s+out|given|detailed|shown)\s+(?:below|under\s+each\s+(?:answer|question|request|part)|in\s+(?:the\s+)?answers?\s+below)\b|\bsee\s+below\b"#
  )

  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let drafts = reading.drafts
    let refusals = drafts.indices.filter {
      drafts[$0].kind == .statement && drafts[$0].cues.contains("ncnd")
        && MentionExtractor.family(of: drafts[$0].cues) == "withheld"
    }
    guard refusals.count > 1 else { return }
    // "..., and our reasons are explained below": a summary that points to the refusal itself,
    // in its own words or in its paragraph's ("Our reasons are set out under each answer.").
    let first = drafts[refusals[0]]
    let paragraph = document.layout.blocks[document.layout.sentences[first.sentence].block].range
    let kept =
      document.text.contains(Self.pointsBelow, in: first.quote)
        || document.text.contains(Self.pointsBelow, in: paragraph)
      ? refusals[1] : refusals[0]
    reading.setAside { position, _, _ in
      refusals.contains(position) && position != kept
        ? "repeats the document's neither-confirm-nor-deny, counted once" : nil
    }
  }
}

/// "The team has 18 members. This includes 4 PCs, 2 DSs and 1 DI.": the people of the second
/// sentence are some of those counted in the first, not more of them.
struct Breakdowns: DocumentPass {
  private static let breakdown = Pattern(
    #"^[\W]*(?:(?:this|these|which|they|that)\s+(?:includes?|comprises?|consists?\s+of|is\s+made\s+up\s+of|are\s+made\s+up\s+of)|of\s+(?:these|whom|them|this)|including|among\s+them)\b"#
  )

  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let (text, layout) = (document.text, document.layout)
    reading.setAside { _, draft, kept in
      let sentence = layout.sentences[draft.sentence]
      let breaksDown =
        draft.kind == .staff && draft.count != nil
        && text.contains(Self.breakdown, in: sentence.range)
        && kept.contains { earlier in
          earlier.kind == .staff && earlier.count != nil && earlier.sentence < draft.sentence
            && sentence.block - layout.sentences[earlier.sentence].block <= 1
        }
      return breaksDown ? "breaks down the people counted just before it" : nil
    }
  }
}

/// "The teams are paid for by a grant from the Home Office surge fund. Lancashire received
/// £1,240,000 from this fund for 2024/25": the funding named without an amount is the same
/// money the next sentence gives with one, pointing back to it.
struct FundingAmountedNext: DocumentPass {
  /// The amount's own words point back: "from this fund", "the grant", "that programme".
  private static let pointsBack = Pattern(
    #"\b(?:this|that|the\s+same|the\s+above|the\s+said)\s+(?:[\w'’-]+\s+)?(?:fund|grant|programme|allocation|award|funding)\b"#
  )

  func apply(to reading: inout DocumentReading, in document: MentionExtractor) {
    let (text, layout, drafts) = (document.text, document.layout, reading.drafts)
    reading.setAside { position, draft, _ in
      guard draft.kind == .funding, draft.amount == nil else { return nil }
      let block = layout.sentences[draft.sentence].block
      let amountedNext = drafts[(position + 1)...].prefix {
        layout.sentences[$0.sentence].block <= block + 1
      }.first { later in
        later.kind == .funding && later.amount != nil && later.sentence > draft.sentence
          && later.sentence <= draft.sentence + 1
          && text.contains(Self.pointsBack, in: layout.sentences[later.sentence].range)
      }
      return amountedNext == nil ? nil : "funding whose amount the next sentence gives"
    }
  }
}
