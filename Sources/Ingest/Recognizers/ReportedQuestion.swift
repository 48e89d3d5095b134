import Foundation

/// "A member asked whether the Commissioner would now pay for a permanent analyst", "Whether
/// the force has a dedicated unit", a sentence that ends with a question mark: a question, not
/// an answer; its money, people and statements are no resource.
struct ReportedQuestion: SentenceRecognizer {
  private static let question = Pattern(
    #"\basked\s+(?:us\s+|me\s+)?(?:whether|if|why|how|about|what)\b|\bqueried\s+(?:whether|if|why)\b|\bwanted\s+to\s+know\s+(?:whether|if)\b|^\W*whether\b|\bplease\s+(?:could|can|would)\s+you\b|\?["”’)]*\s*$|\b(?:paper|report|bid|application|proposal)\s+(?:asks|asked)\s+for\b"#
  )

  /// "Asked whether ..., the Chief Constable said ...": the answer in the same sentence.
  private static let answered = Pattern(
    #"\b(?:said|says|replied|explained|confirmed|answered|responded|told|advised|reported)\b"#)

  func read(_ sentence: inout SentenceReading, in document: MentionExtractor) {
    let text = document.text
    guard let asked = text.firstMatch(Self.question, in: sentence.range),
      !text.contains(Self.answered, in: NSRange.between(asked.range.end, sentence.range.end))
    else { return }
    sentence.isQuestion = true
    sentence.setAside("a question asked, not an answer") { _ in true }
    sentence.staff = []
  }
}
