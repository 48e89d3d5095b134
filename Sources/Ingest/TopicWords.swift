import Foundation
import Topics

/// The vocabulary's words compiled for matching document text: what ties a mention to MSHT
/// or to an area next to it.
struct TopicWords {
  /// Words for MSHT itself.
  let msht: Pattern
  /// Words for the neighbouring areas (CSE, county lines).
  let adjacent: Pattern
  /// Any of these, or exploitation named without its kind.
  let any: Pattern

  /// The vocabulary's words alone, without the document's own names for the topic.
  let vocabulary: Pattern
  /// Names the document defines by words of the vocabulary: acronyms ("the Child Exploitation
  /// and Missing Team (CEMT)") and operations ("Operation Guardian, our response to
  /// cuckooing").
  private let names: [DocumentName]

  /// A name one document gives the topic.
  private struct DocumentName {
    /// What the rules read in its place: "Child Exploitation and Missing Team (CEMT)",
    /// "Operation Guardian (cuckooing)".
    let gloss: String
    /// The name as written ("CEMT", "Operation Guardian"), case-sensitive, whole words.
    let usage: Pattern
    /// The pattern that ties text to the topic: the name, and for an operation "Op Guardian".
    let alternative: String

    init(_ name: String, gloss: String, alternative: String) {
      self.gloss = gloss
      usage = Pattern(
        #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: name)
          + #"(?![\p{L}\p{N}])"#, caseSensitive: true)
      self.alternative = alternative
    }
  }

  init(_ vocabulary: TopicVocabulary) {
    msht = Pattern(TopicVocabulary.pattern(for: vocabulary.msht))
    adjacent = Pattern(TopicVocabulary.pattern(for: vocabulary.adjacentAreas))
    any = Pattern(
      TopicVocabulary.pattern(
        for: vocabulary.msht + vocabulary.adjacentAreas + vocabulary.exploitation))
    self.vocabulary = any
    names = []
  }

  private init(_ words: TopicWords, adding names: [DocumentName]) {
    (msht, adjacent, vocabulary) = (words.msht, words.adjacent, words.vocabulary)
    any = Pattern(
      words.any.pattern + #"|(?<![\p{L}\p{N}])(?-i:"#
        + names.map(\.alternative).joined(separator: "|") + #")(?![\p{L}\p{N}])"#)
    self.names = names
  }

  /// "Full Name (ABC)": up to eight capitalised or joining words, then the acronym.
  private static let definition = Pattern(
    #"((?:[A-Z][\p{L}'’-]*[ \t]+(?:(?:and|of|for|&|the|on|against)[ \t]+)?){1,8})\(([A-Z]{2,6})\)"#,
    caseSensitive: true)

  /// The relative clause that says what a named team covers: ", which also investigates child
  /// criminal exploitation and county lines", up to the end of its sentence.
  private static let remit = Pattern(#"^,?\s*(?:which|that|who)\s[^.;]{1,160}"#)

  /// "Operation Guardian": a named operation, which the paragraph that first names it may tie
  /// to the topic ("Operation Guardian, our response to cuckooing").
  private static let operation = Pattern(
    #"\bOp(?:eration|\.)?[ \t]+([A-Z][a-z]{2,})\b"#, caseSensitive: true)

  /// These words and, for one document, the names it defines by them: a report that names its
  /// "Child Exploitation and Missing Team (CEMT)" once then speaks of "the CEMT budget" ties
  /// that budget to the topic. Names match case-sensitively, so "CEMT" is never "cemt".
  func adding(acronymsIn text: SourceText) -> TopicWords {
    let whole = NSRange(location: 0, length: text.length)
    var found: [DocumentName] = []
    var seen: Set<String> = []
    for match in text.matches(Self.definition, in: whole) {
      let words = match.range(at: 1)
      let acronym = text.text(match.range(at: 2))
      guard text.contains(vocabulary, in: words), seen.insert(acronym).inserted else { continue }
      // "... Team (MSET), which also investigates county lines": what the name covers besides
      // the topic goes with it, so that the rules see a shared team as shared.
      let after = NSRange.between(match.range.end, min(text.length, match.range.end + 200))
      let remit = text.firstMatch(Self.remit, in: after).map { text.text($0.range) } ?? ""
      found.append(
        DocumentName(
          acronym, gloss: "\(text.text(text.trimmed(words))) (\(acronym))\(remit)",
          alternative: NSRegularExpression.escapedPattern(for: acronym)))
    }
    // An operation stands for the topic when the paragraph that first names it names the topic.
    for match in text.matches(Self.operation, in: whole) {
      let title = text.text(match.range(at: 1))
      let name = "Operation " + title
      guard seen.insert(name).inserted,
        let word = text.firstMatch(vocabulary, in: Self.paragraph(around: match.range, in: text))
      else { continue }
      found.append(
        DocumentName(
          name, gloss: "\(name) (\(text.text(word.range)))",
          alternative: #"Op(?:eration|\.)?[ \t]+"# + NSRegularExpression.escapedPattern(for: title))
      )
    }
    return found.isEmpty ? self : TopicWords(self, adding: found)
  }

  /// The paragraph around a range: up to 300 units each side, not across a blank line.
  private static func paragraph(around range: NSRange, in text: SourceText) -> NSRange {
    var start = range.location
    var end = range.end
    while start > max(0, range.location - 300) {
      if text.unit(start - 1) == 0x0A, start >= 2, text.unit(start - 2) == 0x0A { break }
      start -= 1
    }
    while end < min(text.length, range.end + 300) {
      if text.unit(end) == 0x0A, end + 1 < text.length, text.unit(end + 1) == 0x0A { break }
      end += 1
    }
    return NSRange.between(start, end)
  }

  /// What the document's names that a string uses stand for, for a context that names the
  /// topic only by such a name.
  func definitions(usedIn string: String) -> [String] {
    return names.filter { $0.usage.matches(string) }.map(\.gloss)
  }

  /// The first topic word in a range of the text, as written, or `nil`.
  func first(in text: SourceText, range: NSRange) -> String? {
    text.firstMatch(any, in: range).map { text.text($0.range) }
  }
}
