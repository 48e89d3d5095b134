import Foundation

/// Every amount of the sentence: `MoneyFinder`'s pounds with their qualifiers.
struct AmountsOfMoney: SentenceRecognizer {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    sentence.money = MoneyFinder.amounts(in: document.text, range: sentence.range)
  }
}

/// "exceeds the appropriate limit of £450 (18 hours at £25 per hour)": the Act's cost limit.
struct CostLimit: SentenceRecognizer {
  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard document.text.contains(Statements.costLimit, in: sentence.range) else { return }
    sentence.setAside("the FOI Act's cost limit, not a resource") { _ in true }
  }
}

/// "contracts with a value over £25,000", "tenders above", "a threshold of": a procurement or
/// contract-value threshold just before the amount.
struct ContractThreshold: SentenceRecognizer {
  private static let threshold = Pattern.make(
    #"\b(?:contracts?|tenders?|procurements?|purchases?|orders?|bids?)\b[^.;£]{0,40}?\b(?:values?|valued|worth|thresholds?)\b[^.;£]{0,15}$|\bthresholds?\b[^.;£]{0,15}$|\b(?:contracts?|tenders?|purchases?|orders?)\s+(?:of\s+|above\s+|over\s+|exceeding\s+)?$"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let range = sentence.range
    sentence.setAside("a procurement or contract threshold, not a resource") { match in
      let before = NSRange.between(
        max(range.location, match.range.location - 70), match.range.location)
      return document.text.contains(Self.threshold, in: before)
    }
  }
}

/// A modern-slavery statement's figures (turnover, staff numbers, spend with suppliers) are
/// resources only when their sentence ties them to spending on MSHT.
struct StatementFigures: SentenceRecognizer {
  /// Words that tie a sentence's money to spending.
  private static let spendingWords = Pattern.make(
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

/// "cash of £362,000 was seized": criminals' money, not a resource.
struct SeizedMoney: SentenceRecognizer {
  private static let seized = Pattern.make(
    #"\b(?:seized|seizures?|confiscat\w*|forfeit\w*|restrained|proceeds\s+of\s+crime)\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    guard document.text.contains(Self.seized, in: sentence.range) else { return }
    sentence.setAside("money seized or confiscated, not a resource") { _ in true }
  }
}

/// "For information, the police precept for 2022/23 was set at £223.79 for a Band D
/// property": what residents pay, not money for a service. Money "funded through the precept
/// increase" for MSHT names where it came from, and stays.
struct Precept: SentenceRecognizer {
  private static let precept = Pattern.make(#"\bprecepts?\b|\bcouncil\s+tax\b|\bband\s+d\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, range) = (document.text, sentence.range)
    guard text.contains(Self.precept, in: range) else { return }
    sentence.setAside("the council tax precept, not money for a service") { match in
      let near = NSRange.between(
        max(range.location, match.range.location - 60), min(range.end, match.range.end + 40))
      return !text.contains(document.topics.any, in: range) || text.contains(Self.precept, in: near)
    }
  }
}

/// "the Victims Grant, which is worth £2.06 million", "grants totalling £512,000": the size of
/// a general fund, when the sentence does not tie it to MSHT.
struct FundSize: SentenceRecognizer {
  private static let fundSize = Pattern.make(
    #"\b(?:grants?|funds?|allocation|budget|pot)\b[^.;£]{0,40}?\b(?:worth|totall?ing|valued\s+at|of)\s*$|\b(?:totall?ing|in\s+total|a\s+total\s+of)\s*$"#
  )

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let (text, range) = (document.text, sentence.range)
    guard !text.contains(document.topics.any, in: range) else { return }
    sentence.setAside("the size of a general fund or grant, not money for MSHT") { match in
      let before = NSRange.between(
        max(range.location, match.range.location - 60), match.range.location)
      return text.contains(Self.fundSize, in: before)
    }
  }
}

/// "| **Total** | | **£640,000** |": a table's total row repeats the rows above it.
struct TableTotal: SentenceRecognizer {
  /// The first cell of a total row: "Total", "**Grand total**", "Overall".
  private static let totalCell = Pattern.make(
    #"^[\s*_]*(?:grand\s+|sub-?\s*)?(?:total|overall)(?:\s+\w+)?[\s*_:]*$"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let block = document.layout.blocks[document.layout.sentences[sentence.index].block]
    guard block.isTableRow,
      let first = document.cells(of: block.range).first(where: {
        document.text.trimmed($0).length > 0
      }),
      document.text.contains(Self.totalCell, in: first)
    else { return }
    sentence.setAside("a table's total row, which repeats the rows above it") { _ in true }
  }
}
