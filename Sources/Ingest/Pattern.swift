import CPCRE2
import Foundation

/// A regular expression of ingest's, compiled once per process by PCRE2 (with its JIT) and
/// matched on UTF-16 code units, so its ranges are the `NSRange`s the rest of ingest uses.
///
/// Why not `NSRegularExpression`: on Linux it takes a `String`, so every call bridged and
/// copied the whole document to UTF-16, and ICU's Unicode word boundaries cost as much again;
/// ingest spent four fifths of its time there (see `contrib/benchmarks/RESULTS.md`).
///
/// Semantics, for whoever writes a pattern: case-insensitive unless asked; `\b`, `\w` and `\s`
/// are Unicode-aware (`PCRE2_UCP`: a no-break space is `\s`); `\d` means ASCII `[0-9]`, which
/// is what every pattern here means and keeps PCRE2's fast start-character scan. A word
/// boundary is the simple one (`\w` next to `\W`), so "PCC's" holds the word "PCC" (ICU's
/// UAX #29 boundaries, used before, made it one word and missed possessives). A range is
/// searched as if it were the whole text: lookbehind does not see before it, `^`/`$` match
/// at its ends, as `NSRegularExpression` does by default.
final class Pattern: @unchecked Sendable {
  // Compiled code is read-only after compiling, so one pattern is shared by every thread;
  // each match makes its own match data.
  private let code: OpaquePointer
  /// The pattern as written, for messages.
  let pattern: String

  /// Compiles a built-in pattern; the patterns are fixed in the source, so a bad one is a
  /// programmer error and stops the process at its first use.
  init(_ source: String, caseSensitive: Bool = false) {
    self.pattern = source
    let translated = Array(Pattern.asciiDigits(source).utf16)
    var options = UInt32(PCRE2_UTF | PCRE2_UCP)
    if !caseSensitive { options |= UInt32(PCRE2_CASELESS) }
    var errorCode: Int32 = 0
    var errorOffset = 0
    guard
      let code = pcre2_compile_16(
        translated, translated.count, options, &errorCode, &errorOffset, nil)
    else {
      var message = [UInt16](repeating: 0, count: 256)
      let length = pcre2_get_error_message_16(errorCode, &message, message.count)
      let text = String(decoding: message.prefix(max(0, Int(length))), as: UTF16.self)
      preconditionFailure("invalid built-in pattern \(source) at \(errorOffset): \(text)")
    }
    // Without the JIT (an unusual platform) PCRE2 interprets the same code, only slower.
    _ = pcre2_jit_compile_16(code, UInt32(PCRE2_JIT_COMPLETE))
    self.code = code
  }

  deinit { pcre2_code_free_16(code) }

  /// Every match inside `range` of `units`, in order, not overlapping.
  func matches(in units: [UInt16], range: NSRange) -> [PatternMatch] {
    var found: [PatternMatch] = []
    search(units, range, all: true) { found.append($0) }
    return found
  }

  /// The first match inside `range` of `units`, if any.
  func firstMatch(in units: [UInt16], range: NSRange) -> PatternMatch? {
    var found: PatternMatch?
    search(units, range, all: false) { found = $0 }
    return found
  }

  /// Whether the pattern matches anywhere in `string`.
  func matches(_ string: String) -> Bool {
    let units = Array(string.utf16)
    return firstMatch(in: units, range: NSRange(location: 0, length: units.count)) != nil
  }

  /// The text of capture group `group` of the first match in `string`, or `nil`.
  func firstCapture(_ group: Int, in string: String) -> String? {
    let units = Array(string.utf16)
    guard let match = firstMatch(in: units, range: NSRange(location: 0, length: units.count))
    else { return nil }
    let range = match.range(at: group)
    return String(decoding: units[range.location..<range.end], as: UTF16.self)
  }

  private func search(
    _ units: [UInt16], _ range: NSRange, all: Bool, _ found: (PatternMatch) -> Void
  ) {
    // A range that starts or ends inside a surrogate pair is widened to whole scalars, so
    // PCRE2 (told the text is valid, to skip re-checking it on every call) always is.
    var lower = max(0, min(range.location, units.count))
    var upper = max(lower, min(range.location + range.length, units.count))
    if lower < units.count, lower > 0, UTF16.isTrailSurrogate(units[lower]) { lower -= 1 }
    if upper < units.count, upper > 0, UTF16.isTrailSurrogate(units[upper]) { upper += 1 }
    guard let data = pcre2_match_data_create_from_pattern_16(code, nil) else { return }
    defer { pcre2_match_data_free_16(data) }
    units.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let subject = base + lower
      let length = upper - lower
      var start = 0
      let options = UInt32(PCRE2_NO_UTF_CHECK)
      while start <= length {
        let count = pcre2_match_16(code, subject, length, start, options, data, nil)
        guard count > 0 else { return }
        let vector = pcre2_get_ovector_pointer_16(data)!
        let pairs = Int(pcre2_get_ovector_count_16(data))
        var ranges: [NSRange] = []
        ranges.reserveCapacity(pairs)
        for pair in 0..<pairs {
          let from = vector[2 * pair]
          let to = vector[2 * pair + 1]
          // PCRE2_UNSET (all bits set) marks a group that took no part in the match.
          if pair >= Int(count) || from == Int.max || from == -1 {
            ranges.append(NSRange(location: NSNotFound, length: 0))
          } else {
            ranges.append(NSRange(location: lower + from, length: to - from))
          }
        }
        found(PatternMatch(ranges: ranges))
        guard all else { return }
        let end = vector[1]
        if end > vector[0] {
          start = end
        } else {
          // An empty match: step over one scalar so the search moves on.
          start = end + (end < length && UTF16.isLeadSurrogate(subject[end]) ? 2 : 1)
        }
      }
    }
  }

  /// `source` with `\d` written as ASCII digits: under `PCRE2_UCP` `\d` is every Unicode
  /// digit, which no pattern here wants and which disables the fast start scan.
  static func asciiDigits(_ source: String) -> String {
    var out = ""
    var inClass = false
    var escaped = false
    for character in source {
      if escaped {
        escaped = false
        if character == "d" {
          out += inClass ? "0-9" : "[0-9]"
        } else {
          out += "\\" + String(character)
        }
        continue
      }
      switch character {
      case "\\": escaped = true
      case "[": inClass = true; out.append(character)
      case "]": inClass = false; out.append(character)
      default: out.append(character)
      }
    }
    if escaped { out += "\\" }
    return out
  }
}

/// One match of a `Pattern`: the whole match and each capture group, as UTF-16 ranges of the
/// searched text (`location == NSNotFound` for a group that took no part).
struct PatternMatch {
  fileprivate let ranges: [NSRange]

  /// The whole match.
  var range: NSRange { ranges[0] }

  /// The number of ranges: the whole match and every group of the pattern.
  var numberOfRanges: Int { ranges.count }

  /// The range of capture group `index` (0 is the whole match).
  func range(at index: Int) -> NSRange {
    index < ranges.count ? ranges[index] : NSRange(location: NSNotFound, length: 0)
  }
}
