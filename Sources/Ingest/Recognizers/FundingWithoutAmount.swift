import Foundation

/// Funding with no amount: "is funded by the PCC", "has allocated funding to", "agreed to
/// continue funding the programme", "money for the borough to deliver training". Whether it is
/// about MSHT is the relevance gate's to say, like any money. A post the verb pays for ("the
/// Commissioner also funds the network's coordinator post", "has agreed to fund the post for
/// three years") is a person as well as the money for them.
struct FundingWithoutAmount: SentenceRecognizer {
  private static let fundedVerb = Pattern(
    #"\b(?:is|are|was|were|been|being)\s+(?:(?:also|jointly|fully|partly|part|solely|currently|now)\s+)?(?:funded|grant[- ]funded|paid\s+for|financed)\b|\b(?:has|have|had)\s+(?:also\s+)?(?:funded|financed|grant[- ]funded)\b|\bfunds\s+(?:the|a|an)\b|\b(?:PCC|OPCC|Commissioner|Mayor|MOPAC)\s+(?:also\s+|jointly\s+|currently\s+)?funds\b|\b(?:agreed|agrees|decided|decides|continues?|continued|will|intends)\s+(?:to\s+)?(?:continue\s+(?:to\s+)?)?(?:fund(?:ing)?|part[- ]fund|contribute\s+(?:funding\s+|money\s+)?(?:to|towards))\b|\bcontribut(?:ed|es|ing)\s+(?:funding|money)\s+(?:to|towards)\b|\bcontribut(?:e|es|ed|ing)\s+(?:to|towards)\s+(?:the\s+)?(?:costs?|funding|running|salary)\s+of\b|\b(?:allocated|provided|given|awarded|committed)\s+(?:\w+\s+)?funding\s+(?:to|for|towards)\b|\bpaid\s+for\s+by\s+(?:the\s+)?(?:PCC|OPCC|Commissioner|Mayor|force|Police\s+and\s+Crime\s+Commissioner|Home\s+Office|government|Ministry\s+of\s+Justice)\b|\b(?:agreed|agrees|decided|will|to)\s+pay\s+for\s+(?:a|an|the|its|their)\b|\bpart[- ]funds?\b|\bpart[- ]funded\b|\bpaid\s+for\s+(?:jointly|partly)\s+by\b|\b(?:services|projects|organisations|schemes)\s+(?:that\s+)?the\s+(?:PCC|OPCC|Commissioner|Mayor)\s+(?:pays\s+for|funds|commissions)\b|\b(?:PCC|OPCC|Commissioner)(?:['’]s)?\s+(?:\([^)]{0,50}\)\s+)?(?:['’]s\s+)?funding\s+(?:for|of|to|towards)\b|^[\W\d]*(?:money|funds|funding|a\s+grant|grants)\s+(?:for|to)\s+(?:the\s+)?\w+|^[\W\d]*a\s+bid\b[^.;]{0,80}\bto\s+\w+|\b(?:pays?|paid)\s+for\s+(?:the|a|an|its|their|his|her)\b(?!\s+(?:own|part)\b)|\bpaid\s+for\s+(?:from|through|out\s+of)\b|\b(?:confirmed|approved|agreed|secured|announced|awarded|granted)\s+(?:\w+\s+)?funding\s+(?:for|to|towards)\b|\bsuccessful\s+(?:in|with)\s+(?:\w+\s+)?bids?\b|\b(?:PCC|OPCC|Commissioner)[- ](?:commissioned|funded)\b|\b(?:receive|receives|received)\s+(?:joint\s+|additional\s+|further\s+)?funding\b"#
  )
  /// The post a funding verb pays for, right after it: "the network's coordinator post", "the
  /// post", "a new analyst role".
  private static let fundedPost = Pattern(
    #"^\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:post|role|position)\b(?!\s+(?:of|holders?))"#)
  /// "The Commissioner has funded the following organisations:", "Funding for exploitation
  /// work in 2023/24:": the rows are the money.
  private static let leadsIntoList = Pattern(
    #"^[\W\d]*(?:money|funds|funding|grants?)\s+(?:for|to)\b[^.]*:\s*$|\b(?:the\s+following|as\s+follows|set\s+out\s+below|listed\s+below|shown\s+below|below:|(?:table|list)\s+below|below\s+(?:lists?|sets?\s+out|shows?|gives?))|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?(?:bids|grants|awards|projects|services|posts|organisations|schemes)\s*:"#
  )
  /// Whether counted people are what a funding verb pays for: one post, a few words after
  /// the verb ("pay for a", "towards the cost of a", "funds the").
  private static func isObject(_ match: StaffMatch, of verb: NSRange, in text: SourceText) -> Bool {
    // "The Co-ordinator post had been funded by the Commissioner": the post is the subject
    // of a passive verb.
    if match.count == 1, match.range.end <= verb.location, verb.location - match.range.end <= 20,
      text.contains(auxiliaries, in: NSRange.between(match.range.end, verb.location))
    {
      return true
    }
    guard match.count == 1, match.range.location > verb.location,
      match.range.location - verb.end <= 40
    else { return false }
    return match.range.location <= verb.end
      || text.contains(objectGap, in: NSRange.between(verb.end, match.range.location))
  }
  private static let auxiliaries = Pattern(
    #"^\s*,?\s*(?:(?:has|have|had|is|are|was|were|will|would|be|been|being|also|now|since)\s+)*$"#)
  private static let objectGap = Pattern(
    #"^\s*(?:(?:towards|to|for)\s+)?(?:the\s+cost\s+of\s+)?(?:a|an|the|its|their|one)?\s*$"#)

  private static let nationalBody = Pattern(
    #"\b(?:national|nationwide|UK-wide)\b[^.;]{0,60}\b(?:programmes?|units?|centres?|networks?|services?|schemes?|task\s?forces?|teams?)\b|\bPolice\s+Transformation\s+(?:Programme|Unit|Fund)\b|\bVictim\s+Care\s+Contract\b"#
  )
  /// "Support for adult victims in Scotland is funded by the Scottish Government": victims'
  /// support that a government pays for across the country, not the force or its Commissioner.
  private static let victimSupport = Pattern(
    #"\b(?:support|care)\s+(?:for|of|to)\s+(?:adult\s+|child\s+)?(?:victims|survivors)\b"#)
  private static let government = Pattern(
    #"^[^.;]{0,20}\b(?:(?:Scottish|Welsh|UK|Northern\s+Ireland)\s+Government|Home\s+Office|Department\s+of\s+Justice)\b"#
  )

  private static let posts = Pattern(#"\b(?:posts?|roles?|positions?)\b"#)

  private static let exceptFor = Pattern(
    #"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|besides|beyond)\b"#)
  private static let negation = Pattern(#"\b(?:not|never|no longer|n't)\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, range) = (document.text, sentence.range)
    guard sentence.money.isEmpty, !sentence.isFurniture, !sentence.isQuestion,
      let verb = text.firstMatch(Self.fundedVerb, in: range),
      // People counted in the sentence are its fact, unless the verb pays for them: "has
      // agreed to pay for a Child Sexual Exploitation Co-ordinator", "contributes towards the
      // cost of a co-ordinator" is money for a post, as a post with its cost is.
      sentence.staff.allSatisfy({ $0.isTeam || Self.isObject($0, of: verb.range, in: text) }),
      // "No specific funding ..., other than the PCC's funding for the charity": the money
      // excepted from the "no" is money all the same.
      !text.contains(Statements.noSpecificBudget, in: range)
        || text.contains(
          Self.exceptFor,
          in: NSRange.between(max(range.location, verb.range.location - 40), verb.range.location))
    else { return }
    let before = NSRange.between(max(range.location, verb.range.location - 12), verb.range.location)
    let negated =
      text.contains(Self.negation, in: before) || text.contains(Self.negation, in: verb.range)
    // "The Modern Slavery Unit is funded from the base budget": how a team is paid for is a
    // detail of the team, not another resource.
    let fundsATeam = sentence.staff.contains { $0.isTeam && $0.range.end <= verb.range.location }
    // "paid for from the normal budgets", "funded from within the budgets of Local Policing":
    // the work is carried in general budgets, a statement of absorbed work, not a fund.
    let fromGeneralBudgets = text.contains(Statements.existingResources, in: range)
    let leadsIntoRows = text.contains(Self.leadsIntoList, in: range)
    // "The national modern slavery programme the force hosted was funded by the Home Office":
    // a national body's money, not the force's or its Commissioner's.
    let subject = NSRange.between(range.location, verb.range.location)
    let national =
      text.contains(Self.nationalBody, in: subject)
      || text.contains(Self.victimSupport, in: subject)
        && text.contains(
          Self.government, in: NSRange.between(verb.range.end, min(range.end, verb.range.end + 60)))
    // "The girls' group is paid for by a local charitable trust": another body's money. Posts
    // it pays for ("The two co-ordinator posts are paid for by the county council") work for
    // the force all the same.
    let byOthers =
      !sentence.staff.contains(where: { !$0.isTeam })
      && !text.contains(Self.posts, in: NSRange.between(range.location, verb.range.location))
      && text.contains(
        OthersMoney.byBody,
        in: NSRange.between(verb.range.end, min(range.end, verb.range.end + 60)))
      && !text.contains(OthersMoney.police, in: range)
    guard !negated, !fundsATeam, !fromGeneralBudgets, !leadsIntoRows, !national, !byOthers
    else { return }
    // The post the verb pays for is the money's.
    let paidFor = sentence.staff.filter { !$0.isTeam }.map(\.range)
    sentence.drafts.removeAll { draft in
      draft.kind == .staff && paidFor.contains { $0.overlaps(draft.peopleRange ?? draft.quote) }
    }
    var draft = MentionExtractor.Draft(
      kind: .funding, quote: range, sentence: sentence.index, lastSentence: sentence.index)
    draft.cues = ["msht"]
    draft.period = document.period(near: verb.range, clause: range, sentence: range)
    sentence.drafts.append(draft)
    let after = NSRange.between(verb.range.end, min(range.end, verb.range.end + 70))
    if let post = text.firstMatch(Self.fundedPost, in: after) {
      var staff = MentionExtractor.Draft(
        kind: .staff, quote: range, sentence: sentence.index, lastSentence: sentence.index,
        count: 1, basis: .fullTime)
      staff.role = text.text(post.range)
      staff.period = draft.period
      sentence.drafts.append(staff)
    }
  }
}
