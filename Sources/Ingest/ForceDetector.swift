import Foundation
import Records

/// Tells which force a document is about from its words, never from its file name.
///
/// Every name of every force in `forces.csv` (full name, short name, aliases) is counted as a
/// whole word or phrase: ignoring case, and treating `&` as `and`, except all-capital
/// abbreviations (`WMP`, `NYP`, `MPS`), which must match exactly. A mention in the letterhead (the
/// first lines) counts three times and one in the signature (the last lines) twice. The force
/// with the highest score wins; no score, or a tie, gives `unknown`.
struct ForceDetector {
  private struct Name {
    let force: Int
    let pattern: NSRegularExpression
    /// The name's longest word, lower-cased unless the name is an abbreviation: a document
    /// without it cannot match, which spares most of the regular-expression searches.
    let needle: String
    let caseSensitive: Bool
  }

  private let forces: [Force]
  private let names: [Name]

  /// Area names that are not in `forces.csv` but can only mean one force.
  static let areaNames: [String: [String]] = [
    "leicestershire": ["LLR", "Leicester, Leicestershire and Rutland"],
    "avon-and-somerset": ["Avon & Somerset"],
    "devon-and-cornwall": ["Devon, Cornwall and the Isles of Scilly"],
    "thames-valley": ["Thames Valley"],
  ]

  init(table: ForceTable) {
    forces = table.forces
    var names: [Name] = []
    for (index, force) in table.forces.enumerated() {
      var all = force.allNames + (Self.areaNames[force.id] ?? [])
      all = Array(Set(all)).sorted()
      for name in all where !name.isEmpty {
        let isAbbreviation =
          name.count <= 6 && name.contains(where: \.isUppercase)
          && !name.contains(where: \.isLowercase) || name == "The Met"
        let words = name.replacingOccurrences(of: "&", with: " and ")
          .split(whereSeparator: { $0 == " " || $0 == "," })
          .map { NSRegularExpression.escapedPattern(for: String($0)) }
        let body: String
        if isAbbreviation {
          body = NSRegularExpression.escapedPattern(for: name)
        } else {
          body = words.map { $0 == "and" ? "(?:and|&)" : $0 }.joined(separator: #"[\s,]+"#)
        }
        let pattern = #"(?<![\p{L}\p{N}])"# + body + #"(?![\p{L}\p{N}])"#
        let parts: [Substring] = name.split(whereSeparator: { (character: Character) in
          !character.isLetter && !character.isNumber
        })
        let longest = parts.max { $0.count < $1.count }.map(String.init) ?? name
        names.append(
          Name(
            force: index, pattern: Pattern.make(pattern, caseSensitive: isAbbreviation),
            needle: isAbbreviation ? longest : longest.lowercased(),
            caseSensitive: isAbbreviation))
      }
    }
    self.names = names
  }

  /// The force the text is about, or `nil` when none or a tie.
  func detect(in text: SourceText, layout: DocumentLayout) -> Force? {
    let nonBlank = layout.lines.filter { !$0.isBlank }
    let headEnd = nonBlank.count > 12 ? nonBlank[12].range.location : text.length
    let tailStart = nonBlank.count > 12 ? nonBlank[nonBlank.count - 12].range.location : 0
    var scores = [Int](repeating: 0, count: forces.count)
    // A set of the document's words makes the check for each name's needle a lookup;
    // `String.contains` goes through Foundation's locale-aware search and cost more than the
    // regular expressions it was meant to spare.
    let words = Set(
      text.string.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    let lowered = Set(words.map { $0.lowercased() })
    for name in names
    where (name.caseSensitive ? words : lowered).contains(name.needle) {
      for match in text.matches(name.pattern, in: NSRange(location: 0, length: text.length)) {
        var weight = 1
        if match.range.location < headEnd {
          weight = 3
        } else if match.range.location >= tailStart {
          weight = 2
        }
        scores[name.force] += weight
      }
    }
    guard let best = scores.max(), best > 0 else { return nil }
    let winners = scores.indices.filter { scores[$0] == best }
    return winners.count == 1 ? forces[winners[0]] : nil
  }
}
