import Foundation
import Records
import Testing
import Topics

@testable import Ingest

/// The vocabulary file is data: a word added there changes what ingest keeps, with no code
/// change, and a mistake in it names its line.
@Suite struct VocabularyTests {
  private static let base = """
    msht: [modern slavery, traffick*]
    adjacent_areas: [county lines]
    """

  private func mentions(_ text: String, vocabulary yaml: String) throws -> [String] {
    let vocabulary = try TopicVocabulary.parse(yaml, file: "vocabulary.yml")
    let detector = try #require(FixtureSupport.detector)
    return DocumentReader.analyse(
      text, encoding: "utf-8", name: "t.txt", detector: detector, topics: TopicWords(vocabulary)
    ).mentions.map(FixtureSupport.summary)
  }

  @Test func aWordAddedToTheVocabularyTiesMoneyToTheTopic() throws {
    let text = "Panel paper\n\nThe Commissioner gave £5,000 to a cuckooing prevention project."
    #expect(try mentions(text, vocabulary: Self.base) == [])
    let widened = """
      msht: [modern slavery, traffick*]
      adjacent_areas: [county lines, cuckooing]
      """
    #expect(
      try mentions(text, vocabulary: widened) == [
        "funding | 5000 |  | exact |  |  |  | The Commissioner gave £5,000 to a cuckooing prevention project."
      ])
  }

  @Test func aPrefixPhraseMatchesTheStartOfAWord() throws {
    let text = "Panel paper\n\nThe Commissioner gave £7,000 to help trafficked people."
    #expect(
      try mentions(text, vocabulary: Self.base) == [
        "funding | 7000 |  | exact |  |  |  | The Commissioner gave £7,000 to help trafficked people."
      ])
  }

  @Test(arguments: [
    (
      "msht: [slavery]\nadjacent_areas: [cse]\ncolours: [red]\n",
      "vocabulary.yml:3: unknown list 'colours' (the vocabulary has msht, adjacent_areas, exploitation)"
    ),
    ("msht: [slavery]\n", "vocabulary.yml:1: the list 'adjacent_areas' is missing"),
    (
      "msht: [slavery, 'tra*ffic']\nadjacent_areas: [cse]\n",
      "vocabulary.yml:1: 'tra*ffic' is not a word or phrase ('*' may only end a phrase, as in traffick*)"
    ),
    (
      "msht: slavery\nadjacent_areas: [cse]\n",
      "vocabulary.yml:1: 'msht' must be a list of words or phrases"
    ),
  ])
  func aMistakeNamesItsLine(yaml: String, message: String) {
    #expect(throws: TopicVocabularyError.self) {
      try TopicVocabulary.parse(yaml, file: "vocabulary.yml")
    }
    do {
      _ = try TopicVocabulary.parse(yaml, file: "vocabulary.yml")
    } catch {
      #expect(error.description == message)
    }
  }
}
