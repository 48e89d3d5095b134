import Foundation

/// Finds words and phrases in text, ignoring case, spacing and the style of quote marks.
///
/// A phrase matches whole words only (`cse` does not match `necessary`); a phrase ending in `*`
/// matches the start of a word (`traffick*` matches `trafficking` and `trafficked`).
public enum PhraseMatcher {
  /// Text made comparable: lower case, straight quotes, single spaces.
  ///
  /// Walks scalars, not characters: every replaced mark is one scalar, and comparing
  /// characters normalises each (a tenth of classify's time on a national corpus).
  public static func normalise(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.lowercased().unicodeScalars {
      let isSpace =
        scalar.isASCII
        ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
      if isSpace {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      switch scalar {
      case "\u{2018}", "\u{2019}", "`": result.append("'")
      case "\u{201C}", "\u{201D}": result.append("\"")
      case "\u{2013}", "\u{2014}": result.append("-")
      default: result.append(scalar)
      }
    }
    if result.last == " " { result.removeLast() }
    return String(result)
  }

  /// Whether `text` (already normalised) holds `phrase` (already normalised) as whole words.
  ///
  /// Searched on the UTF-8 bytes of both, which native strings hold already: classify asks this
  /// for every phrase of every rule of every fact, and Foundation's `range(of:)` bridged each
  /// call to an `NSString` (a third of a whole run's time on 1,000 answers).
  public static func contains(_ text: String, phrase: String) -> Bool {
    var text = text
    var needle = phrase
    let prefixOnly = needle.hasSuffix("*")
    if prefixOnly { needle.removeLast() }
    guard !needle.isEmpty else { return false }
    return text.withUTF8 { haystack in
      needle.withUTF8 { needle in
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var start = 0
        while start + needle.count <= haystack.count {
          guard haystack[start] == first,
            memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0
          else {
            start += 1
            continue
          }
          let end = start + needle.count
          let boundaryBefore = start == 0 || !isWordCharacter(scalar(before: start, in: haystack))
          let boundaryAfter =
            prefixOnly || end == haystack.count || !isWordCharacter(scalar(at: end, in: haystack))
          if boundaryBefore && boundaryAfter { return true }
          start += 1
        }
        return false
      }
    }
  }

  /// Whether `text` (already normalised) holds any of `phrases` (already normalised).
  public static func containsAny(_ text: String, _ phrases: [String]) -> Bool {
    phrases.contains { contains(text, phrase: $0) }
  }

  /// As `Character.isLetter || Character.isNumber` of the character a scalar starts; a
  /// combining mark belongs to the letter before it.
  private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  /// The scalar that starts at byte `offset` of valid UTF-8.
  private static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar
  {
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return " "
  }

  /// The scalar that ends just before byte `offset` of valid UTF-8.
  private static func scalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Unicode.Scalar
  {
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(at: start, in: bytes)
  }
}
