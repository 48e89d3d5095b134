import Foundation

/// A document's decoded text, searched in UTF-16 ranges and reported in Unicode scalar offsets.
///
/// Every offset ingest writes (`start`, `end` of mentions and request passages) counts Unicode
/// scalars from the start of the decoded text, end exclusive: `Array(text.unicodeScalars)
/// [start..<end]` is exactly the quote. Scalars are used rather than `Character`s because they
/// do not change when text is re-normalised, and rather than UTF-16 units because other tools
/// (Python's `str`) index the same way. Internally the text is kept once as UTF-16 units, which
/// every `Pattern` searches without copying; `scalarOffset(_:)` converts.
struct SourceText {
  /// The decoded text.
  let string: String
  /// The same text as UTF-16 code units, for patterns and slicing.
  let units: [UInt16]
  /// The length in UTF-16 units.
  var length: Int { units.count }
  /// The scalar offset of each UTF-16 position (one more entry than `length`).
  private let scalarAt: [Int32]

  init(_ string: String) {
    self.string = string
    units = Array(string.utf16)
    var table: [Int32] = []
    table.reserveCapacity(units.count + 1)
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
  func text(_ range: NSRange) -> String {
    let lower = max(0, min(range.location, length))
    let upper = max(lower, min(range.location + range.length, length))
    return String(decoding: units[lower..<upper], as: UTF16.self)
  }

  /// The UTF-16 unit at a position, or 0 outside the text.
  func unit(_ index: Int) -> unichar { index >= 0 && index < length ? units[index] : 0 }

  /// Every match of `pattern` inside `range`.
  func matches(_ pattern: Pattern, in range: NSRange) -> [PatternMatch] {
    pattern.matches(in: units, range: range)
  }

  /// The first match of `pattern` inside `range`, if any.
  func firstMatch(_ pattern: Pattern, in range: NSRange) -> PatternMatch? {
    pattern.firstMatch(in: units, range: range)
  }

  /// Whether `pattern` matches anywhere inside `range`.
  func contains(_ pattern: Pattern, in range: NSRange) -> Bool {
    firstMatch(pattern, in: range) != nil
  }

  /// The start of the line holding a UTF-16 position (as `NSString.lineRange` counts lines).
  func lineStart(of location: Int) -> Int {
    var start = max(0, min(location, length))
    while start > 0, ![0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains(units[start - 1]) {
      start -= 1
    }
    return start
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
