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

  /// "Operation Guardian": a named operation, which the paragraph that first names it may tie
  /// to the topic ("Operation Guardian, our response to cuckooing").
  private static let operation = Pattern.make(
    #"\bOp(?:eration|\.)?[ \t]+([A-Z][a-z]{2,})\b"#, caseSensitive: true)

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
    // An operation first named in a paragraph that names the topic stands for the topic.
    for match in text.matches(Self.operation, in: NSRange(location: 0, length: text.length)) {
      let name = "Operation " + text.text(match.range(at: 1))
      guard !found.contains(where: { $0.acronym == name }) else { continue }
      let around = Self.paragraph(around: match.range, in: text)
      guard let word = text.firstMatch(vocabulary, in: around) else {
        found.append((name, ""))  // Named first without the topic: it stands for nothing.
        continue
      }
      found.append((name, "\(name) (\(text.text(word.range)))"))
    }
    found.removeAll { $0.definition.isEmpty }
    guard !found.isEmpty else { return self }
    let names = found.map { acronym -> String in
      guard acronym.acronym.hasPrefix("Operation ") else {
        return NSRegularExpression.escapedPattern(for: acronym.acronym)
      }
      let title = NSRegularExpression.escapedPattern(
        for: String(acronym.acronym.dropFirst("Operation ".count)))
      return #"Op(?:eration|\.)?[ \t]+"# + title
    }
    let extended = Pattern.make(
      any.pattern + #"|(?<![\p{L}\p{N}])(?-i:"# + names.joined(separator: "|")
        + #")(?![\p{L}\p{N}])"#)
    return TopicWords(
      msht: msht, adjacent: adjacent, any: extended, vocabulary: vocabulary, acronyms: found)
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

  /// The definitions of the document's acronyms a string uses, for a context that names the
  /// topic only by an acronym.
  func definitions(usedIn string: String) -> [String] {
    acronyms.filter { acronym in
      string.range(
        of: #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: acronym.acronym)
          + #"(?![\p{L}\p{N}])"#, options: .regularExpression) != nil
    }.map { $0.acronym.hasPrefix("Operation ") ? $0.definition : "\($0.definition) (\($0.acronym))" }
  }

  /// The first topic word in a range of the text, as written, or `nil`.
  func first(in text: SourceText, range: NSRange) -> String? {
    text.firstMatch(any, in: range).map { text.text($0.range) }
  }
}
