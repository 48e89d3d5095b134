import Foundation

/// The patterns of statements about resources: "no specific budget", "absorbed", "neither
/// confirm nor deny", FOI exemptions, and the like.
///
/// A sentence with any of them is one statement mention. "No information held" counts only when
/// the sentence is about resources (funding, budget, spend, staff, services commissioned...);
/// a section number counts as an exemption only next to exemption words, and only sections 21
/// to 44 of the Freedom of Information Act 2000, which are its exemptions. A refusal on cost
/// (section 12: "would exceed the appropriate limit", "refused under Section 12") is an
/// exemption too, with the section `s12`.
enum Statements {
  /// "no specific budget", "no separate non-pay budget", "does not have a specific modern
  /// slavery budget", "has not been allocated a specific budget".
  static let noSpecificBudget = Pattern(
    #"\bno\s+(?:"# + budgetModifier + #"\s+(?:(?:or|and|nor)\s+)?)+(?:"# + budgetTopic
      + #")?(?:budgets?|funding|funds)\b|\bno\s+(?:"# + budgetTopic
      + #")?(?:budgets?|funding|funds)\b(?!\s+(?:(?:or|and)\s+\w+\s+)?(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:made|provided|allocated|awarded|given|paid|committed|set))|(?:\bnot|n't)\s+(?:been\s+)?(?:have|hold|allocate|allocated|receive|received|set|given)\s+(?:a|any)\s+(?:"#
      + budgetModifier + #"\s+(?:(?:or|and|nor)\s+)?)*(?:"# + budgetTopic
      + #")?(?:budgets?|funding)\b|\bnot\s+(?:specifically\s+)?(?:budgeted|funded)\s+(?:for\s+)?separately\b|\bno\s+(?:budgets?|funding)\s+(?:is\s+|was\s+)?set\s+(?:aside\s+)?(?:specifically|solely|purely)\b"#
  )
  /// The words that make a budget one for MSHT alone: "specific", "separate", "discrete".
  private static let budgetModifier =
    #"(?:specific|dedicated|separate|discrete|ring[- ]?fenced|identified|specified|allocated|designated|particular|additional|central)"#
  /// What a budget may be named for between "no specific" and "budget".
  private static let budgetTopic =
    #"(?:(?:modern(?:[- ]day)?\s+slavery|human\s+trafficking|anti[- ]?slavery|anti[- ]?trafficking|trafficking|MSHT|non[- ]pay|pay|staffing|operational)\s+)"#
  /// "no information held", "does not hold" (but not "does not hold a separate budget", which
  /// says there is no budget, not that the answer is unknown).
  static let noInformationHeld = Pattern(
    #"\bno\s+(?:recorded\s+|relevant\s+)?information\s+(?:is\s+|was\s+)?held\b|\b(?:(?:does|do|did)\s+not|doesn't|don't)\s+hold\b(?!\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,4}?(?:budgets?|funding|funds)\b)|\bnot\s+held\b|\bholds?\s+no\s+(?:recorded\s+|relevant\s+)?(?:information|records?\s+of)\b|\bno\s+(?:recorded\s+|relevant\s+)?information\s+(?:was|has\s+been|could\s+be)\s+(?:located|found|identified)\b|\b(?:does|do|did)\s+not\s+(?:record|keep|capture|track)\s+(?:a\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:spend|spending|costs?|expenditure|figures?)\b"#
  )
  static let cannotDisaggregate = Pattern(
    #"\b(?:can ?not|can't|could not|unable to|not (?:possible|able) to)\s+(?:be\s+)?(?:disaggregated?|separated?|isolated?|broken down|separately (?:identified|identify)|identif(?:y|ied) separately|extract(?:ed)?)\b|\bnot\s+separately\s+(?:identifiable|recorded|identified|costed)\b|\bno\s+separate\s+(?:figure|record|breakdown|cost(?:ing)?)s?\s+(?:is|was|are|were|has\s+been)\s+(?:kept|held|recorded|maintained)\b|\bnot\s+(?:recorded|identified|costed|shown|reported|budgeted)\s+(?:separately|on\s+its\s+own|by\s+itself)\b|\b(?:can ?not|can't|could not|unable to|not (?:possible|able) to)\s+(?:identify|quantify|calculate|determine|say|establish|separate\s+out)\s+how\s+much\b"#
  )
  static let absorbed = Pattern(#"\babsorb(?:s|ed|ing)?\b"#)
  static let existingResources = Pattern(
    #"\b(?:within|from|through)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:existing|current|normal|core|mainstream)\s+(?:\w+\s+)?(?:resources|budgets?|staffing|establishment|funding|shifts|teams|staff|officers|posts)\b|\bfalls?\s+(?:on|to|within|under)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?budgets?\b|\b(?:paid(?:\s+for)?|funded|financed)\s+(?:from|out\s+of)\s+(?:within\s+)?the\s+(?!(?:[\w'’-]+\s+){0,6}?(?:Home\s+Office|grant))(?:[\w'’-]+\s+){0,6}?budgets?\b|\bthrough\s+(?:officer|staff|police)(?:s['’])?\s+time\b|\bresourced\s+(?:from\s+)?within\b|\bcosted\s+(?:within|as\s+part\s+of)\b|\bresourced\s+from\s+(?:the\s+)?(?:existing|core|general|mainstream)\b|\b(?:included|contained|accounted\s+for)\s+(?:in|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?budgets?\b|\bno\s+(?:separate\s+)?costs?\s+(?:is|are|was|were|has\s+been)\s+recorded\b|\bno\s+(?:additional|extra|further|separate)\s+costs?\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:incurred|arises?|arose|involved)\b|\bwithin\s+the\s+(?:\w+\s+)?budgets?\s+of\b|\bfrom\s+the\s+normal\s+budgets?\b|\bcore\s+business\b|\bno\s+separate\s+(?:cost|costs|record)\b|\bmet\s+(?:from|through|within)\s+(?:core|existing|mainstream|general)\b|\bcore\s+budgets?\b|\bbusiness\s+as\s+usual\b|\bnormal\s+(?:departmental\s+)?budgets?\b|\bcosts?\s+(?:\w+\s+){0,3}?(?:are|is|were|was)\s+(?:met|covered|paid|funded|absorbed)\s+(?:from|within|through|by|out\s+of)\s+(?:within\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,7}?(?:budgets?|resources)\b|\bmet\s+from\s+(?:within\s+)?the\s+(?:[\w'’-]+\s+){0,7}?budgets?\b|\b(?:sits?|sat|forms?\s+part)\s+(?:within|of)\s+(?:and\s+forms\s+part\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,5}?budgets?\b"#
  )
  /// "supported through VCAS as part of its general caseload", "as part of their wider
  /// duties": work done inside a wider job or service, with no cost of its own.
  static let partOfWiderWork = Pattern(
    #"\bas\s+part\s+of\s+(?:its|their|his|her|the)\s+(?:general|wider|normal|usual|overall|existing|core|day[- ]to[- ]day)\s+(?:caseloads?|workloads?|work|duties|service|business|remit|provision)\b"#
  )
  /// "No grant was made", "no funding has been provided", "does not pay for any posts": nothing
  /// given, like nothing commissioned, so it carries the same cue.
  static let nothingGiven = Pattern(
    #"\bno\s+(?:(?:PCC|OPCC|force|police|further|new|additional|continued|ongoing|financial|such|special|other|external|outside|Home\s+Office|government|central|national)\s+){0,2}(?:budgets?|grants?|awards?|funding|funds|money|monies|payments?|contributions?)(?:\s+(?:or|and)\s+(?:other\s+|external\s+)?(?:budgets?|grants?|funding|funds|money))?(?:\s+of\s+(?:this|that|any\s+such)\s+kind|\s+for\s+(?:this|that)\s+purpose|\s+(?:specifically\s+|solely\s+|directly\s+)?(?:from|for|towards)\s+[^.;£]{1,60}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:(?:directly|specifically|ever|yet)\s+)?(?:made|provided|allocated|awarded|given|paid|committed|set(?:\s+aside)?|required|needed|identified|found|secured|agreed|confirmed|received|spent|sought|applied\s+for|requested|claimed)\b|\bno\s+(?:financial\s+)?(?:contribution|payment)s?\s+(?:is\s+|are\s+)?required\b|\bno\s+(?:[\w'’-]+\s+){1,7}?(?:was|were|has\s+been|have\s+been)\s+(?:bought|purchased|paid\s+for)\b|\b(?:has|have|had)\s+not\s+(?:\w+\s+)?(?:funded|paid\s+for|spent\s+(?:any\s+)?(?:money|funds|funding))\b|\bnothing\s+(?:has|had|was|is)\s+(?:(?:yet|been|so\s+far)\s+)*(?:set\s+aside|allocated|spent|provided|given|paid|budgeted)\b|\b(?:does|do|did)\s+not\s+(?:currently\s+)?fund\b(?![^.;]*\b(?:directly|itself)\b)|\b(?:does|do|did)\s+not\s+fund\s+any\b|\b(?:does|do|did)\s+not\s+(?:give|provide|make|pay|contribute)\s+any\s+(?:funding|money|grants?|contributions?|payments?)\b|\b(?:has|have|had|did)\s+not\s+(?:\w+\s+)?(?:allocated?|provided?|given|give|awarded?|committed?|set\s+aside)\s+(?:any\s+)?(?:specific\s+|dedicated\s+|additional\s+)?(?:funding|money|funds|grants?|budgets?)\b|\b(?:has|have|had|did)\s+not\s+(?:yet\s+|ever\s+)?(?:received?|been\s+(?:given|awarded|allocated))\s+(?:any\s+)?(?:[\w'’-]+\s+){0,3}?(?:funding|money|funds|grants?)\b|\b(?:has|have|had)\s+(?:made|received|paid)\s+no\s+(?:\w+\s+){0,2}?(?:payments?|money|funding|funds|grants?|contributions?)\b|\bmakes?\s+no\s+(?:financial\s+)?(?:payments?|contributions?)\b|\b(?:does|do)\s+not\s+(?:currently\s+)?(?:pay\s+for|meet\s+the\s+costs?\s+of|set\s+aside|allocate|ring[- ]?fence|earmark)\s+(?:any|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:funding|money|funds|grants?|budgets?|posts?|officers?|staff|roles?|services?|helplines?|payments?|contributions?)\b"#
  )

  static let notCommissioned = Pattern(
    #"(?:\bnot|n't)\s+(?:\w+\s+)?commissioned\s+any\b|\b(?:has|have)\s+not\s+commissioned\b|\bno\s+(?:specific\s+)?services?\s+(?:have|has)\s+been\s+commissioned\b|\bdoes\s+not\s+commission\b"#
  )
  /// "no dedicated resource", "does not have a dedicated human trafficking unit", "there is no
  /// modern slavery team": a team or post denied, which is a statement and never a staff count.
  static let noDedicatedResource = Pattern(
    #"(?:\bnot|n't)\s+(?:currently\s+)?(?:have|has|had|employ|employs)\s+(?:(?:a|an|any)\s+)?(?:\w+\s+){0,2}?(?:teams?|units?|officers?|staff|posts?)\s+(?:whose|which|that|who)\s+(?:\w+\s+){0,4}?(?:dedicated|solely|exclusively|specifically|sole|only)\b|(?:\bnot|n't)\s+(?:currently\s+)?(?:have|has|had)\s+(?:a|an|any)\s+(?:\w+\s+){0,2}?(?:teams?|units?|officers?|staff|posts?)\s+(?:dedicated|devoted)\s+(?:solely\s+|exclusively\s+|specifically\s+|only\s+)?to\b|\bno\s+(?:members\s+of\s+staff|police\s+officers|officers\s+or\s+staff|staff\s+or\s+officers)\s+(?:(?:are|is)\s+)?(?:solely\s+|exclusively\s+|specifically\s+)?dedicated\b|(?:\bnot|n't)\s+(?:currently\s+)?(?:have|has|had)\s+dedicated\s+(?:\w+\s+){0,2}?(?:teams?|units?|officers|staff|resources)\b|(?:\bno|(?:\bnot|n't)\s+(?:currently\s+)?(?:have|has|had|hold)\s+(?:a|an|any))\s+(?:specific\s+|specialist\s+)?dedicated\s+(?:\w+\s+){0,3}?(?:resources?|teams?|units?|officers?|staff|posts?|investigators?|personnel)\b|\bno\s+(?:officers?|staff|posts?|investigators?|detectives?)\s+(?:(?:are|is)\s+)?(?:solely\s+|exclusively\s+)?dedicated\b|\bno\s+(?:officers?|staff|detectives?|investigators?|one)\s+(?:(?:or|and)\s+(?:officers?|staff)\s+)?(?:in\s+(?:the|this|our|its)\s+\w+\s+)?(?:work|works|are\s+assigned|is\s+assigned|are\s+employed|is\s+employed)\s+(?:only|solely|exclusively|full[- ]time|wholly)\s+(?:on|to|in)\b|(?:\bno|(?:\bnot|n't)\s+(?:currently\s+)?(?:have|has|had|hold)\s+(?:a|an|any))\s+(?:(?:specific|specialist|separate|stand-?alone|discrete)\s+)*(?:modern(?:[- ]day)?\s+slavery|human\s+trafficking|anti[- ]?slavery|anti[- ]?trafficking|trafficking|slavery|MSHT)\s+(?:(?:and|&)\s+(?:human\s+trafficking|modern\s+slavery)\s+)?(?:(?:investigation|investigations|co-?ordination)\s+)?(?:teams?|units?|officers?|staff|posts?|investigators?|hub|cell|squad|desk)\b"#
  )
  static let ncnd = Pattern(#"\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b"#)
  static let exemptionWords = Pattern(
    #"\bexempt(?:ion|ions|ed)?\b|\bwithh(?:e|o)ld(?:ing)?\b|\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b|\brefus(?:e|ed|al|ing)\b|\bappl(?:y|ies|ied)\s+to\s+(?:parts?|questions?|this|that|your|the|some|all)\b"#
  )
  /// "Section 23(5)", "s31", "s.40(2)", "sections 30 and 31": the number in group 1, the
  /// subsections in group 2.
  static let section = Pattern(
    #"\b(?:sections?\s?|ss?\.?\s?)(\d{1,2})((?:\(\d{1,2}\))*(?:\([a-z]\))?)(?![\d.])"#)
  /// Words that say a request goes beyond a limit.
  static let exceeds = Pattern(
    #"\bexceed(?:s|ed|ing)?\b|\bover\s+the\s+(?:appropriate|cost)\s+limit\b|\b(?:cost|take)\s+(?:more|longer)\s+than\b"#
  )
  static let resourceWords = Pattern(#"\b(?:"# + resources + #"|costs?)\b"#)
  /// The same but for cost, which a cost-limit refusal names for the cost of answering.
  static let resourceWordsButCost = Pattern(#"\b(?:"# + resources + #")\b"#)
  private static let resources =
    #"fund(?:s|ed|ing)?|budgets?|spend|spent|spending|expenditure|resources?|resourcing|staff(?:ing)?|posts?|officers?|personnel|services?\s+commissioned|commission(?:ed|ing)?|financ(?:e|ial)(?!\s+years?\b)|money|grants?"#

  /// Sentences that explain the Act in general terms: the kinds of exemption, the public
  /// interest test, what a section allows, how the cost limit is estimated.
  static let actBoilerplate = Pattern(
    #"\b(?:prejudice[- ]based|class[- ]based|qualified|absolute)\s+(?:and\s+\w+\s+)?exemptions?\b|\bpublic\s+interest\s+test\b|\bplaces\s+(?:two\s+)?(?:duties|responsibilities|obligations)\b|\bsection\s+\d{1,2}(?:\(\d\))?\s+of\s+the\s+(?:FOIA|FOI\s+Act|Freedom\s+of\s+Information\s+Act(?:\s+2000)?|Act)\s+(?:allows|provides|states|means|makes|says|sets)\b|\bwhen\s+a\s+reasonable\s+estimate\b|\bno\s+requirements?\s+for\s+a\s+public\s+authority\b|\bthe\s+(?:Act|FOIA)\s+(?:allows|requires|provides|states|places)\b|\bguidelines\s+state\b|\ba\s+public\s+authority\s+(?:must|is\s+not\s+obliged|does\s+not\s+have\s+to)\b|\b(?:legal\s+)?right\s+to\s+rely\s+on\b|\bgesture\s+of\s+goodwill\b|\bexemptions?\s+(?:that\s+)?(?:can|may|might)\s+apply\b|\b(?:is|are)\s+not\s+obliged\s+to\s+comply\b|\bwhen\s+a\s+public\s+authority\b|^\W*(?:section|s\.?)\s?\d{1,2}(?:\(\d\))?(?:\([a-z]\))*\s*[–—-]\s[^.]*$|\bsection\s+\d{1,2}(?:\(\d\))?\s+(?:allows|provides|states|means|enables|permits)\b|\b(?:does|do)\s+not\s+oblige\b|\b(?:does|do)\s+not\s+require\s+(?:a|any)\s+public\s+authorit(?:y|ies)\b|\ba\s+public\s+authority\s+need\s+not\b|^\W*(?:where|if|when|should)\b[^.;]{0,60}?\b(?:refuses?|declines?|go(?:es)?\s+over|exceeds)\b"#
  )

  /// What an exemption withholds when it is not the resources asked for: a document (a plan,
  /// a strategy, an attachment) or people's names (section 40 cited alone).
  static let withheldOtherThanResources = Pattern(
    #"\b(?:documents?|plans?|strateg(?:y|ies)|polic(?:y|ies)|attachments?|reports?|minutes|protocols?|procedures?|guidance|profiles?|assessments?|annex(?:es)?|appendix|appendices)\b[^.;]{0,60}\b(?:exempt|withheld|redact\w*)|\b(?:exempt|withheld|redact\w*)[^.;]{0,40}\b(?:documents?|plans?|strateg(?:y|ies)|attachments?)\b|\bnames?\s+of\b[^.;]{0,60}\b(?:exempt|withheld|not\s+(?:been\s+)?(?:provided|disclosed|released))|\bpersonal\s+(?:data|information)\b|(?s)^(?:(?!\b(?:section|s\.?)\s?(?!40\b)\d).)*\b(?:section|s\.?)\s?40\b(?:(?!\b(?:section|s\.?)\s?(?!40\b)\d).)*$"#
  )

  /// What is withheld is itself resource information: pay, costs, a budget, an amount.
  static let resourceWithheld = Pattern(
    #"\b(?:salar(?:y|ies)|pay|wages?|costs?|budgets?|funding|spend(?:ing)?|amounts?|sums?)\b[^.;]{0,80}\b(?:exempt|withheld|not\s+(?:be\s+|been\s+)?(?:published|disclosed|released))"#
  )
  /// "The amount is not published because disclosure could prejudice ongoing operations":
  /// withheld without an FOI section, as a panel paper or decision record does it.
  static let notPublished = Pattern(
    #"\bnot\s+(?:being\s+|been\s+)?(?:published|disclosed|released|made\s+public)\s+(?:because|as|since|for\s+reasons?)\b[^.;]{0,80}\b(?:prejudice|operational(?:ly)?\s+sensitive|sensitiv\w+|security|ongoing\s+operations?)"#
  )

  /// A refusal on cost under section 12 of the Act: "would exceed the appropriate limit",
  /// "exceeds the cost limit", "refused under Section 12". Its pounds and hours are the limit's,
  /// never a resource.
  static let costLimit = Pattern(
    #"\b(?:appropriate|cost|fees?)\s+limit\b|\bcost\s+of\s+(?:answering|complying|compliance|locating|retrieving|responding|dealing)\b[^.;£]{0,60}\bexceed|\bfees\s+regulations\b|\b(?:section|s\.?)\s?12\b(?!\s?\()(?!\s+of\s+the\s+(?!Freedom|FOI|Act\b)\w)|\bhours?\s+at\s+£\s?\d|\bthe\s+limit\s+is\s+£|\b(?:18|24)\s+hours\s+(?:of\s+work|allowed|limit)|\b(?:more|longer)\s+than\s+(?:the\s+)?(?:18|24)\s+hours\b|\bequivalent\s+to\s+(?:18|24)\s+hours\b|£\s?\d[\d,]*\s+(?:cost\s+|fees?\s+)?limit\b|\b(?:18|24)\s+hours,?\s+(?:valued\s+at|costed\s+at|at\s+a\s+cost\s+of|or)\s+£|\bcost(?:s|ing)?\s+(?:more\s+than|over)\s+£\s?\d[\d,]*\s+to\s+(?:answer|comply|respond|locate|retrieve)\b"#
  )

  /// The statement cues of a sentence and the exemption sections it cites.
  static func cues(in text: SourceText, sentence: NSRange) -> (cues: [String], sections: [String]) {
    var found: [String] = []
    let simple: [(String, Pattern)] = [
      ("no_specific_budget", noSpecificBudget), ("cannot_disaggregate", cannotDisaggregate),
      ("absorbed", absorbed), ("existing_resources", existingResources),
      ("part_of_wider_work", partOfWiderWork),
      ("not_commissioned", notCommissioned), ("not_commissioned", nothingGiven),
      ("no_dedicated_resource", noDedicatedResource),
      ("ncnd", ncnd),
    ]
    for (id, pattern) in simple
    where !found.contains(id) && text.contains(pattern, in: sentence) {
      found.append(id)
    }
    if text.contains(noInformationHeld, in: sentence), text.contains(resourceWords, in: sentence) {
      found.append("no_information_held")
    }
    var sections: [String] = []
    if text.contains(exemptionWords, in: sentence) {
      for match in text.matches(section, in: sentence) {
        guard let number = Int(text.text(match.range(at: 1))), (21...44).contains(number) else {
          continue
        }
        let sub = match.range(at: 2).length > 0 ? text.text(match.range(at: 2)) : ""
        let name = "s\(number)\(sub)"
        if !sections.contains(name) { sections.append(name) }
      }
      // Section 21 alone says the information is published elsewhere, not withheld.
      if !sections.isEmpty, sections.contains(where: { !$0.hasPrefix("s21") }) {
        found.append("exemption")
      }
    }
    if !found.contains("exemption"), text.contains(notPublished, in: sentence) {
      found.append("exemption")
    }
    // Section 12 is not an exemption in the Act's numbering but refuses all the same.
    let costWords = text.matches(costLimit, in: sentence)
    if !costWords.isEmpty,
      text.contains(exemptionWords, in: sentence) || text.contains(exceeds, in: sentence)
        || costWords.contains(where: { text.text($0.range).lowercased().hasPrefix("s") })
    {
      sections.append("s12")
      if !found.contains("exemption") { found.append("exemption") }
    }
    return (found, sections)
  }
}
