import Foundation
import Records

/// Staff found in a sentence: a counted phrase ("a sergeant and six detectives") or a named
/// MSHT team ("the Modern Slavery Team").
struct StaffMatch {
  /// The words of the phrase, multiplier included.
  let range: NSRange
  /// The number of people or posts, or `nil` for a team; full-time equivalents keep their
  /// fraction as written ("9.5 FTE" is 9.5, "a 0.5 FTE analyst" 0.5) and are never rounded.
  let count: Decimal?
  let basis: StaffBasis
  /// The roles counted, `; `-joined ("sergeant; detectives").
  let role: String
  /// Whether the match is a named team rather than a counted phrase.
  let isTeam: Bool
  /// Whether the count is a fractional full-time-equivalent total ("6.5 FTE").
  var isFractionalTotal = false
  /// Whether the role is the label of the table column the count stands in ("Human
  /// Trafficking Team" over "6.0"), not words of the count's own row.
  var isColumnCount = false
  /// The date the count was taken, when the words give it beside the count ("4.0 officers on
  /// 1 April 2011").
  var period: String?
}

/// Finds police and staff posts with their counts, and teams named for MSHT.
///
/// A counted phrase is a count word (`a`, `an`, `one`…`fifty`, a number, `1 x`), up to a few
/// modifiers (`dedicated`, `part time`, capitalised words), and a role from a fixed lexicon
/// (officer, detective, DC, sergeant, analyst, co-ordinator, post, FTE, ...). Roles joined by
/// `and` or commas add up; an explicit multiplier (`(x2)`, `x 2`) gives the count of the whole
/// phrase. `the` counts only with `dedicated`, `additional` or `new` ("the additional sergeant
/// and six detectives") or before a named post ("the Partnership Coordinator post"). Things that are not people (`10 x 1 hour sessions`, `7 L.A's`, `a
/// victim`, `a single point of contact`) never match because their nouns are not roles; a
/// "Single Point of Contact" is a role only with a modifier before it ("a Modern Slavery Single
/// Point of Contact"), and "SPOC" always is.
///
/// Full-time equivalents count as written, fraction kept and never rounded: a post of less
/// than one FTE ("a 0.5 FTE analyst", "a Coordinator (0.5 FTE)", "an Officer who works part
/// time (0.5 FTE)") is 0.5, part time, and is never added to the posts listed before it. A
/// fractional total of one or more ("6.5 FTE") is 6.5, full time, and is marked
/// `isFractionalTotal` so that the extractor can leave it out when the sentence counts the
/// people themselves ("6.5 FTE: a Detective Sergeant, four Detective Constables ...").
/// "In each of its four units" after a phrase multiplies its count; "each of the force's three
/// divisions has a SPOC" before it counts one in each. An FTE figure in brackets
/// after a role ("a Coordinator (1 FTE)") is that role's size, not a second phrase.
///
/// Some joined roles add nobody: a bare plural or mass noun with no count of its own ("80
/// officers and staff"), and roles that restate the post just counted: one post then single
/// posts after commas with no closing "and" ("a Coordinator, a Detective Sergeant based in
/// ..."), or posts counted by a bare noun then no more roles than that after a comma ("two
/// posts, a Coordinator and an Analyst").
enum StaffFinder {
  struct Token {
    let range: NSRange
    let text: String
    var lower: String { text.lowercased() }
  }

  private static let tokenPattern = Pattern(
    #"\((?:x|×)\s?\d{1,3}\)|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"#)

  private static let countWords: [String: Int] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "single": 1,
  ]

  /// Roles, lower case and singular.
  static let roles: Set<String> = [
    "officer", "detective", "superintendent", "inspector", "sergeant", "constable", "analyst",
    "researcher", "co-ordinator", "coordinator", "investigator", "caseworker", "manager", "lead",
    "staff", "post", "navigator", "adviser", "advisor", "specialist", "practitioner", "worker",
    "employee", "supt", "sgt", "insp", "head", "member", "role", "position", "champion",
    "advocate",
  ]

  /// Role abbreviations, matched case-sensitively.
  static let abbreviations: Set<String> = [
    "DC", "DS", "DI", "DCI", "DSU", "DSupt", "PC", "PCSO", "FTE", "DCS", "ACC", "PS", "PSE",
    "SPOC",
  ]

  /// Roles that need a modifier before them to be a post ("Force Lead", not "a lead"). Bare
  /// "workers" are the people exploited ("involving 23 workers at two businesses"); the
  /// force's or a charity's are named for their work ("two outreach workers").
  private static let needsModifier: Set<String> = [
    "lead", "head", "specialist", "role", "position", "worker",
  ]

