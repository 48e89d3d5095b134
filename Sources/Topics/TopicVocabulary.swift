import Foundation
import Records
import Yams

/// The words that tie money, people and statements to modern slavery and human trafficking
/// (MSHT) and to the areas next to it, read from `Pipelines/vocabulary.yml`.
///
/// Ingest reads them to decide which mentions are about the topic at all (the relevance gate)
/// and classify reads them as the `@msht` and `@adjacent_areas` term lists of the rules, so an
/// analyst adds a word such as "cuckooing" once and both stages use it.
///
/// Phrases are written as in the rules file: case, spacing and quote style do not matter, a
/// phrase matches whole words, and a phrase ending in `*` matches the start of a word
/// (`traffick*` matches "trafficking" and "trafficked").
public struct TopicVocabulary: Sendable, Hashable {
  /// Words for MSHT itself ("modern slavery", "traffick*").
  public var msht: [String]
  /// Words for neighbouring areas that are not MSHT ("child sexual exploitation", "county
  /// lines"): money or people for these alone is `adjacent`.
  public var adjacentAreas: [String]
  /// Exploitation named without its kind ("exploitation"): it ties a mention to the topic
  /// and, with no MSHT word, makes it adjacent.
  public var exploitation: [String]

  /// The keys of the file, which are also the term-list names the rules use.
  public static let keys = ["msht", "adjacent_areas", "exploitation"]

  public init(msht: [String], adjacentAreas: [String], exploitation: [String] = []) {
    self.msht = msht
    self.adjacentAreas = adjacentAreas
    self.exploitation = exploitation
  }

  /// The lists by the names the rules file refers to them by (`@msht`).
  public var terms: [String: [String]] {
    ["msht": msht, "adjacent_areas": adjacentAreas, "exploitation": exploitation]
  }

  /// Reads a vocabulary file.
  /// - Parameters:
  ///   - url: The file.
  ///   - name: The file as the user would name it, for messages.
  /// - Throws: `TopicVocabularyError` naming the line of the first problem.
  public static func load(from url: URL, name: String) throws(TopicVocabularyError)
    -> TopicVocabulary
  {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw TopicVocabularyError(
        position: SourcePosition(file: name), problem: "no such file or not readable as UTF-8")
    }
    return try parse(text, file: name)
  }

  /// Reads a vocabulary from YAML text; `file` names it in messages.
  public static func parse(_ yaml: String, file: String) throws(TopicVocabularyError)
    -> TopicVocabulary
  {
    func problem(_ words: String, _ node: Node?) -> TopicVocabularyError {
      let line = node?.mark?.line
      return TopicVocabularyError(
        position: line.map { SourcePosition(file: file, line: $0) } ?? SourcePosition(file: file),
        problem: words)
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      switch error {
      case .scanner(_, let words, let mark, _), .parser(_, let words, let mark, _),
        .composer(_, let words, let mark, _):
        throw TopicVocabularyError(
          position: SourcePosition(file: file, line: mark.line), problem: "not valid YAML: \(words)"
        )
      default:
        throw problem("not valid YAML: \(error)", nil)
      }
    } catch {
      throw problem("not valid YAML: \(error)", nil)
    }
    guard let root, let top = root.mapping else {
      throw problem(
        "the vocabulary must be a mapping with the lists msht, adjacent_areas and exploitation",
        root)
    }
    var lists: [String: [String]] = [:]
    for (key, value) in top {
      guard let name = key.scalar?.string else { throw problem("expected a list name", key) }
      guard keys.contains(name) else {
        throw problem(
          "unknown list '\(name)' (the vocabulary has \(keys.joined(separator: ", ")))", key)
      }
      guard let sequence = value.sequence, !sequence.isEmpty else {
        throw problem("'\(name)' must be a list of words or phrases", value)
      }
      var phrases: [String] = []
      for item in sequence {
        guard let phrase = item.scalar?.string.trimmingCharacters(in: .whitespaces),
          !phrase.isEmpty
        else { throw problem("'\(name)' has an empty or nested entry", item) }
        guard phrase.contains(where: { $0.isLetter || $0.isNumber }),
          !phrase.dropLast().contains("*"), phrase != "*"
        else {
          throw problem(
            "'\(phrase)' is not a word or phrase ('*' may only end a phrase, as in traffick*)",
            item)
        }
        phrases.append(phrase)
      }
      lists[name] = phrases
    }
    for name in ["msht", "adjacent_areas"] where lists[name] == nil {
      throw problem("the list '\(name)' is missing", root)
    }
    return TopicVocabulary(
      msht: lists["msht"] ?? [], adjacentAreas: lists["adjacent_areas"] ?? [],
      exploitation: lists["exploitation"] ?? [])
  }

  /// A regular expression matching any of the phrases as whole words, ignoring case: words of
  /// a phrase may be split by any white space or a hyphen, and curly apostrophes match straight.
  public static func pattern(for phrases: [String]) -> String {
    let alternatives = phrases.map { phrase -> String in
      var body = phrase.lowercased().replacingOccurrences(of: "’", with: "'")
      let prefix = body.hasSuffix("*")
      if prefix { body.removeLast() }
      let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word in
        NSRegularExpression.escapedPattern(for: String(word))
          .replacingOccurrences(of: "'", with: "['’]")
          .replacingOccurrences(of: "\\-", with: "[-‐–\\s]?")
          .replacingOccurrences(of: "-", with: "[-‐–\\s]?")
      }
      return words.joined(separator: #"[\s\-‐–]+"#) + (prefix ? #"[\p{L}\p{N}]*"# : "")
    }
    // Longer phrases first, so "human trafficking" wins over "trafficking" in a match's span.
    let sorted = alternatives.enumerated().sorted {
      $0.element.count != $1.element.count
        ? $0.element.count > $1.element.count : $0.offset < $1.offset
    }.map(\.element)
    return #"(?<![\p{L}\p{N}])(?:"# + sorted.joined(separator: "|") + #")(?![\p{L}\p{N}])"#
  }
}

/// A problem in the vocabulary file, with its file and line.
public struct TopicVocabularyError: Error, Sendable, Hashable, CustomStringConvertible {
  public var position: SourcePosition
  public var problem: String

  public init(position: SourcePosition, problem: String) {
    self.position = position
    self.problem = problem
  }

  public var description: String { "\(position): \(problem)" }
}
