import Foundation

/// Every amount of the sentence: `MoneyFinder`'s pounds with their qualifiers.
struct AmountsOfMoney: SentenceRecognizer {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    sentence.money = MoneyFinder.amounts(in: document.text, range: sentence.range)
  }
}

/// "| Medway Girls' Project | Bright Paths: ... | 33,500 |" under "| Organisation | Project | £ |":
/// plain numbers in a column whose header gives the pounds.
struct PoundsColumn: SentenceRecognizer {
  private static let poundsHeader = Pattern(#"£|\bGBP\b|\bpounds\b"#)
  private static let plainNumber = Pattern(#"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, layout) = (document.text, document.layout)
    let blockIndex = layout.sentences[sentence.index].block
    guard layout.blocks[blockIndex].isTableRow else { return }
    // The header's words over each column, however a table laid out with spaces wraps them
    // ("2019/20" over "Actual" over "£").
    let header = document.columnLabels(of: blockIndex)
    let cells = document.cells(of: layout.blocks[blockIndex].range)
    for (column, cell) in cells.enumerated() where column < header.count {
      let head = header[column]
      let value = text.trimmed(cell)
      // A header may name its period: "Grant April 2023 - March 2024 (£)".
      guard !head.isEmpty, head.count <= 50, Self.poundsHeader.matches(head),
        value.length > 0, sentence.range.location <= value.location,
        value.end <= sentence.range.end,
        text.firstMatch(Self.plainNumber, in: value) != nil,
        !sentence.money.contains(where: { $0.range.overlaps(value) }),
        let amount = Decimal(string: text.text(value).replacingOccurrences(of: ",", with: ""))
      else { continue }
      sentence.money.append(
        MoneyMatch(
          range: value, amount: amount, amountHigh: nil, qualifier: .exact, perAnnum: false,
          perAnnumRange: nil))
    }
    sentence.money.sort { $0.range.location < $1.range.location }
  }
}

/// "exceeds the appropriate limit of £450 (18 hours at £25 per hour)": the Act's cost limit,
/// also when the next sentence of the paragraph gives it and points back ("... would exceed
/// the appropriate costs limit. This is currently £450.").
struct CostLimit: SentenceRecognizer {
  private static let pointsBack = Pattern(
    #"^\W*(?:this|that|it|which|the\s+(?:limit|figure|amount)|this\s+(?:limit|figure))\s+(?:(?:is|was)\s+)?(?:currently|presently|now|set\s+at|equates|equating|amounts|represents|stands|is|was)\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let sentences = document.layout.sentences
    let toldBefore =
      sentence.index > 0 && sentences[sentence.index - 1].block == sentences[sentence.index].block
      && document.text.contains(Self.pointsBack, in: sentence.range)
      && document.text.contains(Statements.costLimit, in: sentences[sentence.index - 1].range)
    guard toldBefore || document.text.contains(Statements.costLimit, in: sentence.range) else {
      return
    }
    sentence.setAside("the FOI Act's cost limit, not a resource") { _ in true }
  }
}

/// "contracts with a value over £25,000", "tenders above", "a threshold of", "any award of
/// funding over £5,000": a threshold just before the amount. A contract's own value ("the
/// two-year contract, worth £64,000") is money all the same.
struct ContractThreshold: SentenceRecognizer {
  private static let threshold = Pattern(
    #"\b(?:contracts?|tenders?|procurements?|purchases?|orders?|bids?|awards?|grants?|decisions?|spend)\b[^.;£]{0,40}?\b(?:values?|valued|worth)\s+(?:of\s+)?(?:over|above|exceeding|more\s+than|in\s+excess\s+of|under|below|less\s+than|at\s+least|greater\s+than)\s*$|\bthresholds?\b[^.;£]{0,15}$|\b(?:earning|earn|earns|paid|salar(?:y|ies))\s+(?:of\s+)?(?:more\s+than|over|above|in\s+excess\s+of|at\s+least|exceeding|below|under|less\s+than)\s*$|\b(?:contracts?|tenders?|purchases?|orders?|awards?\s+of\s+funding|awards?|spend(?:ing)?|decisions?)\s+(?:(?:of|valued\s+at)\s+)?(?:above|over|exceeding|more\s+than|in\s+excess\s+of)\s*$"#
  )
  /// The same words where the amount carries the comparison itself ("contracts worth" then
  /// "over £25,000").
  private static let valueWords = Pattern(
    #"\b(?:contracts?|tenders?|procurements?|purchases?|orders?|bids?|awards?|grants?|decisions?|spend)\b[^.;£]{0,40}?\b(?:values?|valued|worth)\s*(?:of\s*)?$|\b(?:contracts?|tenders?|purchases?|orders?|awards?(?:\s+of\s+funding)?|spend(?:ing)?|decisions?)\s*$|\b(?:posts?|staff|officers|people)\s+(?:earning|paid|on\s+salaries\s+of)\s*$"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let range = sentence.range
    sentence.setAside("a procurement or contract threshold, not a resource") { match in
      let before = match.before(reach: 70, in: range)
      return document.text.contains(Self.threshold, in: before)
        || match.qualifier != .exact && match.qualifier != .approx
          && document.text.contains(Self.valueWords, in: before)
    }
  }
}

/// A modern-slavery statement's figures (turnover, staff numbers, spend with suppliers) are
/// resources only when their sentence ties them to spending on MSHT.
struct StatementFigures: SentenceRecognizer {
  /// Words that tie a sentence's money to spending.
  private static let spendingWords = Pattern(
    #"\b(?:fund(?:s|ed|ing)?|grants?|allocat\w*|invest\w*|commission\w*|spen[dt]\s+on|spending\s+on|budget(?:ed)?\s+(?:for|of)|donat\w*|contribut\w*|award\w*)\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard document.type == .statement,
      !document.text.contains(document.topics.any, in: sentence.range)
        || !document.text.contains(Self.spendingWords, in: sentence.range)
    else { return }
    sentence.setAside(
      "a modern-slavery statement's figure that its sentence does not tie to spending on MSHT"
    ) { _ in true }
  }
}

/// "cash of £362,000 was seized", "officers recovered £48,000 in cash": criminals' money, not a
/// resource.
struct SeizedMoney: SentenceRecognizer {
  private static let seized = Pattern(
    #"\b(?:seiz(?:e|es|ed|ing)|seizures?|confiscat\w*|forfeit\w*|restrained|proceeds\s+of\s+(?:crime|\w+\s+exploitation|exploitation|trafficking|drug\s+\w+))\b|\brecovered\b[^.;£]{0,40}\bcash\b|\bcash\b[^.;]{0,40}\b(?:recovered|found)\b|£\s?\d[\d,.]*\s*(?:m|k|million)?\s+(?:in|of)\s+(?:cash|drugs)\b|\b(?:drugs?|cannabis|cocaine|heroin)\b[^.;£]{0,30}\b(?:worth|valued\s+at)\s*£"#
  )
  /// Confiscated money spent again: "£18,000 from its Proceeds of Crime Act fund for support
  /// materials" is money for the materials.
  private static let fromSeizedFund = Pattern(
    #"^[^.;£]{0,25}?\b(?:from|out\s+of|funded\s+by|through)\s+(?:the\s+|its\s+|our\s+|his\s+|her\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:proceeds\s+of\s+crime|POCA|asset\s+(?:recovery|incentivisation))\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let text = document.text
    guard text.contains(Self.seized, in: sentence.range) else { return }
    let range = sentence.range
    sentence.setAside("money seized or confiscated, not a resource") { match in
      !text.contains(Self.fromSeizedFund, in: match.after(reach: 60, in: range))
    }
  }
}

/// "alongside £82,000 from the city council", "The charity will contribute a further £6,500
/// from its own fundraising", "| County Council | £15,000 |" in a table of income by source:
/// money another body puts in itself, which is not the force's or the Commissioner's resource.
/// Money such a body gives the force ("the force received £20,000 from the council") stays.
struct OthersMoney: SentenceRecognizer {
  /// A body that is neither the force nor its Commissioner: a council, a charity or trust, a
  /// health body, a lottery or appeal.
  static let body =
    #"(?:council(?!\s+tax)|local\s+authorit(?:y|ies)|charit(?:y|ies)|charitable\s+(?:trust|foundation)s?|trust|foundation|lottery|children\s+in\s+need|NHS|clinical\s+commissioning\s+group|health\s+board)"#
  /// "£82,000 from Derby City Council", "£5,000 from a local charitable trust".
  private static let fromBody = Pattern(
    #"^\s*(?:(?:a|per|each)\s+(?:year|annum)\s+)?(?:from|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’&-]+\s+){0,4}?"#
      + body + #"\b(?!\s+(?:fund|grant)s?\b)"#)
  /// "is paid for by a local charitable trust", after a funding verb.
  static let byBody = Pattern(
    #"^\s*by\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’&-]+\s+){0,4}?"# + body
      + #"\b(?!\s+(?:fund|grant)s?\b)"#)
  /// The force or its Commissioner, as payer or payee.
  static let police = Pattern(
    #"\b(?:PCC|OPCC|Commissioner|Mayor|MOPAC|force|police|constabulary)\b"#)
  /// "The charity will contribute a further £6,500", "the trust raised".
  private static let bodyGives = Pattern(
    #"\b"# + body
      + #"\s+(?:(?:will|has|have|had|also|is|are|to|agreed|itself|themselves)\s+)*(?:contribut(?:e|es|ed|ing)|put(?:s|ting)?\s+in|rais(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|match(?:es|ed|ing)?|add(?:s|ed|ing)?)\s+(?:a\s+further\s+|another\s+|an\s+(?:extra|additional)\s+|(?:some|over|about|around|nearly)\s+)?$"#
  )
  /// "the £1.9m the county council spends on ...": the body's own spending, after the amount.
  private static let bodySpends = Pattern(
    #"^\s*(?:that\s+|which\s+)?(?:the\s+|a\s+)?(?:[\w'’&-]+\s+){0,3}?"# + body
      + #"\s+(?:spends|spent|puts\s+in|raises|raised|has\s+spent)\b"#)
  /// The force or its Commissioner taking the money in: "the force received £20,000 from ...".
  private static let received = Pattern(
    #"\b(?:force|police|constabulary|commissioner|PCC|OPCC|we|unit|team)\b[^.;£]{0,60}?\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|won|bid)\b|\b(?:granted|awarded|given|paid)\s+to\s+(?:the\s+)?(?:force|police|constabulary|commissioner|PCC|OPCC)\b"#
  )
  /// The first cell of a table of money by where it comes from.
  private static let sourceHeader = Pattern(
    #"^[\s*_]*(?:income|sources?(?:\s+of\s+(?:funding|income))?|fund(?:ing|ed)\s+(?:source|by)|funders?|contributors?|contributions?)[\s*_]*$"#
  )
  private static let bodyCell = Pattern(#"\b"# + body + #"\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, range) = (document.text, sentence.range)
    let reason =
      "money another body (a council, a charity) puts in itself, not the force's or the Commissioner's"
    if let source = sourceRow(sentence, in: document),
      text.contains(Self.bodyCell, in: source)
    {
      sentence.setAside(reason) { _ in true }
      return
    }
    sentence.setAside(reason) { match in
      let before = NSRange.between(range.location, match.range.location)
      guard !text.contains(Self.received, in: before) else { return false }
      return text.contains(Self.fromBody, in: match.after(reach: 70, in: range))
        || text.contains(Self.bodySpends, in: match.after(reach: 70, in: range))
        || text.contains(Self.bodyGives, in: match.before(reach: 70, in: range))
    }
  }

  /// The first cell of a row of a table whose header opens with "Income", "Source" or
  /// "Funder", or `nil`.
  private func sourceRow(_ sentence: SentenceReading, in document: MentionExtractor) -> NSRange? {
    let layout = document.layout
    let blockIndex = layout.sentences[sentence.index].block
    guard layout.blocks[blockIndex].isTableRow else { return nil }
    var top = blockIndex
    while top > 0, layout.blocks[top - 1].isTableRow { top -= 1 }
    guard top < blockIndex,
      let head = document.cells(of: layout.blocks[top].range).first,
      document.text.contains(Self.sourceHeader, in: document.text.trimmed(head))
    else { return nil }
    return document.cells(of: layout.blocks[blockIndex].range).first
  }
}

/// "For information, the police precept for 2022/23 was set at £223.79 for a Band D
/// property": what residents pay, not money for a service. Money "funded through the precept
/// increase" for MSHT names where it came from, and stays.
struct Precept: SentenceRecognizer {
  private static let precept = Pattern(#"\bprecepts?\b|\bcouncil\s+tax\b|\bband\s+d\b"#)
  /// The precept as where the money comes from: "£480,000 a year from the precept to create a
  /// county lines team" is money for the team.
  private static let fromThePrecept = Pattern(
    #"^[^.;£]{0,25}?\b(?:from|out\s+of|funded\s+by)\s+(?:the\s+|its\s+|this\s+year'?s\s+|an?\s+)?(?:(?:increase|rise)\s+in\s+the\s+)?(?:police\s+)?(?:precept|council\s+tax)\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, range) = (document.text, sentence.range)
    guard text.contains(Self.precept, in: range) else { return }
    let topical = text.contains(document.topics.any, in: range)
    sentence.setAside("the council tax precept, not money for a service") { match in
      let after = match.after(reach: 40, in: range)
      if topical, text.contains(Self.fromThePrecept, in: after) { return false }
      let near = NSRange.between(match.before(reach: 60, in: range).location, after.end)
      return !topical || text.contains(Self.precept, in: near)
    }
  }
}

/// "the Victims Grant, which is worth £2.06 million", "grants totalling £512,000": the size of
/// a general fund, when the sentence does not tie it to MSHT.
struct FundSize: SentenceRecognizer {
  private static let fundSize = Pattern(
    #"\b(?:grants?|funds?|allocation|budget|pot|reserves?)\b[^.;£]{0,40}?\b(?:worth|totall?(?:ing|ed)|valued\s+at|of|stood\s+at|stands\s+at)\s*$|\b(?:totall?(?:ing|ed)|in\s+total|a\s+total\s+of)\s*$|\b(?:the\s+)?total\s+(?:[\w'’/-]+\s+){0,9}?(?:was|is|were|came\s+to|amounted\s+to)\s*$|\b(?:awards?|grants?|allocations?|payments?|bids?)\s+(?:[\w'’-]+\s+){0,3}?total(?:led|s)?\s*$|\b(?:core|main|overall|whole|entire|annual)\s+(?:[\w'’-]+\s+){0,4}?(?:grants?|budgets?|funds?|allocations?)\b[^.;£]{0,60}?\b(?:is|was|are|were)\s*$"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, range) = (document.text, sentence.range)
    // "The fund totalled £1,020,000 in 2018-19, £1,050,000 in 2019-20 and ...": once the
    // sentence gives a fund's size, its other amounts are the same fund's in other years; but
    // a clause after a semicolon is another fact ("...; the force adds £10,000 for training").
    guard !text.contains(document.topics.any, in: range) else { return }
    let semicolons = text.matches(Self.semicolon, in: range).map(\.range.location)
    func clause(_ match: MoneyMatch) -> Int {
      semicolons.filter { $0 < match.range.location }.count
    }
    let sized = Set(
      sentence.money.filter {
        let before = $0.before(reach: 90, in: range)
        return text.contains(Self.fundSize, in: before)
          && !text.contains(Self.oneGrant, in: before)
          || text.contains(Self.victimsGrant, in: $0.after(reach: 60, in: range))
      }.map(clause))
    guard !sized.isEmpty else { return }
    sentence.setAside("the size of a general fund or grant, not money for MSHT") {
      sized.contains(clause($0))
    }
  }

  private static let semicolon = Pattern(#";"#)
  /// "will receive £892k victims services grant": the Ministry of Justice's grant for every
  /// victims' service, named right after its amount.
  private static let victimsGrant = Pattern(
    #"^\s*(?:of\s+)?(?:the\s+|its\s+|his\s+|her\s+)?(?:core\s+|annual\s+|MoJ\s+|Ministry\s+of\s+Justice\s+)?victims?['’]?\s+(?:services?\s+|support\s+)?grant\b"#
  )
  /// "helped by a grant of £35,000 from the Community Fund": one grant given, not a fund.
  private static let oneGrant = Pattern(#"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?grant\s+of\s*$"#)
}

/// "Core funding of £103,650 was allocated as follows:" then items with their amounts: the
/// total of the items below, not a resource of its own.
struct TotalLeadingIntoItems: SentenceRecognizer {
  private static let leadsIn = Pattern(#":\s*$"#)
  private static let pounds = Pattern(#"£\s?\d"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let layout = document.layout
    let block = layout.sentences[sentence.index].block
    guard !sentence.money.isEmpty, block + 1 < layout.blocks.count,
      document.text.contains(Self.leadsIn, in: sentence.range),
      case let next = layout.blocks[block + 1], next.isListItem || next.isTableRow,
      document.text.contains(Self.pounds, in: next.range)
    else { return }
    sentence.setAside("a total leading into the items that make it up") { _ in true }
  }
}

/// "| **Total** | | **£640,000** |": a table's total row repeats the rows above it; so does a
/// line under a list or table that opens with its total ("Total awarded to date: £21,200").
struct TableTotal: SentenceRecognizer {
  private static let totalLine = Pattern(
    #"^[\W]*(?:grand\s+|sub-?\s*)?total\b[^.;£]{0,40}?[:\-–]\s*£"#)

  /// The first cell of a total row: "Total", "**Grand total**", "Overall".
  private static let totalCell = Pattern(
    #"^[\s*_]*(?:grand\s+|sub-?\s*)?(?:total|overall)(?:\s+\w+)?[\s*_:]*$"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let block = document.layout.blocks[document.layout.sentences[sentence.index].block]
    if !block.isTableRow, document.text.contains(Self.totalLine, in: sentence.range) {
      sentence.setAside("a total line, which repeats the items above it") { _ in true }
      return
    }
    guard block.isTableRow,
      let first = document.cells(of: block.range).first(where: {
        document.text.trimmed($0).length > 0
      }),
      document.text.contains(Self.totalCell, in: first)
    else { return }
    sentence.setAside("a table's total row, which repeats the rows above it") { _ in true }
  }
}

/// "2015/16 £18,410", "2016/17 £26,925" and then "Across the two years that comes to £45,335":
/// an amount that is exactly the sum of the amounts just before it (two or more, in a row,
/// in the sentences just before or earlier in its own) repeats them, whatever words it uses.
/// Only exact amounts add up, and an item of a list is one more item, never its siblings' sum.
struct SumOfTheAmountsBefore: SentenceRecognizer {
  /// How many sentences back the amounts summed may start.
  private static let reach = 12

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let block = document.layout.blocks[document.layout.sentences[sentence.index].block]
    guard !sentence.money.isEmpty, !block.isListItem else { return }
    let first = max(0, sentence.index - Self.reach)
    let before = (first..<sentence.index).flatMap { document.amounts[$0] }
    let own = document.amounts[sentence.index]
    sentence.setAside("the sum of the amounts just before it, which it repeats") { match in
      let earlier = before + own.filter {
        $0.range.end <= match.range.location
      }
      var sum: Decimal = 0
      for (count, amount) in earlier.reversed().enumerated() {
        guard amount.amountHigh == nil, amount.qualifier == .exact else { return false }
        sum += amount.amount
        if count >= 1, sum == match.amount { return true }
        if sum > match.amount { return false }
      }
      return false
    }
  }
}

/// "The county council, whose turnover is well above £36 million": an organisation's
/// turnover (the Act's threshold for a statement), not a resource.
struct Turnover: SentenceRecognizer {
  private static let turnover = Pattern(
    #"\b(?:turnovers?|(?:annual|total|yearly)\s+income)\b[^.;£]{0,40}$"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let range = sentence.range
    sentence.setAside("an organisation's turnover, not a resource") { match in
      let before = match.before(reach: 60, in: range)
      return document.text.contains(Self.turnover, in: before)
    }
  }
}

/// "Nationally, the Government has announced a £20 million package": money for the country or
/// other areas, told for comparison, not this force's.
struct NationalMoney: SentenceRecognizer {
  private static let opening = Pattern(
    #"^[\W\d]*(?:nationally|across\s+(?:the\s+)?(?:country|UK|England(?:\s+and\s+Wales)?)|in\s+other\s+(?:forces|force\s+areas|parts\s+of\s+the\s+country))\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard document.text.contains(Self.opening, in: sentence.range) else { return }
    sentence.setAside("national money or another area's, not this force's") { _ in true }
  }
}

/// "bids of up to £15,000 per project", "grants are capped at £25,000 per organisation",
/// "small awards of up to £2,000": the most a grant scheme gives one applicant, not money
/// given.
struct GrantCap: SentenceRecognizer {
  private static let capBefore = Pattern(
    #"\b(?:capped\s+at|(?:a\s+)?maximum\s+(?:of|grant\s+of|award\s+of)|(?:bids?|awards?|grants?|applications?)\s+(?:of\s+)?up\s+to|up\s+to\s+a\s+maximum\s+of|no\s+more\s+than)\s*$"#
  )
  private static let capAfter = Pattern(
    #"^\s*(?:each\s+)?(?:per|for\s+each|a)\s+(?:project|organisation|organization|application|applicant|bid|group|scheme|award)\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let range = sentence.range
    let text = document.text
    sentence.setAside("the most a grant scheme gives one applicant, not money given") { match in
      let before = match.before(reach: 40, in: range)
      let after = match.after(reach: 30, in: range)
      return text.contains(Self.capBefore, in: before) || text.contains(Self.capAfter, in: after)
    }
  }
}

/// "the force's net revenue budget for 2019/20 is £187.9 million", "the overall policing
/// budget": the organisation's whole budget, whatever else the sentence says.
struct OverallBudget: SentenceRecognizer {
  private static let overall = Pattern(
    #"\b(?:net\s+revenue|revenue|overall|total|whole|entire|gross|annual|department(?:al)?|commissioning)\s+(?:policing\s+|police\s+|force\s+|group\s+)?budget\b[^.;£]{0,40}?\b(?:is|was|of|stands\s+at|totals?|totalling|amounts?\s+to|will\s+be|to)(?:\s+(?:just|about|around|approximately|some|a\s+little|nearly|almost|roughly))*\s*$"#
  )

  /// "from the Commissioner's £2.2 million commissioning budget": an amount that names a
  /// budget or fund not named for the topic.
  private static let budgetAfter = Pattern(
    #"^\s*(?:(?:commissioning|policing|police|revenue|capital|core|overall|annual|departmental|department|operating|general|total)\s+){1,2}(?:budget|fund|grant)\b"#
  )

  /// "forecast to be £1.9 million overspent", "an overspend of £400,000": the state of a whole
  /// budget, not money for a service.
  private static let overspent = Pattern(#"^\s*(?:over|under)[- ]?spen[dt]\b"#)
  private static let overspendOf = Pattern(
    #"\b(?:over|under)[- ]?spen(?:d|ding|t)\s+(?:of|by)\s*$"#)

  /// What a general pot is made of: "managing £2.8m of commissioning money", "of this, £1.2m
  /// is the Ministry of Justice victim services grant", "£1.6m comes from the Commissioner's
  /// own budget". Read only when the words up to the pot's name hold no topic word, so "£50,000
  /// is the Home Office modern slavery grant" stays a fact.
  private static let potAfter = Pattern(
    #"^\s*(?:of\s+(?:its\s+|the\s+)?(?:commissioning|core|general|grant|partnership|victims?'?\s+services?)\s+(?:money|funding|budget)|(?:is|was)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:grant|budget|fund|allocation)|(?:comes?|came)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:own\s+)?(?:budget|reserves))\b"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let range = sentence.range
    let text = document.text
    sentence.setAside("the size of a general fund or grant, not money for MSHT") { match in
      let before = match.before(reach: 90, in: range)
      let after = match.after(reach: 40, in: range)
      if text.contains(Self.overall, in: before) || text.contains(Self.budgetAfter, in: after)
        || text.contains(Self.overspent, in: after) || text.contains(Self.overspendOf, in: before)
      {
        return true
      }
      guard let pot = text.firstMatch(Self.potAfter, in: match.after(reach: 80, in: range))
      else { return false }
      return !text.contains(document.topics.any, in: pot.range)
    }
  }
}

/// "the trade is estimated to be worth £600m": what a criminal market is worth; so are what
/// the crime costs the country and what a service saved.
struct MarketValue: SentenceRecognizer {
  /// Also what the crime costs the country: "put the cost of modern slavery to the UK at up
  /// to £4.3 billion".
  private static let marketValue = Pattern(
    #"\b(?:trade|market|industry|business)\b[^.;£]{0,40}?\bworth\s*$|\bsav(?:ed|es|ing|ings)\b[^.;£]{0,60}$|\bcosts?\s+of\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:the\s+)?(?:UK|United\s+Kingdom|economy|society|country|taxpayers?|public\s+purse)\b[^.;£]{0,40}$"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let range = sentence.range
    sentence.setAside("an estimate of what a trade is worth, costs or saves, not a resource") {
      match in
      document.text.contains(Self.marketValue, in: match.before(reach: 90, in: range))
    }
  }
}

/// "More than £1.2m to tackle child sexual exploitation" over a page whose text gives the same
/// £1.2m: a headline figure that the text below repeats, counted where the text gives it.
struct HeadlineFigure: SentenceRecognizer {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard sentence.isFurniture, !sentence.money.isEmpty else { return }
    let layout = document.layout
    let block = layout.sentences[sentence.index].block
    let below = layout.sentences.indices.filter { layout.sentences[$0].block > block }.flatMap {
      document.amounts[$0]
    }
    sentence.setAside("a headline figure that the text below repeats") { match in
      below.contains { $0.amount == match.amount && $0.qualifier == match.qualifier }
    }
  }
}
