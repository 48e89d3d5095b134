import Foundation

/// Turns the sentence's settled money and people into mentions, each quoted by its own clause:
/// from the boundary after the mention before it (";", ", and", " but ", ", supported by") to
/// the boundary before the next one. A team is quoted by its name and the few words before it
/// that say what it does.
struct MentionClauses: SentenceRecognizer {
  /// Where one mention's clause ends and the next one's begins; ", supported by" starts the
  /// clause of the people who support.
  private static let boundary = Pattern(
    #";|,\s+(?:and|but)\s|\s(?:and|but|whilst|while)\s|,\s+(?=(?:supported|assisted|helped|backed|joined)\s+by\s)"#
  )
  private static let teamBoundary = Pattern(
    #"[;,(:]|\s(?:and|but|whilst|while|which|who|that)\s"#)
  private static let relative = Pattern(#",?\s(?:which|who)\s"#)
  private static let fullTime = Pattern(#"\bfull[- ]time\b"#)

  /// A mention's place in the sentence: money or people.
  private enum Anchor {
    case money(MoneyMatch)
    case staff(StaffMatch)

    var range: NSRange {
      switch self {
      case .money(let match): match.range
      case .staff(let match): match.range
      }
    }
    var isTeam: Bool {
      if case .staff(let match) = self { return match.isTeam }
      return false
    }
    var isPeople: Bool {
      if case .staff(let match) = self { return !match.isTeam }
      return false
    }
  }

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let text = document.text
    let range = sentence.range
    // Money before people at the same place, as the sentence lists them.
    let anchors =
      (sentence.money.map(Anchor.money) + sentence.staff.map(Anchor.staff)).enumerated()
      .sorted { ($0.element.range.location, $0.offset) < ($1.element.range.location, $1.offset) }
      .map(\.element)
    let boundaries = text.matches(Self.boundary, in: range).map(\.range).filter {
      !document.joinsName($0)
    }
    for (position, anchor) in anchors.enumerated() {
      let previousEnd = position > 0 ? anchors[position - 1].range.end : range.location
      var start = range.location
      if position > 0,
        let cut = boundaries.last(where: {
          $0.location >= previousEnd && $0.end <= anchor.range.location
        })
      {
        start = cut.end
      }
      var end = range.end
      // People "added to ... and combine with the Modern Slavery Team" are described by the team
      // they join, so a counted post's clause runs on through a team named after it.
      var following = position + 1
      if anchor.isPeople, following < anchors.count, anchors[following].isTeam {
        following += 1
      }
      let clauseFrom =
        following > position + 1 ? anchors[following - 1].range.end : anchor.range.end
      let clauseTo = following < anchors.count ? anchors[following].range.location : range.end
      if following < anchors.count,
        let cut = boundaries.first(where: { $0.location >= clauseFrom && $0.end <= clauseTo })
      {
        end = cut.location
      }
      switch anchor {
      case .money(let match):
        if let relative = text.firstMatch(Self.relative, in: NSRange.between(match.range.end, end))
        {
          end = relative.range.location
        }
        sentence.drafts.append(
          funding(match, clause: text.trimmed(NSRange.between(start, end)), in: sentence, document))
      case .staff(let match) where match.isTeam:
        sentence.drafts.append(
          team(match, after: previousEnd, isFirst: position == 0, in: sentence, document))
      case .staff(let match):
        let restEnd =
          position + 1 < anchors.count ? anchors[position + 1].range.location : range.end
        sentence.drafts.append(
          people(
            match, clause: text.trimmed(NSRange.between(start, end)),
            rest: NSRange.between(match.range.end, restEnd), in: sentence, document))
      }
    }
  }

  private func funding(
    _ match: MoneyMatch, clause: NSRange, in sentence: SentenceReading,
    _ document: MentionExtractor
  ) -> MentionExtractor.Draft {
    var draft = MentionExtractor.Draft(
      kind: .funding, quote: clause, sentence: sentence.index, lastSentence: sentence.index,
      amount: match.amount, amountHigh: match.amountHigh, qualifier: match.qualifier)
    draft.amountRange = match.range
    draft.perAnnum = match.perAnnum
    draft.period =
      document.columnPeriod(of: match.range, sentence: sentence.index)
      ?? document.rowPeriod(sentence: sentence.index)
      ?? document.period(near: match.range, clause: clause, sentence: sentence.range)
    if draft.period.isEmpty, let words = match.perAnnumRange {
      draft.period = document.text.text(words)
    }
    return draft
  }

  /// The team's name and the few words before it that say what it does.
  private func team(
    _ match: StaffMatch, after previousEnd: Int, isFirst: Bool, in sentence: SentenceReading,
    _ document: MentionExtractor
  ) -> MentionExtractor.Draft {
    let text = document.text
    let floor = max(previousEnd, match.range.location - 60)
    let back = NSRange.between(floor, match.range.location)
    var teamStart = back.location
    if let cut = text.matches(Self.teamBoundary, in: back).last {
      teamStart = cut.range.end
    } else if floor > previousEnd || isFirst && floor > sentence.range.location {
      // Start at a word, not inside one.
      while teamStart < match.range.location, !text.isSpace(text.unit(teamStart - 1)) {
        teamStart += 1
      }
    }
    var draft = MentionExtractor.Draft(
      kind: .staff, quote: text.trimmed(NSRange.between(teamStart, match.range.end)),
      sentence: sentence.index, lastSentence: sentence.index, basis: match.basis)
    draft.role = match.role
    draft.isTeam = true
    return draft
  }

  /// Counted people; "a Single Point of Contact in each unit, a role carried out alongside
  /// other duties" makes them part time.
  private func people(
    _ match: StaffMatch, clause: NSRange, rest: NSRange, in sentence: SentenceReading,
    _ document: MentionExtractor
  ) -> MentionExtractor.Draft {
    var draft = MentionExtractor.Draft(
      kind: .staff, quote: clause, sentence: sentence.index, lastSentence: sentence.index,
      count: match.count, basis: match.basis)
    draft.role = match.role
    draft.peopleRange = match.range
    if match.isColumnCount { draft.columnLabel = match.role }
    draft.period =
      match.period ?? document.rowPeriod(sentence: sentence.index)
      ?? document.columnPeriod(of: match.range, sentence: sentence.index)
      ?? document.period(near: match.range, clause: clause, sentence: sentence.range)
    // "a Co-ordinator, a full-time police staff post that covers both counties": a basis said
    // outright of the post wins over one read from its duties.
    if let duties = document.text.firstMatch(MentionExtractor.sideDuties, in: rest),
      !document.text.contains(
        Self.fullTime, in: NSRange.between(rest.location, duties.range.location))
    {
      draft.basis = .partTime
      draft.cues.append("part_time")
    }
    return draft
  }
}
