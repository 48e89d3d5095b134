import Foundation

/// Finds words and phrases in text, ignoring case, spacing and the style of quote marks.
///
/// A phrase matches whole words only (`cse` does not match `necessary`); a phrase ending in `*`
/// matches the start of a word (`traffick*` matches `trafficking` and `trafficked`).
public enum PhraseMatcher {
  /// Text made comparable: lower case, straight quotes, single spaces.
  public static func normalise(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    var lastWasSpace = true
    for character in text.lowercased() {
      if character.isWhitespace {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      switch character {
      case "\u{2018}", "\u{2019}", "`": result.append("'")
      case "\u{201C}", "\u{201D}": result.append("\"")
      case "\u{2013}", "\u{2014}": result.append("-")
      default: result.append(character)
      }
    }
    if result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  /// Whether `text` (already normalised) holds `phrase` (already normalised) as whole words.
  public static func contains(_ text: String, phrase: String) -> Bool {
    var needle = phrase
    let prefixOnly = needle.hasSuffix("*")
    if prefixOnly { needle.removeLast() }
    guard !needle.isEmpty else { return false }
    var searchStart = text.startIndex
    while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
      let boundaryBefore =
        found.lowerBound == text.startIndex
        || !isWordCharacter(text[text.index(before: found.lowerBound)])
      let boundaryAfter =
        prefixOnly || found.upperBound == text.endIndex || !isWordCharacter(text[found.upperBound])
      if boundaryBefore && boundaryAfter { return true }
      searchStart = text.index(after: found.lowerBound)
    }
    return false
  }

  /// Whether `text` (already normalised) holds any of `phrases` (already normalised).
  public static func containsAny(_ text: String, _ phrases: [String]) -> Bool {
    phrases.contains { contains(text, phrase: $0) }
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
