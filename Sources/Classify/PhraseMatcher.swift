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
    if let ascii = normaliseASCII(text) { return ascii }
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

  /// The same on the text's bytes for text that is ASCII but for the marks answers use most
  /// (£, …, curly quotes, dashes, a no-break space): no scalar view and no `lowercased()` copy
  /// (a fifth of classify's time on a national corpus). `nil` when the text holds any other
  /// character, which the general path reads.
  private static func normaliseASCII(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var lastWasSpace = true
      var index = 0
      while index < bytes.count {
        var byte = bytes[index]
        index += 1
        if byte >= 0x80 {
          let next = index < bytes.count ? bytes[index] : 0
          let third = index + 1 < bytes.count ? bytes[index + 1] : 0
          switch (byte, next, third) {
          case (0xC2, 0xA3, _):  // £
            result.append(contentsOf: [0xC2, 0xA3])
            lastWasSpace = false
            index += 1
            continue
          case (0xC2, 0xA0, _):  // no-break space
            byte = 0x20
            index += 1
          case (0xE2, 0x80, 0xA6):  // …
            result.append(contentsOf: [0xE2, 0x80, 0xA6])
            lastWasSpace = false
            index += 2
            continue
          case (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99): byte = 0x27; index += 2
          case (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D): byte = 0x22; index += 2
          case (0xE2, 0x80, 0x93), (0xE2, 0x80, 0x94): byte = 0x2D; index += 2
          default: return nil
          }
        }
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          if !lastWasSpace { result.append(0x20) }
          lastWasSpace = true
          continue
        }
        lastWasSpace = false
        switch byte {
        case 0x41...0x5A: result.append(byte + 0x20)  // A-Z
        case 0x60: result.append(0x27)  // ` as '
        default: result.append(byte)
        }
      }
      if result.last == 0x20 { result.removeLast() }
      return String(decoding: result, as: UTF8.self)
    }
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
        let base = haystack.baseAddress!
        var start = 0
        while start + needle.count <= haystack.count {
          // Jump to the next place the phrase's first byte occurs.
          guard
            let found = memchr(base + start, Int32(first), haystack.count - needle.count + 1 - start)
          else { return false }
          start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          guard memcmp(base + start, needle.baseAddress!, needle.count) == 0 else {
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
