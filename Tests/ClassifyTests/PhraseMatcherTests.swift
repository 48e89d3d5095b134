import Classify
import Testing

@Suite struct PhraseMatcherTests {
  @Test(arguments: [
    ("Child Sexual Exploitation (CSE) work", "cse", true),
    ("it is necessary", "cse", false),  // whole words only
    ("Modern   Slavery\nTeam", "modern slavery team", true),  // any spacing
    // A curly apostrophe matches a straight one.
    ("NYP’s Organised Crime Unit absorbs costs", "nyp's organised crime unit", true),
    ("anti-trafficking activities", "trafficking", true),  // a hyphen is a word boundary
    ("victims were trafficked", "traffick*", true),
    ("victims were trafficked", "trafficking", false),
    ("Slavery/Trafficking", "slavery", true),
    ("", "slavery", false),
    // Boundaries are judged on whole letters, whatever their UTF-8 length.
    ("précse", "cse", false),
    ("café cse", "cse", true),
    ("£5 cse2", "cse", false),
    ("cse", "cse work", false),
  ])
  func matchesWholeWordsIgnoringCase(text: String, phrase: String, expected: Bool) {
    let matched = PhraseMatcher.contains(
      PhraseMatcher.normalise(text), phrase: PhraseMatcher.normalise(phrase))
    #expect(matched == expected)
  }

  /// Text of ASCII and the marks answers use most is read on its bytes, any other text by
  /// scalars; both give the same: lower case, straight quotes and dashes, single spaces.
  @Test(arguments: [
    ("  The  MSHT\tTeam\n", "the msht team"),
    ("The PCC’s “Freedom” fund – £40,000 … `each`", "the pcc's \"freedom\" fund - £40,000 … 'each'"),
    ("No\u{00A0}separate\u{00A0} budget — none", "no separate budget - none"),
    ("Équipe de l’Unité", "équipe de l'unité"),
    ("A\u{2003}wide\u{3000}gap", "a wide gap"),
  ])
  func normalisesASCIIAndOtherTextAlike(text: String, expected: String) {
    #expect(PhraseMatcher.normalise(text) == expected)
  }
}
