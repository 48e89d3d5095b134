import Foundation
import Testing

@testable import Ingest

/// The semantics `Pattern` promises the rules that use it (see its documentation).
@Suite struct PatternTests {
  private func spans(_ pattern: Pattern, _ text: String, _ range: NSRange? = nil) -> [String] {
    let source = SourceText(text)
    return source.matches(pattern, in: range ?? NSRange(location: 0, length: source.length))
      .map { source.text($0.range) }
  }

  @Test func wordBoundariesHoldPossessives() {
    #expect(spans(Pattern(#"\bPCC\b"#), "the PCC's grant and the PCC’s post") == ["PCC", "PCC"])
  }

  @Test func noBreakSpaceIsSpaceAndDigitsAreAscii() {
    #expect(spans(Pattern(#"£\s?\d[\d,]*"#), "£\u{00A0}5,000 and £٣٤") == ["£\u{00A0}5,000"])
    #expect(Pattern.asciiDigits(#"\d+[\d,.]\\d"#) == #"[0-9]+[0-9,.]\\d"#)
  }

  @Test func caseFoldsUnlessAsked() {
    #expect(spans(Pattern("modern slavery"), "MODERN SLAVERY") == ["MODERN SLAVERY"])
    #expect(spans(Pattern("PCC", caseSensitive: true), "pcc PCC") == ["PCC"])
  }

  /// A range is searched as the whole text: lookbehind stops at its start, `^` matches there.
  @Test func aRangeIsSearchedAsTheWholeText() {
    let text = "team £5 budget"
    #expect(spans(Pattern(#"(?<!team )£\d"#), text, NSRange(location: 5, length: 2)) == ["£5"])
    #expect(spans(Pattern(#"^budget"#), text, NSRange(location: 8, length: 6)) == ["budget"])
  }

  /// Offsets are UTF-16 units, so text after an emoji (a surrogate pair) slices exactly, and
  /// unmatched groups report `NSNotFound`.
  @Test func offsetsAreUtf16AndGroupsMayBeAbsent() throws {
    let source = SourceText("🙂 £12 or 7")
    let match = try #require(
      source.firstMatch(
        Pattern(#"(£)?(\d+)"#), in: NSRange(location: 0, length: source.length)))
    #expect(match.range == NSRange(location: 3, length: 3))
    #expect(source.text(match.range(at: 2)) == "12")
    let second = source.matches(
      Pattern(#"(x)?(\d+)"#), in: NSRange(location: 0, length: source.length))
    #expect(second.map { $0.range(at: 1).location } == [NSNotFound, NSNotFound])
    #expect(second.count == 2)
  }
}
