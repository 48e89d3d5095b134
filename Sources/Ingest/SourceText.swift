import Foundation

/// A document's decoded text, searched in UTF-16 ranges and reported in Unicode scalar offsets.
///
/// Every offset ingest writes (`start`, `end` of mentions and request passages) counts Unicode
/// scalars from the start of the decoded text, end exclusive: `Array(text.unicodeScalars)
/// [start..<end]` is exactly the quote. Scalars are used rather than `Character`s because they
/// do not change when text is re-normalised, and rather than UTF-16 units because other tools
/// (Python's `str`) index the same way. Internally the text is searched with
/// `NSRegularExpression`, which works in UTF-16; `scalarOffset(_:)` converts.
struct SourceText {
  /// The decoded text.
  let string: String
  /// The same text as an `NSString`, for regular expressions and UTF-16 slicing.
  let ns: NSString
  /// The length in UTF-16 units.
  let length: Int
  /// The scalar offset of each UTF-16 position (one more entry than `length`).
  private let scalarAt: [Int32]

  init(_ string: String) {
    self.string = string
    ns = string as NSString
    length = ns.length
    var table: [Int32] = []
    table.reserveCapacity(length + 1)
    var scalars: Int32 = 0
    for scalar in string.unicodeScalars {
      table.append(scalars)
      if scalar.value > 0xFFFF { table.append(scalars) }
      scalars += 1
    }
    table.append(scalars)
    scalarAt = table
  }

  /// The number of Unicode scalars in the text.
  var scalarCount: Int { Int(scalarAt[length]) }

  /// The scalar offset of a UTF-16 position.
  func scalarOffset(_ utf16: Int) -> Int { Int(scalarAt[max(0, min(utf16, length))]) }

  /// The text of a UTF-16 range, verbatim.
  func text(_ range: NSRange) -> String { ns.substring(with: range) }

  /// The UTF-16 unit at a position, or 0 outside the text.
  func unit(_ index: Int) -> unichar { index >= 0 && index < length ? ns.character(at: index) : 0 }

  /// Every match of `regex` inside `range`.
  func matches(_ regex: NSRegularExpression, in range: NSRange) -> [NSTextCheckingResult] {
    regex.matches(in: string, range: range)
  }

  /// The first match of `regex` inside `range`, if any.
  func firstMatch(_ regex: NSRegularExpression, in range: NSRange) -> NSTextCheckingResult? {
    regex.firstMatch(in: string, range: range)
  }

  /// Whether `regex` matches anywhere inside `range`.
  func contains(_ regex: NSRegularExpression, in range: NSRange) -> Bool {
    firstMatch(regex, in: range) != nil
  }

  /// `range` without white space at either end.
  func trimmed(_ range: NSRange) -> NSRange {
    var start = range.location
    var end = NSMaxRange(range)
    while start < end, isSpace(unit(start)) { start += 1 }
    while end > start, isSpace(unit(end - 1)) { end -= 1 }
    return NSRange(location: start, length: end - start)
  }

  /// Whether a UTF-16 unit is white space (including no-break space).
  func isSpace(_ unit: unichar) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x0C
  }
}

/// Builds the case-insensitive regular expressions ingest uses, once.
enum Pattern {
  /// A compiled pattern; the patterns are fixed in the source, so a bad one is a programmer error.
  static func make(_ pattern: String, caseSensitive: Bool = false) -> NSRegularExpression {
    var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
    if !caseSensitive { options.insert(.caseInsensitive) }
    do {
      return try NSRegularExpression(pattern: pattern, options: options)
    } catch {
      preconditionFailure("invalid built-in pattern \(pattern): \(error)")
    }
  }
}

extension NSRange {
  /// The end of the range (one past the last unit).
  var end: Int { location + length }

  /// Whether two ranges share at least one unit.
  func overlaps(_ other: NSRange) -> Bool { location < other.end && other.location < end }

  /// Whether `other` lies wholly inside this range.
  func covers(_ other: NSRange) -> Bool { location <= other.location && other.end <= end }

  /// The range from `start` to `end`.
  static func between(_ start: Int, _ end: Int) -> NSRange {
    NSRange(location: start, length: Swift.max(0, end - start))
  }
}
