import Foundation
import Records

/// Counted people and MSHT teams in running prose (`StaffFinder.staff`): "a sergeant and six
/// detectives", "the team has 18 members", "a five-strong team", "a dedicated team",
/// "investigated by CID". Page furniture names a team only to say what the page is about; the
/// team is named again where the answer speaks of it.
struct CountedPeople: SentenceRecognizer {
  private static let attended = Pattern(
    #"^[^.;]{0,20}?\b(?:gathered|attended|took\s+part|came\s+together|signed\s+up|were\s+trained|have\s+been\s+trained|had\s+been\s+trained|received\s+training)\b"#
  )
  private static let trained = Pattern(
    #"\b(?:trained|briefed|attended\s+by)\s+(?:around|about|some|more\s+than|over|nearly|almost)?\s*$"#
  )
  private static let heads = Pattern(
    #"\bchief\s+constables?\b|\bcommissioners?\b|\bchief\s+executives?\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    sentence.staff = StaffFinder.staff(in: document.text, sentence: sentence.range)
    if sentence.isFurniture { sentence.staff.removeAll(where: \.isTeam) }
    // "the seven Police and Crime Commissioners and seven Chief Constables who sign this
    // statement": the heads of forces, not people working on MSHT.
    sentence.staff.removeAll { match in
      match.count != nil && document.text.contains(Self.heads, in: match.range)
    }
    // "more than 180 practitioners gathered", "has trained around 300 detectives": people at
    // an event or on a course, not people working on MSHT.
    let text = document.text
    sentence.staff.removeAll { match in
      guard match.count != nil, (match.count ?? 0) > 1 else { return false }
      let after = NSRange.between(
        match.range.end, min(sentence.range.end, match.range.end + 40))
      let before = NSRange.between(
        max(sentence.range.location, match.range.location - 40), match.range.location)
      return text.contains(Self.attended, in: after) || text.contains(Self.trained, in: before)
    }
  }
}

/// "DS Callum Royle" on a line of its own under the unit's lead-in, "led by DI Helen Marwood":
/// one officer each, named rather than counted. A short line counts as a listed officer only
/// under "... consists of:" or under another such line, so a chief constable's signature does
/// not.
struct NamedOfficers: SentenceRecognizer {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let blockIndex = document.layout.sentences[sentence.index].block
    let block = document.layout.blocks[blockIndex]
    let opensShortLine =
      block.lines.count == 1 && block.range.length < 100
      && sentence.range.location <= block.body.location && blockIndex > 0
      && document.introducesNamedOfficers(document.layout.blocks[blockIndex - 1])
    let officers = StaffFinder.namedOfficers(
      in: document.text, sentence: sentence.range, lineStart: opensShortLine)
    for officer in officers
    where !sentence.staff.contains(where: { $0.range.overlaps(officer.range) }) {
      sentence.staff.append(officer)
    }
    sentence.staff.sort { $0.range.location < $1.range.location }
  }
}

/// "Detective Constable 31", "Police staff (analysts and researchers) 5", "Detective Sergeant x
/// 1 [Grade: Police Sergeant]": a line of a list of posts that gives the role first and the
/// count after it, perhaps with a note in brackets.
struct RoleThenCount: SentenceRecognizer {
  private static let line = Pattern(
    #"^\s*[-•*]?\s*([A-Za-z][\w ()'’,/&-]{1,60}?)\s*(?:[-–:]|\s[x×])?\s+(\d{1,3})\s*(?:\[[^\]\n]{1,40}\]|\([^)\n]{1,40}\))?\s*$"#)

  /// The count of a block that is such a line, or `nil`.
  private static func count(of block: Block, in text: SourceText) -> (Int, NSRange)? {
    guard block.lines.count == 1, !block.isTableRow,
      let match = text.firstMatch(line, in: block.range),
      let count = Int(text.text(match.range(at: 2))), count > 0,
      StaffFinder.namesRole(text.text(match.range(at: 1)))
    else { return nil }
    return (count, match.range(at: 1))
  }

  /// Whether a block is a line that gives a role then its count.
  static func counts(_ block: Block, in text: SourceText) -> Bool {
    count(of: block, in: text) != nil
  }

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, layout) = (document.text, document.layout)
    let block = layout.blocks[layout.sentences[sentence.index].block]
    guard !sentence.staff.contains(where: { !$0.isTeam }), sentence.money.isEmpty,
      let (count, role) = Self.count(of: block, in: text)
    else { return }
    sentence.staff.append(
      StaffMatch(
        range: text.trimmed(block.body), count: Decimal(count), basis: .fullTime,
        role: text.text(role), isTeam: false))
  }
}

