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

  init(_ vocabulary: TopicVocabulary) {
    msht = Pattern.make(TopicVocabulary.pattern(for: vocabulary.msht))
    adjacent = Pattern.make(TopicVocabulary.pattern(for: vocabulary.adjacentAreas))
    any = Pattern.make(
      TopicVocabulary.pattern(
        for: vocabulary.msht + vocabulary.adjacentAreas + vocabulary.exploitation))
  }

  /// The first topic word in a range of the text, as written, or `nil`.
  func first(in text: SourceText, range: NSRange) -> String? {
    text.firstMatch(any, in: range).map { text.text($0.range) }
  }
}
