import Foundation

/// The distinctive words of a quote, used to tell whether two mentions name the same resource.
///
/// Words common to every MSHT document ("modern", "slavery", "funding", "police") and the
/// force's own name are left out, so that what remains names the thing itself ("unseen",
/// "helpline", "sergeant", "detective"). Plural `s` is dropped so that "detectives" meets
/// "detective"; digits are left out because amounts are compared as numbers.
enum KeyWords {
  /// The distinctive words of `text`, leaving out the words of `forceName`.
  static func of(_ text: String, forceName: String = "") -> Set<String> {
    let own = Set(words(forceName))
    var result: Set<String> = []
    for word in words(text) where word.count >= 3 && !common.contains(word) && !own.contains(word) {
      result.insert(word)
    }
    return result
  }

  /// The words of `text`, lower case, each a run of letters (with the marks that combine
  /// with them), plural `s` dropped. Walks scalars: testing each character's properties was
  /// most of aggregate's time on a national corpus.
  private static func words(_ text: String) -> [String] {
    letterRuns(text).map { word in
      var stem = word
      if stem.count > 4, stem.hasSuffix("s"), !stem.hasSuffix("ss") { stem.removeLast() }
      return stem
    }
  }

  /// The runs of letters of `text`, lower case, as written.
  static func letterRuns(_ text: String) -> [String] {
    var words: [String] = []
    var word = String.UnicodeScalarView()
    func finish() {
      guard !word.isEmpty else { return }
      words.append(String(word))
      word = String.UnicodeScalarView()
    }
    for scalar in text.lowercased().unicodeScalars {
      let isLetter =
        scalar.isASCII
        ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        : scalar.properties.isAlphabetic
          || (!word.isEmpty && scalar.properties.generalCategory == .nonspacingMark)
      if isLetter { word.append(scalar) } else { finish() }
    }
    finish()
    return words
  }

  private static let common: Set<String> = [
    // Function words.
    "the", "and", "for", "with", "has", "have", "had", "been", "was", "were", "will", "are",
    "this", "that", "these", "those", "from", "into", "onto", "its", "their", "our", "which",
    "who", "whom", "any", "all", "not", "per", "each", "through", "within", "over", "under",
    "more", "than", "about", "around", "approximately", "also", "but", "such", "other", "can",
    "would", "could", "may", "being", "there", "here", "them", "they", "his", "her", "she",
    "him", "upon", "across", "between", "during", "since", "until", "where", "when", "what",
    // Words of every resource mention.
    "total", "cost", "amount", "year", "annum", "financial", "budget", "funding", "fund",
    "funded", "grant", "provided", "provide", "money", "pound", "million",
    "thousand", "spend", "spent", "part", "time", "full", "dedicated", "support", "supported",
    "staff", "member", "committed",
    // Words of every MSHT document and of the bodies that answer.
    "modern", "slavery", "human", "trafficking", "msht", "pcc", "opcc", "commissioner",
    "police", "crime", "force", "constabulary", "office",
  ]
}