/// "4.0 full-time equivalent police officers on 1 April 2011 and 5.0 on 1 April 2012": a second
/// count of the same posts at another date, its role left out. Each count is dated by its own
/// date, so they are the team at two times, never added up.
struct CountAtAnotherDate: SentenceRecognizer {
  private static let date =
    #"((?:\d{1,2}(?:st|nd|rd|th)?\s+)?"# + PeriodFinder.month + #"\s+(?:19|20)\d{2})"#
  private static let another = Pattern(
    #"^\s*(?:on|at|by|as\s+at|as\s+of)\s+"# + date
      + #"[^.;£]{0,20}?\b(?:and|,)\s+(\d{1,4}(?:\.\d{1,2})?)\s+(?:on|at|by|as\s+at|as\s+of)\s+"#
      + date)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let text = document.text
    var result: [StaffMatch] = []
    for var match in sentence.staff {
      guard match.count != nil, !match.isTeam,
        case let after = NSRange.between(match.range.end, sentence.range.end),
        let found = text.firstMatch(Self.another, in: after),
        let value = PlainNumber.count(from: text.text(found.range(at: 2))), value > 0,
        !sentence.staff.contains(where: { $0.range.overlaps(found.range(at: 2)) })
      else {
        result.append(match)
        continue
      }
      match.period = text.text(found.range(at: 1))
      var second = StaffMatch(
        range: found.range(at: 2), count: value, basis: match.basis, role: match.role,
        isTeam: false)
      second.period = text.text(found.range(at: 3))
      result += [match, second]
    }
    sentence.staff = result.sorted { $0.range.location < $1.range.location }
  }
}

/// "38 - Modern Slavery Unit (detectives and investigators)", "9 - Analysts shared between the
/// two units": a line of a list that gives the count first and then the team or posts it
/// counts.
struct CountThenTeam: SentenceRecognizer {
  private static let line = Pattern(
    #"^\s*[-•*]?\s*(\d{1,3})\s*[-–:]\s+([A-Za-z][^\n]{1,80})$"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, layout) = (document.text, document.layout)
    let block = layout.blocks[layout.sentences[sentence.index].block]
    guard block.lines.count == 1, !block.isTableRow, sentence.money.isEmpty,
      !sentence.staff.contains(where: { !$0.isTeam }),
      let match = text.firstMatch(Self.line, in: block.range),
      let count = Int(text.text(match.range(at: 1))), count > 0
    else { return }
    let label = match.range(at: 2)
    var words = text.text(label)
    if let bracket = words.firstIndex(of: "(") { words = String(words[..<bracket]) }
    // The team or posts come first: "Modern Slavery Unit (...)", "Analysts shared between ...".
    let parts = words.split(separator: " ")
    guard StaffTableRow.teamCell.matches(words)
      || (1...min(3, parts.count)).contains(where: {
        StaffFinder.namesRole(parts.prefix($0).joined(separator: " "))
      })
    else { return }
    sentence.staff.removeAll { $0.isTeam }
    sentence.staff.append(
      StaffMatch(
        range: text.trimmed(block.body), count: Decimal(count), basis: .fullTime,
        role: words.trimmingCharacters(in: .whitespaces), isTeam: false))
  }
}

