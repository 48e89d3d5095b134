import Foundation
import Topics

/// The vocabulary's words compiled for matching document text: what ties a mention to MSHT
/// or to an area next to it.
struct TopicWords {
  /// Words for MSHT itself.
  let msht: NSRegularExpression
  /// Words for the neighbouring areas (CSE, county lines).
  let adjacent: NSRegularExpression
  /// Any of these, or exploitation named without its kind.
  let any: NSRegularExpression

  /// The vocabulary's words alone, without the document's acronyms.
  let vocabulary: NSRegularExpression
  /// Acronyms the document defines by words of the vocabulary ("the Child Exploitation and
  /// Missing Team (CEMT)"), with their definitions.
  let acronyms: [(acronym: String, definition: String)]

  init(_ vocabulary: TopicVocabulary) {
    msht = Pattern.make(TopicVocabulary.pattern(for: vocabulary.msht))
    adjacent = Pattern.make(TopicVocabulary.pattern(for: vocabulary.adjacentAreas))
    any = Pattern.make(
      TopicVocabulary.pattern(
        for: vocabulary.msht + vocabulary.adjacentAreas + vocabulary.exploitation))
    self.vocabulary = any
    acronyms = []
  }

  private init(
    msht: NSRegularExpression, adjacent: NSRegularExpression, any: NSRegularExpression,
    vocabulary: NSRegularExpression, acronyms: [(acronym: String, definition: String)]
  ) {
    (self.msht, self.adjacent, self.any) = (msht, adjacent, any)
    (self.vocabulary, self.acronyms) = (vocabulary, acronyms)
  }

  /// "Full Name (ABC)": up to eight capitalised or joining words, then the acronym.
  private static let definition = Pattern.make(
    #"((?:[A-Z][\p{L}'’-]*[ \t]+(?:(?:and|of|for|&|the|on|against)[ \t]+)?){1,8})\(([A-Z]{2,6})\)"#,
    caseSensitive: true)

  /// These words and, for one document, the acronyms it defines by them: a report that names
  /// its "Child Exploitation and Missing Team (CEMT)" once then speaks of "the CEMT budget"
  /// ties that budget to the topic. Acronyms match case-sensitively, so "CEMT" is never
  /// "cemt".
  func adding(acronymsIn text: SourceText) -> TopicWords {
    var found: [(acronym: String, definition: String)] = []
    for match in text.matches(Self.definition, in: NSRange(location: 0, length: text.length)) {
      let words = match.range(at: 1)
      let acronym = text.text(match.range(at: 2))
      guard text.contains(vocabulary, in: words), !found.contains(where: { $0.acronym == acronym })
      else { continue }
      found.append((acronym, text.text(text.trimmed(words))))
    }
    guard !found.isEmpty else { return self }
    let names = found.map { NSRegularExpression.escapedPattern(for: $0.acronym) }
    let extended = Pattern.make(
      any.pattern + #"|(?<![\p{L}\p{N}])(?-i:"# + names.joined(separator: "|")
        + #")(?![\p{L}\p{N}])"#)
    return TopicWords(
      msht: msht, adjacent: adjacent, any: extended, vocabulary: vocabulary, acronyms: found)
  }

  /// The definitions of the document's acronyms a string uses, for a context that names the
  /// topic only by an acronym.
  func definitions(usedIn string: String) -> [String] {
    acronyms.filter { acronym in
      string.range(
        of: #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: acronym.acronym)
          + #"(?![\p{L}\p{N}])"#, options: .regularExpression) != nil
    }.map { "\($0.definition) (\($0.acronym))" }
  }

  /// The first topic word in a range of the text, as written, or `nil`.
  func first(in text: SourceText, range: NSRange) -> String? {
    text.firstMatch(any, in: range).map { text.text($0.range) }
  }
}