  /// Lower-case words that may stand between a count word and a role.
  private static let modifiers: Set<String> = [
    "dedicated", "additional", "new", "extra", "further", "full", "part", "time", "full-time",
    "part-time", "specialist", "specialised", "specialized", "senior", "junior", "trained",
    "experienced", "investigative", "police", "modern", "slavery", "trafficking", "human",
    "anti-slavery", "anti-trafficking", "intelligence", "support", "liaison", "case", "family",
    "financial", "crime", "data", "project", "programme", "research", "operational", "tactical",
    "strategic", "regional", "local", "force", "partnership", "safeguarding", "exploitation",
    "victim", "uniformed", "neighbourhood", "community", "temporary", "permanent", "fixed-term",
    "seconded", "msht", "co-ordinating", "coordinating", "chief", "principal", "assistant",
    "deputy", "civilian", "engagement", "outreach", "independent", "detective", "digital",
    "forensic", "policy", "development", "training", "prevention", "team", "ht", "ms",
    "force-wide", "forcewide", "county-wide", "countywide", "area", "district", "divisional",
    "nominated", "designated", "named", "lead", "youth", "social", "link", "more", "non-dedicated",
    "service",
  ]

  /// Words that make a capitalised word a sentence word rather than part of a title.
  private static let stopWords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "with", "by", "at", "as", "from",
    "this", "that", "these", "those", "our", "their", "his", "her", "its", "we", "it", "is", "are",
    "was", "were", "has", "have", "had", "will", "be", "there", "which", "who", "also", "i",
  ]

  /// Nouns that, right after a role, show the role is used as an adjective ("adviser service").
  private static let attributive: Set<String> = [
    "service", "services", "scheme", "schemes", "programme", "programmes", "training", "budget",
    "budgets", "funding", "network", "forum", "board", "group", "function", "capacity", "hours",
    "costs", "cost", "salary", "salaries", "role", "roles", "meeting", "meetings", "survey",
    "course", "courses", "model", "structure", "pay", "vacancies", "time", "sessions", "contact",
    "visits", "awareness", "briefing", "briefings", "guidance", "toolkit", "teams", "unit",
    "units", "figure", "figures", "basis", "terms",
  ]

  private static let ableToOpen: Set<String> = ["the"]
  private static let theNeeds: Set<String> = ["dedicated", "additional", "new", "extra", "further"]

  private static let partTime = Pattern(#"\bpart[- ]?time\b"#)
  /// "in each of its four units" right after a phrase; the count word in group 1.
  private static let inEachOf = Pattern(
    #"^\s+(?:in|for|across|within|at)\s+each\s+of\s+(?:its|the|our|their|his|her)\s+(\w+)\b"#)
  /// "each of the force's three divisions has" right before a phrase; the count in group 1.
  private static let eachOfHas = Pattern(
    #"\beach\s+of\s+(?:the|its|our|their|his|her)\s+(?:[\w'’]+\s+)??(\w+)\s+(?:[\w-]+\s+){0,3}?(?:(?:also|now|still)\s+)?(?:has|have|had|holds?|with)(?:\s+(?:nominated|appointed|named|designated|identified))?\s+$"#
  )
  /// A full-time equivalent in brackets in the rest of a post's clause: "who works part time
  /// (0.5 FTE)"; the figure in group 1.
  private static let clauseFTE = Pattern(#"^[^()]{0,60}?\((\d{1,3}(?:\.\d{1,2})?)\s*FTE\)"#)
  private static let clauseEnd = Pattern(#"[;,]|\s(?:and|but|whilst|while|with|which)\s"#)

  /// Teams named for MSHT: "Modern Slavery Team", "Human Trafficking Unit", "Anti-Slavery Unit".
  static let team = Pattern(
    #"\b(?:modern(?:[- ]day)?\s+slavery|human\s+trafficking|anti[- ]?slavery|anti[- ]?trafficking|trafficking|slavery|MSHT)(?:\s+(?:and|&)\s+(?:human\s+trafficking|modern\s+slavery|trafficking|exploitation))?\s+(?:(?:investigation|investigations|intelligence|co-?ordination|response|safeguarding)\s+)?(?:team|unit|hub|cell|squad|desk)\b"#
  )

  /// Every counted phrase and team in a sentence.
  static func staff(in text: SourceText, sentence: NSRange) -> [StaffMatch] {
    let tokens = text.matches(tokenPattern, in: sentence).map {
      Token(range: $0.range, text: text.text($0.range))
    }
    var result: [StaffMatch] = []
    var index = 0
    while index < tokens.count {
      if let (match, next) = phrase(at: index, tokens: tokens, text: text, sentence: sentence) {
        result.append(match)
        index = next
        // "a Modern Slavery Co-ordinator (1 full-time Detective Sergeant)": the bracket says
        // who holds the post just counted, not a second post.
        if let close = restatingBracket(
          at: next, count: match.count, tokens: tokens, text: text, sentence: sentence)
        {
          index = close + 1
        }
      } else {
        index += 1
      }
    }
    for match in text.matches(team, in: sentence)
    where !result.contains(where: { $0.range.overlaps(match.range) })
      && !describedByCount(match.range, counted: result, in: text)
      && !isNegated(match.range, sentence: sentence, in: text)
    {
      result.append(
        StaffMatch(
          range: match.range, count: nil, basis: .fullTime, role: text.text(match.range),
          isTeam: true))
    }
    // "a six-strong team - a detective inspector, a detective sergeant, three detective
    // constables and an analyst": the team's size counts them all, the ranks say who.
    if let strong = text.firstMatch(strongTeam, in: sentence),
      let size = countWords[text.text(strong.range(at: 1)).lowercased()]
        ?? Int(text.text(strong.range(at: 1)))
    {
      result.removeAll { $0.count != nil || $0.range.overlaps(strong.range) }
      result.append(
        StaffMatch(
          range: strong.range, count: Decimal(size), basis: .fullTime,
          role: text.text(strong.range),
          isTeam: false))
    }
    // "a dedicated team of specialist officers", "we have dedicated officers": a team named by
    // what it is, not by MSHT; the relevance gate says whether it is about MSHT.
    if !text.contains(Statements.noDedicatedResource, in: sentence),
      !text.contains(Statements.noSpecificBudget, in: sentence)
    {
      for match in text.matches(dedicatedTeam, in: sentence)
      where !result.contains(where: { $0.range.overlaps(match.range) })
        && !describedByCount(match.range, counted: result, in: text)
      {
        result.append(
          StaffMatch(
            range: match.range, count: nil, basis: .fullTime, role: text.text(match.range),
            isTeam: true))
      }
    }
    // "investigated by trained detectives within CID", "led by detectives in the Serious and
    // Organised Crime Command": the work sits with general teams, no one full time.
    for match in text.matches(generalTeamWork, in: sentence)
    where !result.contains(where: { $0.range.overlaps(match.range) })
      && !text.contains(dedicatedWord, in: match.range)
      && !text.contains(otherAgency, in: match.range)
    {
      result.append(
        StaffMatch(
          range: match.range, count: nil, basis: .partTime, role: text.text(match.range),
          isTeam: true))
    }
    return result.sorted { $0.range.location < $1.range.location }
  }

  private static let strongTeam = Pattern(
    #"\b(\w+)-strong\s+(?:[\w-]+\s+){0,3}?(?:team|unit|squad|cell)\b"#)

  private static let generalTeamWork = Pattern(
    #"\b(?:investigated|led|handled|dealt\s+with|carried\s+out|undertaken|tackled|taken\s+on|picked\s+up|managed|progressed|conducted|worked|safeguarded|protected)\s+by\s+the\s+(?:[\w'’-]+\s+){0,5}?team\b(?!\s+of\s+[\d.]+)|\b(?:investigated|led|handled|dealt\s+with|carried\s+out|undertaken|tackled|taken\s+on|picked\s+up|managed|progressed|conducted|worked|safeguarded|protected)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:detectives|officers|CID|teams|Command|departments?|divisions|Unit|Directorate|Branch|Bureau)\b|\b(?:officers|detectives|staff|teams)\s+(?:in|from|within|across)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’&-]+\s+){1,6}?(?:also\s+)?(?:deal\s+with|investigate|handle|work\s+on|respond\s+to|lead\s+on|take\s+on|pick\s+up|cover|support)\b|\bdrawn\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:detectives|officers|CID|teams|Command|departments?|divisions|Unit|Directorate|Branch|Bureau)\b|\b(?:allocated|assigned|passed|referred|given)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:detectives|officers|CID|teams|Command|departments?|divisions|Unit|Directorate|Branch|Bureau)\b"#
  )
  /// Agencies whose teams are theirs, not the force's: "passed to the HMRC National Minimum
  /// Wage unit", "referred to Immigration Enforcement officers".
  private static let otherAgency = Pattern(
    #"\b(?:HMRC|GLAA|Gangmasters|Home\s+Office|Immigration\s+Enforcement|Border\s+Force|National\s+Crime\s+Agency|NCA|HSE|Health\s+and\s+Safety\s+Executive|DWP|councils?|local\s+authorit(?:y|ies)|Salvation\s+Army)\b"#
  )
  private static let dedicatedWord = Pattern(
    #"\b(?:dedicated|specialist|modern\s+slavery|trafficking|anti[- ]slavery)\b"#)

  private static let dedicatedTeam = Pattern(
    #"\b(?:a|an)\s+(?:dedicated|specialist)\s+(?:[\w-]+\s+){0,4}?(?:team|unit)\b(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:officers|staff|detectives|investigators))?|\b(?:have|has)\s+dedicated\s+(?:[\w-]+\s+){0,2}?(?:officers|staff|detectives|investigators|teams)\b"#
  )

  /// "every Local Policing Unit has", "each division has": one post in each of units that
  /// are not counted.
  private static let everyHas = Pattern(
    #"\b(?:every|each)\s+(?!of\b)(?:[\w'’-]+\s+){1,4}?(?:has|have|holds?)\s+$"#)

  /// Where the role starts after a partitive "of the team's", "of its", "of our", or `nil`.
  private static func partitive(at index: Int, tokens: [Token]) -> Int? {
    guard index + 2 < tokens.count, tokens[index].lower == "of" else { return nil }
    let owner = tokens[index + 1].lower
    if ["its", "our", "their", "these", "those", "the"].contains(owner) {
      // "of the unit's" needs the possessive; "of the officers" is the role itself.
      if owner == "the" || owner == "these" || owner == "those" {
        let word = tokens[index + 2].lower
        return word.hasSuffix("'s") || word.hasSuffix("’s") ? index + 3 : nil
      }
      return index + 2
    }
    return nil
  }

  /// The close of "of the Force Crime Registrar's team" after "a member", or `nil`.
  private static func memberOfTeam(at index: Int, tokens: [Token]) -> Int? {
    guard index + 1 < tokens.count, tokens[index].lower == "of",
      ["the", "our", "its", "their", "a"].contains(tokens[index + 1].lower)
    else { return nil }
    var position = index + 2
    while position < tokens.count, position - index <= 7 {
      if ["team", "unit", "department", "office", "staff"].contains(tokens[position].lower) {
        return position
      }
      position += 1
    }
    return nil
  }

  /// An officer named by rank and name: "DS Callum Royle", "Detective Inspector Helen
  /// Marwood". Case matters: "Detective Inspector rank" names no one.
  static let namedOfficer = Pattern(
    #"\b(?:(?:Detective\s+)?(?:Chief\s+)?(?:Superintendent|Inspector|Sergeant|Constable)|Police\s+Constable|DCI|DI|DS|DC|PC|PS|Sgt|Insp|DSupt|Supt|PCSO)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\b(?:\s*\([^)]{1,60}\))?"#,
    caseSensitive: true)

  /// Words before a named officer that make them a member of the team the answer lists ("The
  /// unit is led by DI ..."), not a speaker quoted in a news story.
  private static let ledBy = Pattern(
    #"\b(?:led|headed|managed|overseen|supervised)\s+by\s+$"#)

  /// Staff named one to a line under a team's lead-in ("DS Callum Royle", "PC Gareth Lunt
  /// (Intelligence Development Officer)"), or after "led by": one person each.
  static func namedOfficers(in text: SourceText, sentence: NSRange, lineStart: Bool)
    -> [StaffMatch]
  {
    text.matches(namedOfficer, in: sentence).compactMap { match in
      let before = NSRange.between(
        max(sentence.location, match.range.location - 30), match.range.location)
      let startsLine =
        lineStart
        && text.trimmed(
          NSRange.between(sentence.location, match.range.location)
        ).length == 0
      guard startsLine || text.contains(ledBy, in: before) else { return nil }
      return StaffMatch(
        range: match.range, count: 1, basis: .fullTime, role: text.text(match.range),
        isTeam: false)
    }
  }

  /// Words that say a team is made of the people counted next ("a unit consisting of ...",
  /// "a unit within the Major Investigation Team consisting of ...", "a unit in 2016, staffed
  /// by ..."): a few words of where or when, then the words that say what it is made of.
  private static let consistsOf = Pattern(
    #"^\s*,?\s*(?:which\s+)?(?:of|with)\s+$|^[^.;:]{0,60}?(?:,\s*)?(?:which\s+|that\s+)?(?:consist(?:s|ing)?\s+of|compris(?:es|ing)|made\s+up\s+of|staffed\s+by)\s+$"#
  )

  /// Words before a team that say there is none ("does not have a dedicated human trafficking
  /// unit", "there is no modern slavery team").
  private static let negatedBefore = Pattern(
    #"\b(?:no|(?:not|n't)\s+(?:currently\s+)?(?:have|has|had|hold|host|run|maintain)\s+(?:a|an|any)|without\s+(?:a|an|any))\s+(?:(?:specific|specialist|dedicated|separate|stand-?alone|discrete|single|force)\s+)*$"#
  )

  /// Whether the words before a team deny it exists.
  private static func isNegated(_ team: NSRange, sentence: NSRange, in text: SourceText) -> Bool {
    let before = NSRange.between(max(sentence.location, team.location - 60), team.location)
    return text.contains(negatedBefore, in: before)
  }

  /// Whether a team is only the container of the people counted right after it, so the count
  /// says all there is and a separate uncounted team mention would say it twice.
  private static func describedByCount(
    _ team: NSRange, counted: [StaffMatch], in text: SourceText
  ) -> Bool {
    guard let next = counted.first(where: { $0.range.location >= team.end }),
      next.range.location - team.end <= 70
    else { return false }
    return text.contains(consistsOf, in: NSRange.between(team.end, next.range.location))
  }

  /// The count a token gives, or `nil`.
  private static func count(of token: Token, previous: Token?, next: Token?) -> Decimal? {
    if let value = countWords[token.lower] {
      // "a number of", "a single point" are not counts of people.
      return Decimal(value)
    }
    if let fraction = fractionalFTE(token, next: next) { return fraction }
    guard token.text.allSatisfy(\.isNumber), let value = Int(token.text), (1...500).contains(value)
    else { return nil }
    if let previous, previous.text == "£" || previous.text == "." || previous.text == "/" {
      return nil
    }
    if let next, next.text == "%" || next.lower == "per" || next.text == "/" { return nil }
    return Decimal(value)
  }

  /// The value of a decimal written before "FTE" or "full-time (equivalent)" ("0.5", "6.5",
  /// "3.0 full-time equivalent police officers"), exactly, or `nil`.
  private static func fractionalFTE(_ token: Token, next: Token?) -> Decimal? {
    guard let next, next.text == "FTE" || next.lower == "full-time" else { return nil }
    return fraction(token.text)
  }

  /// The value of a decimal of FTE ("0.5", "6.5") read exactly, or `nil`.
  private static func fraction(_ word: String) -> Decimal? {
    guard word.contains("."), let value = PlainNumber.count(from: word), value > 0, value < 500
    else { return nil }
    return value
  }

  /// The FTE a role phrase's modifiers give each post ("a 0.5 FTE analyst" gives 0.5), or
  /// `nil`.
  private static func fteEach(_ modifiers: [String]) -> Decimal? {
    for (index, word) in modifiers.enumerated().dropLast() where modifiers[index + 1] == "fte" {
      if let value = fraction(word) { return value }
    }
    return nil
  }

  /// Whether a role phrase's modifiers hold a full-time equivalent below one ("0.5 FTE").
  private static func isFractionOfPost(_ modifiers: [String]) -> Bool {
    modifiers.contains { word in
      guard word.contains("."), let value = Double(word) else { return false }
      return value < 1
    }
  }

  private static func singular(_ token: Token) -> String? {
    var text = token.text
    for suffix in ["'s", "’s"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
    if abbreviations.contains(text) { return text }
    if text.hasSuffix("s"), abbreviations.contains(String(text.dropLast())) {
      return String(text.dropLast())
    }
    let lower = text.lowercased()
    if roles.contains(lower) { return lower }
    if lower.hasSuffix("s"), roles.contains(String(lower.dropLast())) {
      return String(lower.dropLast())
    }
    return nil
  }

  private static func isPlural(_ token: Token) -> Bool {
    let text = token.text
    return text.hasSuffix("s") && singular(token) != token.text.lowercased()
      && !abbreviations.contains(text)
  }

  /// Whether a role's modifiers say part time ("part time", "part-time").
  private static func isPartTime(_ modifiers: [String]) -> Bool {
    let joined = modifiers.joined(separator: " ")
    return joined.contains("part time") || joined.contains("part-time")
  }

  private static func isModifier(_ token: Token) -> Bool {
    let lower = token.lower
    if modifiers.contains(lower) { return true }
    if stopWords.contains(lower) { return false }
    guard let first = token.text.unicodeScalars.first, first.properties.isUppercase else {
      return false
    }
    return token.text.count > 1 && token.text.contains(where: \.isLetter)
  }

  /// A run of modifiers ending in a role, from `start`; returns the role phrase's last index.
  private static func rolePhrase(from start: Int, tokens: [Token]) -> (
    last: Int, head: String, modifiers: [String]
  )? {
    var index = start
    var lastRole: Int?
    var head = ""
    var words: [String] = []
    while index < tokens.count, index - start < 7 {
      let token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      if index + 2 < tokens.count, ["point", "points"].contains(token.lower),
        tokens[index + 1].lower == "of",
        ["contact", "contacts"].contains(tokens[index + 2].lower)
      {
        // "Modern Slavery Single Point of Contact": a role, but "a single point of contact"
        // for a victim is a service, so it needs a modifier before it.
        guard !words.isEmpty else { break }
        words += ["point", "of", "contact"]
        lastRole = index + 2
        head = "spoc"
        index += 3
        continue
      }
      if token.lower == "single", ["point", "points"].contains(next?.lower ?? ""), !words.isEmpty {
        // "a modern slavery single point of contact"
        words.append(token.lower)
      } else if fractionalFTE(token, next: next) != nil {
        words.append(token.lower)
      } else if ["equivalent", "equivalents"].contains(token.lower),
        words.suffix(2) == ["full", "time"] || words.last == "full-time"
      {
        // "14 full time equivalent (FTE) posts": the words of FTE.
        lastRole = index
        head = "fte"
        words.append(token.lower)
      } else if let role = singular(token) {
        lastRole = index
        head = role
        words.append(token.lower)
      } else if isModifier(token) {
        words.append(token.lower)
      } else {
        break
      }
      index += 1
    }
    guard let last = lastRole else { return nil }
    let before = Array(words.prefix(last - start))
    if needsModifier.contains(head), before.isEmpty || last == start { return nil }
    return (last, head, words)
  }

  private static func phrase(
    at start: Int, tokens: [Token], text: SourceText, sentence: NSRange
  ) -> (StaffMatch, Int)? {
    let opener = tokens[start]
    let isThe = ableToOpen.contains(opener.lower)
    let previous = start > 0 ? tokens[start - 1] : nil
    // "It is not a full-time role": no post is counted.
    if let previous, ["not", "no", "never"].contains(previous.lower) { return nil }
    // "none of these is a full-time post", "neither is a dedicated role": denied, not counted.
    if let previous, ["is", "was", "are", "were"].contains(previous.lower),
      tokens[max(0, start - 5)..<(start - 1)].contains(where: {
        ["none", "neither", "nobody"].contains($0.lower)
      })
    {
      return nil
    }
    // "a champion, normally a Detective Inspector or Detective Sergeant": the rank a post
    // already counted is held at, not more people.
    if let previous,
      ["normally", "usually", "typically", "generally", "ordinarily"].contains(
        previous.lower), ["a", "an"].contains(opener.lower), start >= 2,
      tokens[start - 2].text == ","
    {
      return nil
    }
    let next = start + 1 < tokens.count ? tokens[start + 1] : nil
    var firstCount: Decimal
    if isThe {
      firstCount = 1
    } else if let value = count(of: opener, previous: previous, next: next) {
      // "2,100 officers": the 100 is the end of a larger number, not a count of its own.
      if previous?.text == ",", start >= 2, tokens[start - 2].text.allSatisfy(\.isNumber),
        opener.text.count == 3
      {
        return nil
      }
      firstCount = value
    } else {
      return nil
    }
    var index = start + 1
    if index < tokens.count, tokens[index].lower == "x" || tokens[index].text == "×" { index += 1 }
    // "five of the team's detectives", "two of its officers": the count is of the role after.
    if !isThe, let skipped = partitive(at: index, tokens: tokens) { index = skipped }
    guard let first = rolePhrase(from: index, tokens: tokens) else { return nil }
    let firstRole = roleName(last: first.last, from: index, tokens: tokens)
    // "the Partnership Coordinator post" names one post; "the Coordinator" may be anyone's.
    let namedPost = firstRole.contains(" ") && first.head == "post"
    if isThe, !first.modifiers.contains(where: theNeeds.contains), !namedPost { return nil }
    if first.head == "staff", firstCount < 2, !isThe { return nil }
    // "a 0.5 FTE analyst": the post counts as the FTE it is.
    if fractionalFTE(opener, next: next) == nil, let each = fteEach(first.modifiers) {
      firstCount *= each
    }
    var total = firstCount
    var rolesFound = [firstRole]
    var allModifiers = first.modifiers
    var end = first.last
    index = first.last + 1
    // "a Modern Slavery Coordinator (1 FTE)": the bracketed figure is the post's size.
    var firstSize = firstCount
    if let size = parenthesisFTE(at: index, tokens: tokens) {
      firstSize = size.count
      total = size.count
      end = size.close
    }
    index = skipParenthesis(from: index, tokens: tokens, modifiers: &allModifiers)
    if first.head == "member" {
      // "members of staff", "22 team members" and "a member of the Registrar's team" are
      // staff; "members of the public" are not.
      if index + 1 < tokens.count, tokens[index].lower == "of", tokens[index + 1].lower == "staff" {
        end = index + 1
        index += 2
      } else if let close = memberOfTeam(at: index, tokens: tokens) {
        end = close
        index = close + 1
      } else if !first.modifiers.contains(where: { ["team", "unit", "staff"].contains($0) }) {
        return nil
      }
    }
    var joiners: [String] = []
    var listed: [Decimal] = []
    while index + 1 < tokens.count,
      ["and", ",", "&", "plus"].contains(tokens[index].lower)
    {
      var position = index + 1
      var value: Decimal = 1
      var counted = false
      if let number = count(
        of: tokens[position], previous: tokens[position - 1],
        next: position + 1 < tokens.count ? tokens[position + 1] : nil)
      {
        value = number
        counted = true
        position += 1
        if position < tokens.count, tokens[position].lower == "x" { position += 1 }
      }
      guard let more = rolePhrase(from: position, tokens: tokens) else { break }
      // "80 officers and staff": a plural or mass noun with no count of its own adds nobody.
      if !counted, isPlural(tokens[more.last]) || massNouns.contains(more.head) { break }
      // "... and a 0.5 FTE analyst" is a part-time post of its own, not one more of the list.
      if isFractionOfPost(more.modifiers), !isFractionOfPost(allModifiers) { break }
      // "two full-time Navigators and a part-time service manager": a post of another basis.
      if isPartTime(more.modifiers), !isPartTime(allModifiers) { break }
      joiners.append(tokens[index].lower)
      end = more.last
      if let size = parenthesisFTE(at: more.last + 1, tokens: tokens) {
        value = size.count
        end = size.close
      }
      total += value
      listed.append(value)
      rolesFound.append(roleName(last: more.last, from: position, tokens: tokens))
      allModifiers += more.modifiers
      index = skipParenthesis(from: more.last + 1, tokens: tokens, modifiers: &allModifiers)
    }
    if !listed.isEmpty,
      restates(
        first: (firstSize, first.head), listed: listed, joiners: joiners,
        stop: index < tokens.count ? tokens[index].lower : "")
    {
      // "a Modern Slavery Coordinator, a Detective Sergeant based in ...", "two posts, a
      // Coordinator and an Analyst, hosted by ...": the roles after the comma are the post
      // counted first, said again.
      total = firstSize
    }
    // An explicit multiplier: "(x2)", "x 2", "x2".
    if index < tokens.count {
      let token = tokens[index]
      if token.text.hasPrefix("("), token.lower.contains("x") || token.text.contains("×") {
        let digits = token.text.filter(\.isNumber)
        if let value = Int(digits) {
          total = Decimal(value)
          end = index
          index += 1
        }
      } else if token.lower == "x" || token.text == "×", index + 1 < tokens.count,
        let value = Int(tokens[index + 1].text)
      {
        total = Decimal(value)
        end = index + 1
        index += 2
      } else if token.lower.hasPrefix("x"), let value = Int(token.lower.dropFirst()) {
        total = Decimal(value)
        end = index
        index += 1
      }
    }
    if index < tokens.count, attributive.contains(tokens[index].lower) { return nil }
    var range = NSRange.between(opener.range.location, tokens[end].range.end)
    // "a Single Point of Contact in each of its four Basic Command Units": one in each.
    let after = NSRange.between(range.end, min(sentence.end, range.end + 40))
    if let each = text.firstMatch(inEachOf, in: after),
      let value = countWords[text.text(each.range(at: 1)).lowercased()]
        ?? Int(text.text(each.range(at: 1)))
    {
      total *= Decimal(value)
      range = NSRange.between(range.location, each.range.end)
    }
    // "each of the force's three policing divisions has a trained SPOC": one in each.
    let before = NSRange.between(max(sentence.location, range.location - 80), range.location)
    var counted: Decimal? = total
    if firstCount == 1, total == 1, let each = text.firstMatch(eachOfHas, in: before),
      let value = countWords[text.text(each.range(at: 1)).lowercased()]
        ?? Int(text.text(each.range(at: 1))), value > 1
    {
      counted = Decimal(value)
    } else if firstCount == 1, total == 1, text.contains(everyHas, in: before) {
      // "every Local Policing Unit has a SPOC": one in each of units it does not count.
      counted = nil
    }
    let clause = clauseRest(after: range, in: text, sentence: sentence)
    // "a Training Officer who works part time (0.5 FTE)": a bracket later in one post's
    // clause gives its size, and is not read again as a post of its own.
    var clauseSize: Decimal?
    var resume = end + 1
    if counted == 1, firstCount == 1, listed.isEmpty,
      let bracket = text.firstMatch(clauseFTE, in: clause),
      let size = PlainNumber.count(from: text.text(bracket.range(at: 1))), size > 0,
      let close = tokens.indices.first(where: {
        $0 > end && tokens[$0].text == ")" && tokens[$0].range.location >= bracket.range.location
      })
    {
      counted = size
      clauseSize = size
      resume = close + 1
    }
    let fractionOfPost =
      isFractionOfPost(allModifiers) || (fractionalFTE(opener, next: next).map { $0 < 1 } ?? false)
      || (clauseSize.map { $0 < 1 } ?? false)
    // "2 non-dedicated officers ... alongside their other cases": part of their time.
    let partTimeWords =
      isPartTime(allModifiers) || fractionOfPost || allModifiers.contains("non-dedicated")
    let basis: StaffBasis =
      partTimeWords || text.contains(partTime, in: clause) ? .partTime : .fullTime
    var match = StaffMatch(
      range: range, count: counted, basis: basis, role: rolesFound.joined(separator: "; "),
      isTeam: false)
    if let fraction = fractionalFTE(opener, next: next), fraction >= 1, rolesFound == ["FTE"] {
      match.isFractionalTotal = true
    }
    return (match, resume)
  }

  /// Role nouns that name a body of people, never one person: "officers and staff".
  private static let massNouns: Set<String> = ["staff"]

  /// Role heads that count posts without saying what they are, so that a list after them can
  /// name the same posts: "two regional posts, a Coordinator and an Analyst".
  private static let genericHeads: Set<String> = ["post", "staff", "FTE", "member", "employee"]

  /// Whether the roles joined after a phrase's first role restate it rather than add to it.
  ///
  /// One post followed only by single posts after commas, with no "and" closing a list ("a
  /// Coordinator, a Detective Sergeant based in ..."), is one post named twice: its role, then
  /// its rank. Posts counted by a bare noun ("two posts", "three staff") followed after a
  /// comma by roles that number no more than them are those posts, named.
  private static func restates(
    first: (count: Decimal, head: String), listed: [Decimal], joiners: [String], stop: String
  ) -> Bool {
    guard joiners.first == "," else { return false }
    if first.count == 1, joiners.allSatisfy({ $0 == "," }), listed.allSatisfy({ $0 == 1 }),
      !["and", "&", "plus"].contains(stop)
    {
      return true
    }
    return first.count > 1 && genericHeads.contains(first.head)
      && listed.reduce(0, +) <= first.count
  }

  /// The index of the closing bracket when a bracket at `index` holds only a counted phrase
  /// of `count` people ("(1 full-time Detective Sergeant)"), or `nil`.
  private static func restatingBracket(
    at index: Int, count: Decimal?, tokens: [Token], text: SourceText, sentence: NSRange
  ) -> Int? {
    guard index + 1 < tokens.count, tokens[index].text == "(",
      let close = tokens[index...].prefix(9).firstIndex(where: { $0.text == ")" }),
      let (inner, next) = phrase(at: index + 1, tokens: tokens, text: text, sentence: sentence),
      inner.count == count, next == close
    else { return nil }
    return close
  }

  /// The full-time equivalent in brackets at `index` ("(1 FTE)", "(0.5 FTE)"), exactly as
  /// written, and the index of the closing bracket.
  private static func parenthesisFTE(at index: Int, tokens: [Token]) -> (
    count: Decimal, close: Int
  )? {
    guard index + 3 < tokens.count, tokens[index].text == "(", tokens[index + 2].text == "FTE",
      tokens[index + 3].text == ")",
      let value = PlainNumber.count(from: tokens[index + 1].text), value > 0, value < 500
    else { return nil }
    return (value, index + 3)
  }

  /// The role a phrase names: its last role word, with the role before it when that word is
  /// "post" ("Coordinator post"), so that a named post is told from a bare "post".
  private static func roleName(last: Int, from start: Int, tokens: [Token]) -> String {
    let word = tokens[last].text
    guard ["post", "posts"].contains(word.lowercased()), last > start,
      singular(tokens[last - 1]) != nil
    else { return word }
    return "\(tokens[last - 1].text) \(word)"
  }

  /// Skips "(Sergeant)" or "(part time)" after a role, noting its words as modifiers.
  private static func skipParenthesis(from index: Int, tokens: [Token], modifiers: inout [String])
    -> Int
  {
    guard index < tokens.count, tokens[index].text == "(" else { return index }
    var position = index + 1
    var words: [String] = []
    while position < tokens.count, position - index <= 6 {
      if tokens[position].text == ")" {
        modifiers += words
        return position + 1
      }
      words.append(tokens[position].lower)
      position += 1
    }
    return index
  }

  /// The rest of the clause after a phrase: up to the next comma, semicolon or conjunction.
  private static func clauseRest(after range: NSRange, in text: SourceText, sentence: NSRange)
    -> NSRange
  {
    let rest = NSRange.between(range.end, sentence.end)
    if let stop = text.firstMatch(clauseEnd, in: rest) {
      return NSRange.between(range.end, stop.range.location)
    }
    return rest
  }
}