/// "| Detective Sergeant | 2 | Full time |": a post and its count in cells of their own, read
/// with the table's header row; or a year's row of a table of posts by rank with a total
/// ("Year  DI  DS  DC  Total" then "2017/18  1  2  9  12", or a year-end date "31/03/2011"
/// under "Year  FTE officers  FTE staff  Total FTE"), which counts the total.
struct StaffTableRow: SentenceRecognizer {
  private static let totalHeader = Pattern(
    #"^[\s*_]*total(?:\s+(?:fte|posts|staff|officers|headcount|strength))?[\s*_]*$"#)

  /// Columns of people in post: "Posts filled (FTE)", "Police officers in team", "Staff".
  private static let inPostHeader = Pattern(
    #"\b(?:posts?\s+filled|filled\s+posts?|in\s+post|officers|staff|fte|head\s*-?count|strength)\b"#
  )
  /// Columns that count people away or posts empty, never added: "Vacancies", "Seconded /
  /// maternity / career break"; money ("Staff costs"); and officers counted for what they did,
  /// not as posts ("Officers paid", "Officers trained", "Overtime hours").
  private static let notInPostHeader = Pattern(
    #"\b(?:vacan\w*|seconded|secondments?|maternity|leave|career\s+breaks?|absen\w*|sick\w*|reasons?|notes?|change|percent\w*|costs?|budgets?|spend\w*|pay|paid|salar\w*|expenditure|overtime|hours|trained|training|attend\w*|claim\w*)\b|%|£"#
  )

  /// A dated row with no "Total" column ("| 31 March 2023 | 11 | 3 | Two promotions |" under
  /// "| Date | Posts filled (FTE) | Vacancies (FTE) | Main reasons |"): a count for each column
  /// of people in post or of a team ("Police officers in team", "Police staff in team", "Human
  /// Trafficking Team"), as ranks on lines are counted each on its own. A dash or "not
  /// recorded" leaves that column out.
  private static func datedRow(cells: [NSRange], labels: [String], in document: MentionExtractor)
    -> [StaffMatch]
  {
    let text = document.text
    guard cells.count == labels.count, cells.count >= 2,
      let first = cells.first, document.isYearCell(text.trimmed(first)),
      !labels.contains(where: { Self.totalHeader.matches($0) })
    else { return [] }
    var columns = labels.indices.dropFirst().filter {
      (Self.inPostHeader.matches(labels[$0]) || Self.teamCell.matches(labels[$0]))
        && !Self.notInPostHeader.matches(labels[$0])
    }
    // "Police officers (FTE)" beside "of which MSHT desk (FTE)": the columns that name the
    // topic are the resource; the others are the force's whole strength.
    let topical = columns.filter { document.topics.any.matches(labels[$0]) }
    if !topical.isEmpty { columns = topical }
    return Self.counts(in: columns, of: cells, text) { column in
      (role: labels[column], isColumnCount: true)
    }
  }

  /// The counts of a row's `columns`, each with the role `describe` gives its column; none
  /// when a cell holds something that is no count of people.
  private static func counts(
    in columns: [Int], of cells: [NSRange], _ text: SourceText,
    describe: (Int) -> (role: String, isColumnCount: Bool)
  ) -> [StaffMatch] {
    var result: [StaffMatch] = []
    for column in columns {
      let cell = text.trimmed(cells[column])
      switch count(in: cell, text) {
      case .other: return []
      case .blank: continue
      case .count(let value):
        let (role, isColumnCount) = describe(column)
        var count = StaffMatch(
          range: cell, count: value, basis: .fullTime, role: role, isTeam: false)
        count.isColumnCount = isColumnCount
        result.append(count)
      }
    }
    return result
  }

  /// What a cell under a column of people holds.
  private enum CellCount {
    /// "7.0", "7 officers", "7 (headcount)".
    case count(Decimal)
    /// A dash, "n/a", "nil", "not recorded", or zero: a date or column without a count.
    case blank
    /// Anything else, which says the row counts no people.
    case other
  }

  private static func count(in cell: NSRange, _ text: SourceText) -> CellCount {
    guard let match = text.firstMatch(countInWords, in: cell) else {
      return cell.length <= 3 || text.text(cell).lowercased().hasPrefix("n") ? .blank : .other
    }
    guard let value = PlainNumber.count(from: text.text(match.range(at: 1))), value > 0 else {
      return .blank
    }
    return .count(value)
  }

  /// A count cell that may say what it counts: "7.0 officers", "1.0 staff", "7 (headcount)".
  private static let countInWords = Pattern(
    #"^\s*(\d{1,4}(?:\.\d{1,2})?)\s*(?:FTE|officers?|staff|posts?|people|\((?:head\s*-?count|FTE)\))?\s*$"#
  )

  /// The total of a year's row under a header of ranks and a "Total" column.
  private static func yearRow(cells: [NSRange], header: [NSRange], in document: MentionExtractor)
    -> StaffMatch?
  {
    let text = document.text
    guard cells.count == header.count, cells.count >= 3,
      let first = cells.first, document.isYearCell(text.trimmed(first)),
      let total = header.firstIndex(where: { text.contains(Self.totalHeader, in: $0) }),
      total > 0,
      let match = text.firstMatch(Self.countCell, in: cells[total]),
      // A total in full-time equivalents keeps its fraction: "9.5" is 9.5, "13.0" is 13.
      let count = PlainNumber.count(from: text.text(match.range(at: 1))), count > 0
    else { return nil }
    // The columns of counts name ranks or posts; a column of words ("| Team |" with the
    // team's name in each row) says whose they are and adds nothing.
    let ranks = header.indices.filter {
      $0 != 0 && $0 != total && text.firstMatch(Self.countCell, in: cells[$0]) != nil
    }.map { text.text(text.trimmed(header[$0])) }
    guard !ranks.isEmpty, ranks.allSatisfy(StaffFinder.namesRole) else { return nil }
    let row = NSRange.between(text.trimmed(first).location, text.trimmed(cells[total]).end)
    return StaffMatch(
      range: row, count: count, basis: .fullTime, role: ranks.joined(separator: "; "),
      isTeam: false)
  }

  /// A header cell that counts people: "Headcount", "Number of staff", "FTE", "Officers".
  private static let countHeader = Pattern(
    #"^[\s*_]*(?:head\s*-?count|number\s+of\s+(?:staff|officers|people|posts)|officers|staff|fte|posts|strength|establishment)[\s*_]*$"#
  )
  /// A cell that names a team: "Child Exploitation Team", "Missing and Exploitation Hub".
  static let teamCell = Pattern(#"\b(?:team|unit|hub|cell|squad|desk)\b"#)
  /// A cell that is only a count, whole or in full-time equivalents ("13", "13.0", "9.5").
  private static let countCell = Pattern(#"^\s*(\d{1,4}(?:\.\d{1,2})?)\s*$"#)

  /// A row of a table of teams by headcount ("| Public Protection | Child Exploitation Team |
  /// 23 |" under "| Department | Team | Headcount |"): the team and its count.
  private static func teamRow(cells: [NSRange], header: [NSRange], in text: SourceText)
    -> StaffMatch?
  {
    // "| Team | Officers | Staff | Total |": the total counts the team.
    guard cells.count == header.count, cells.count >= 2,
      let column = header.firstIndex(where: { text.contains(Self.totalHeader, in: $0) })
        ?? header.firstIndex(where: { text.contains(Self.countHeader, in: $0) }),
      let match = text.firstMatch(Self.countCell, in: cells[column]),
      let value = PlainNumber.count(from: text.text(match.range(at: 1))), value > 0,
      let team = cells.indices.last(where: {
        $0 != column && text.contains(Self.teamCell, in: cells[$0])
      })
    else { return nil }
    let label = text.trimmed(cells[team])
    return StaffMatch(
      range: label, count: value, basis: .fullTime, role: text.text(label),
      isTeam: false)
  }

  /// A row of a team or role under a header of dates ("| Anti-Slavery Unit | 7.0 | 7.5 |" under
  /// "| Team | Mar 2019 | Sep 2019 |"): a count for each dated column, which its header dates.
  /// The row counts people when its label names a team or a role, or the words just above the
  /// table say they count staff; a table of referrals by year is not one.
  private static func datedColumns(
    cells: [NSRange], header: [NSRange], top: Int, in document: MentionExtractor
  ) -> [StaffMatch] {
    let text = document.text
    guard cells.count == header.count, cells.count >= 3 else { return [] }
    let dated = header.indices.filter { document.isColumnDate(text.trimmed(header[$0])) }
    guard dated.count >= 2, let label = cells.indices.first(where: { !dated.contains($0) }),
      label < dated[0]
    else { return [] }
    let name = text.trimmed(cells[label])
    let leadIn = top > 0 ? document.layout.blocks[top - 1].range : NSRange.between(0, 0)
    guard name.length > 0,
      text.contains(Self.teamCell, in: name) || StaffFinder.namesRole(text.text(name))
        || text.contains(Self.inPostHeader, in: text.trimmed(header[label]))
        || text.contains(Self.inPostHeader, in: leadIn)
    else { return [] }
    let role = text.text(name)
    return Self.counts(in: dated, of: cells, text) { _ in (role: role, isColumnCount: false) }
  }

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let layout = document.layout
    let blockIndex = layout.sentences[sentence.index].block
    guard layout.blocks[blockIndex].isTableRow,
      !sentence.staff.contains(where: { !$0.isTeam })
    else { return }
    var top = blockIndex
    while top > 0, layout.blocks[top - 1].isTableRow { top -= 1 }
    let header = top < blockIndex ? document.cells(of: layout.blocks[top].range) : []
    let cells = document.cells(of: layout.blocks[blockIndex].range)
    // Columns of dates are never added up, so they are read before a row's sum.
    var rows = Self.datedColumns(cells: cells, header: header, top: top, in: document)
    if rows.isEmpty,
      let row = StaffFinder.tableRow(cells: cells, header: header, in: document.text)
        ?? Self.yearRow(cells: cells, header: header, in: document)
    {
      rows = [row]
    }
    if rows.isEmpty {
      rows = Self.datedRow(
        cells: cells, labels: document.columnLabels(of: blockIndex), in: document)
    }
    if rows.isEmpty, let row = Self.teamRow(cells: cells, header: header, in: document.text) {
      rows = [row]
    }
    guard !rows.isEmpty else { return }
    sentence.staff.removeAll { match in rows.contains { $0.range.overlaps(match.range) } }
    if let first = rows.first, rows.count > 1 {
      // The row's label names the team the counts belong to; it is no team of its own.
      sentence.staff.removeAll { $0.isTeam && $0.range.location < first.range.location }
    }
    sentence.staff.append(contentsOf: rows)
    sentence.staff.sort { $0.range.location < $1.range.location }
  }
}

/// A modern-slavery statement counts the organisation's people ("over 3,000 officers and
/// staff"), not its MSHT posts, unless the sentence names the topic.
struct OrganisationStaff: SentenceRecognizer {
  /// "As an organisation of around 1,000 officers and 500 staff": the size of the whole body,
  /// whatever the document.
  private static let sizeOf = Pattern(
    #"\b(?:organisation|force|workforce|employer|service)\s+(?:of|with|employing)\s+(?:(?:around|about|over|more\s+than|some|nearly|almost|approximately)\s+)?$"#
  )

  /// "the OPFCC employed 27 people, equal to 24.6 full-time equivalent posts": the office's
  /// whole staff, told again in full-time equivalents.
  private static let officeSize = Pattern(
    #"\b(?:OPCC|OPFCC|office|force|constabulary|commissioner)\s+(?:employs|employed)\s+(?:around\s+|about\s+|some\s+)?[\d,]+\s+(?:people|staff|employees|members\s+of\s+staff)\b"#
  )
  private static let equalTo = Pattern(#"\b(?:equal|equivalent)\s+to\s*$"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let text = document.text
    if text.contains(Self.officeSize, in: sentence.range) {
      sentence.staff.removeAll { match in
        text.contains(
          Self.equalTo,
          in: NSRange.between(max(sentence.range.location, match.range.location - 20), match.range.location))
      }
    }
    var previousEnd: Int?
    sentence.staff.removeAll { match in
      let before = NSRange.between(
        max(sentence.range.location, match.range.location - 50), match.range.location)
      let joined =
        previousEnd.map {
          text.text(NSRange.between($0, match.range.location)).trimmingCharacters(
            in: .whitespaces) == "and"
        } ?? false
      let size = !match.isTeam && (text.contains(Self.sizeOf, in: before) || joined)
      previousEnd = size ? match.range.end : nil
      return size
    }
    guard document.type == .statement,
      !document.text.contains(document.topics.any, in: sentence.range)
    else { return }
    sentence.staff = []
  }
}

/// "6.5 FTE: a Detective Sergeant, four Detective Constables ...": the people counted say more
/// than the total, and counting both would count them twice.
struct FractionalTotals: SentenceRecognizer {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard sentence.staff.contains(where: { !$0.isTeam && !$0.isFractionalTotal }) else { return }
    sentence.staff.removeAll(where: \.isFractionalTotal)
  }
}

/// A post or team the sentence's money buys is the money's, not a separate staff mention:
/// "contributes £35,000 a year towards the regional Coordinator post", "Modern Slavery Unit
/// staffing | £312,000", "£25,000 to Unseen to provide a modern slavery outreach worker",
/// "£35,000 to Justice and Care for a Victim Navigator", "Two additional investigators for the
/// CSE team: £96,000" (a row labelled with what its amount buys).
struct PostsTheMoneyPaysFor: SentenceRecognizer {
  /// What stands between a row's label and its amount: "Two investigators: £96,000", "Analyst
  /// post - £38,000", "| Coordinator | £41,000 |".
  private static let labelsAmount = Pattern(#"^[^.;£]{0,80}?(?::|\s[-–—]|\|)\s*$"#)

  /// Words after an amount that make the post next named what it pays for: "to provide a",
  /// "for a", "towards the", "to fund an", "to employ two".
  private static let paysFor = Pattern(
    #"^[^;.£]*?\b(?:to\s+(?:provide|fund|employ|recruit|pay\s+for|support)|for|towards)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let money = sentence.money
    guard !money.isEmpty else { return }
    sentence.staff.removeAll { $0.isTeam || MentionExtractor.namesPost($0.role) }
    // A headcount in its own column beside columns of cost labels no amount.
    sentence.staff.removeAll { match in
      !match.isTeam && !match.isColumnCount
        && money.contains { amount in
          amount.range.end <= match.range.location
            && match.range.location - amount.range.end <= 140
            && document.text.contains(
              Self.paysFor, in: NSRange.between(amount.range.end, match.range.location))
            || match.range.end <= amount.range.location
              && document.text.contains(
                Self.labelsAmount, in: NSRange.between(match.range.end, amount.range.location))
        }
    }
  }
}

/// "A modern slavery co-ordinator was recruited ..., costing £12,650", "The Commissioner funds
/// an Independent Modern Slavery Advocate ... at £33,400": one post and the money that pays for
/// it are the money's, like "a post at a cost of £19,250".
struct PostAndItsCost: SentenceRecognizer {
  private static let costOf = Pattern(
    #"\bcost(?:ing|s)?\s+(?:of\s+)?£|\bat\s+a\s+cost\s+of\b|\bcosted\s+at\b|\bsalary\s+of\b|\bcost\s+of\s+(?:a|an|the)\b"#
  )
  /// A verb that pays for one post: "The Commissioner funds an Advocate ... at £33,400".
  private static let paysForOne = Pattern(#"\bfund(?:s|ed|ing)?\b|\bpa(?:ys|id)\s+for\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let text = document.text
    guard sentence.money.count == 1, sentence.staff.count == 1, let post = sentence.staff.first,
      let count = post.count, !post.isTeam,
      text.contains(Self.costOf, in: sentence.range)
        || count == 1 && text.contains(Self.paysForOne, in: sentence.range)
    else { return }
    sentence.staff = []
  }
}

/// "Three posts, including a co-ordinator": the co-ordinator is one of the three; so are the
/// people in brackets after a count ("2 police staff (1 analyst and 1 researcher)").
struct PostsIncluded: SentenceRecognizer {
  private static let including = Pattern(
    #"^[\s\w,]{0,30}?\b(?:including|of\s+whom|such\s+as|namely|comprising|consisting\s+of|made\s+up\s+of)\b"#
  )
  private static let opensBracket = Pattern(#"^\s*[(\[]\s*$"#)
  private static let closesBracket = Pattern(#"[)\]]"#)
  /// A count broken down in the phrase that follows it: "23 officers and police staff,
  /// comprising a Detective Chief Inspector, ...".
  private static let comprising = Pattern(
    #"\b(?:comprising|consisting\s+of|made\s+up\s+of|including|namely)\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    var kept: [StaffMatch] = []
    var bracketEnd = -1
    for match in sentence.staff {
      if match.range.location < bracketEnd { continue }
      if let last = kept.last, !last.isTeam, !match.isTeam,
        case let between = NSRange.between(last.range.end, match.range.location),
        document.text.contains(Self.opensBracket, in: between)
      {
        // Everything up to the closing bracket breaks down the count before it.
        let rest = NSRange.between(match.range.location, sentence.range.end)
        bracketEnd = document.text.firstMatch(Self.closesBracket, in: rest)?.range.end ?? rest.end
        continue
      }
      if let last = kept.last, !last.isTeam, !match.isTeam,
        document.text.contains(
          Self.including, in: NSRange.between(last.range.end, match.range.location))
          || last.count == match.count
            && document.text.contains(
              Self.comprising, in: NSRange.between(last.range.end, match.range.end))
      {
        continue
      }
      kept.append(match)
    }
    sentence.staff = kept
  }
}

/// "Humberside Police has a dedicated Modern Slavery Team, led by a Detective Sergeant, with
/// five Detective Constables", "The unit consists of one DI, two DSs and nine DCs, supported by
/// one analyst": one team's make-up told in several clauses is one count, the team's size.
/// Only full-time people are summed: part-time supporters are a resource of their own. A
/// total of people ("has grown to nine officers, led by a Detective Sergeant") already counts
/// its leader; ranks one to a line are a list, each line its own fact.
struct TeamMakeUp: SentenceRecognizer {
  /// Roles that count people of any rank: a total, not one rank of it.
  private static let anyRank: Set<String> = [
    "officer", "officers", "staff", "member", "members", "people", "personnel", "post", "posts",
    "officers and staff", "officers and police staff",
  ]

  /// A sentence that gives a team's make-up: it names a team or unit, or says what consists
  /// of whom.
  private static let makeUp = Pattern(
    #"\b(?:team|unit|hub|cell|squad)\b|\b(?:consists?\s+of|comprises?|comprising|made\s+up\s+of|establishment|strength|headcount)\b"#
  )

  /// A team named between two counts: "by a new Port Trafficking Team of".
  private static let anotherTeam = Pattern(
    #"\b[A-Z][\w-]*\s+(?:[Tt]eam|[Uu]nit|[Hh]ub|[Ss]quad)\b"#, caseSensitive: true)

  /// Words that give the total of what came before: "a total of", "in all".
  private static let totalWords = Pattern(
    #"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|totalling|making|giving)\s*(?:some\s+)?$"#)
  /// The same words after the total: "giving 21 officers in total".
  private static let totalAfter = Pattern(#"^\s*(?:in\s+total|in\s+all|altogether)\b"#)

  /// Whether a quote begins a line of its own ("3 Detective Sergeants" then "1 Detective
  /// Inspector" under it).
  private static func opensLine(_ quote: NSRange, in text: SourceText) -> Bool {
    var position = quote.location
    while position > 0, text.unit(position - 1) == 0x20 || text.unit(position - 1) == 0x09 {
      position -= 1
    }
    return position > 0 && text.unit(position - 1) == 0x0A
  }

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let counted = sentence.drafts.indices.filter {
      sentence.drafts[$0].kind == .staff && sentence.drafts[$0].count != nil
    }
    let text = document.text
    // Counts of different dates (a team's row under columns of dates) are the team at
    // different times, never its parts.
    guard counted.count > 1, sentence.money.isEmpty,
      counted.allSatisfy({ sentence.drafts[$0].basis == .fullTime }),
      Set(counted.map { sentence.drafts[$0].period }).count == 1,
      text.contains(Self.makeUp, in: sentence.range),
      counted.dropFirst().allSatisfy({ index in
        let draft = sentence.drafts[index]
        return !Self.opensLine(draft.peopleRange ?? draft.quote, in: text)
      })
    else { return }
    // "17 officers and staff, ... joined by a new Port Team of six officers": a count after
    // another team's name is that team's, not part of the first.
    for (previous, next) in zip(counted, counted.dropFirst()) {
      let from = (sentence.drafts[previous].peopleRange ?? sentence.drafts[previous].quote).end
      let to = (sentence.drafts[next].peopleRange ?? sentence.drafts[next].quote).location
      if from < to, text.contains(Self.anotherTeam, in: NSRange.between(from, to)) { return }
    }
    // "nine officers, led by a Detective Sergeant": a total given first says it all ("...,
    // together with three police staff" after the ranks adds to them).
    if let total = counted.first,
      Self.anyRank.contains(sentence.drafts[total].role.lowercased())
    {
      sentence.drafts = sentence.drafts.indices.compactMap { index in
        index == total || !counted.contains(index) ? sentence.drafts[index] : nil
      }
      return
    }
    // "1 DI, 2 DSs and 10 DCs, a total of 13 posts": a total given last is the same people
    // once more, and the count: "each team is one Sergeant and six Constables, giving 21
    // officers in total" counts 21, not 28.
    var parts = counted
    var statedTotal: Decimal?
    if let last = parts.last, case let total = sentence.drafts[last],
      Self.anyRank.contains(total.role.lowercased()),
      case let people = total.peopleRange ?? total.quote,
      text.contains(
        Self.totalWords,
        in: NSRange.between(max(sentence.range.location, people.location - 30), people.location))
        || text.contains(
          Self.totalAfter,
          in: NSRange.between(people.end, min(sentence.range.end, people.end + 20)))
    {
      parts.removeLast()
      statedTotal = total.count
    }
    var merged = sentence.drafts[counted[0]]
    for index in parts.dropFirst() {
      let next = sentence.drafts[index]
      merged.count = (merged.count ?? 0) + (next.count ?? 0)
      merged.quote = NSRange.between(merged.quote.location, next.quote.end)
      merged.role = [merged.role, next.role].filter { !$0.isEmpty }.joined(separator: "; ")
      if merged.period.isEmpty { merged.period = next.period }
      merged.cues = Array(Set(merged.cues + next.cues)).sorted()
    }
    if parts.count < counted.count, let total = counted.last {
      merged.quote = NSRange.between(merged.quote.location, sentence.drafts[total].quote.end)
      merged.count = statedTotal ?? merged.count
    }
    let first = counted[0]
    // The team whose make-up this is says nothing more than its count.
    sentence.drafts = sentence.drafts.indices.compactMap { index in
      if index == first { return merged }
      if counted.contains(index) { return nil }
      let draft = sentence.drafts[index]
      return draft.isTeam && draft.basis != .partTime ? nil : draft
    }
  }
}

/// "56 - In total (7 further posts being recruited)" under a list of ranks one to a line: the
/// lines above counted again, not more people.
struct TotalOfTheLinesAbove: SentenceRecognizer {
  private static let totalLine = Pattern(
    #"^[\W]*(?:\d[\d,.]*\s*[-–:]\s*(?:in\s+)?total\b|(?:grand\s+)?total\s*[-–:]?\s*\d[\d,.]*\s*(?:$|\())"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard document.text.contains(Self.totalLine, in: sentence.range) else { return }
    for match in sentence.staff where match.count != nil {
      sentence.aside.append(
        MentionExtractor.Aside(
          kind: .staff, range: match.range, sentence: sentence.index, count: match.count,
          reason: "a total line, which counts the lines above it again"))
    }
    sentence.staff.removeAll { $0.count != nil }
  }
}
