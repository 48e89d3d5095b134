import Foundation
import Records

/// Tells which force wrote a document from its words, never from its file name.
///
/// The force is the authoring body: the one named in the title block (the first lines, or an
/// HTML page's `<title>`), in the signature (the last lines), or by its web or e-mail domain
/// (`foi@cheshire.pnn.police.uk`, `www.gmp.police.uk`, `westmercia-pcc.gov.uk`). Names are
/// every name of every force in `forces.csv` (full name, short name, aliases such as `MOPAC`,
/// `GMCA` or an OPCC's name), matched as whole words ignoring case and treating `&` as `and`,
/// except all-capital abbreviations (`WMP`, `NYP`, `MPS`), which must match exactly.
///
/// A force named only in the body (a national lead, a neighbour, a regional unit) is the author
/// only when no force is named where an author is, and then only when it is named at least
/// twice as often as any other. Otherwise, and on a tie, the force is `unknown`: a guess would
/// put one force's money in another's column.
struct ForceDetector {
  private struct Name {
    let force: Int
    let pattern: Pattern
    /// The name's longest word, lower-cased unless the name is an abbreviation: a document
    /// without it cannot match, which spares most of the regular-expression searches.
    let needle: String
    let caseSensitive: Bool
  }

  private let forces: [Force]
  private let names: [Name]
  /// Each force's web and e-mail domains: `cheshire.police.uk`, `cheshire.pnn.police.uk`, and
  /// its commissioner's `cheshire-pcc.gov.uk`.
  private let domains: [(force: Int, needle: String, pattern: Pattern)]

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
            force: index, pattern: Pattern(pattern, caseSensitive: isAbbreviation),
            needle: isAbbreviation ? longest : longest.lowercased(),
            caseSensitive: isAbbreviation))
      }
    }
    self.names = names
    var domains: [(Int, String, Pattern)] = []
    for (index, force) in table.forces.enumerated() {
      let domain = force.websiteDomain.lowercased()
      guard domain.hasSuffix(".police.uk"), domain.count > ".police.uk".count else { continue }
      let key = String(domain.dropLast(".police.uk".count))
      let escaped = NSRegularExpression.escapedPattern(for: key)
      let pattern =
        #"(?<![a-z0-9-])"# + escaped
        + #"(?:(?:\.pnn)?\.police\.uk|-?(?:o?p(?:f|fc)?cc)\.(?:gov|org)\.uk)(?![a-z0-9-])"#
      let parts: [Substring] = key.split(whereSeparator: { (character: Character) in
        !character.isLetter && !character.isNumber
      })
      let longest = parts.max { $0.count < $1.count }.map(String.init) ?? key
      domains.append((index, longest, Pattern(pattern)))
    }
    self.domains = domains
  }

  /// The force that wrote the text, or `nil` when none can be told.
  func detect(in text: SourceText, layout: DocumentLayout, title: String = "") -> Force? {
    let nonBlank = layout.lines.filter { !$0.isBlank }
    let headCount = min(15, max(2, nonBlank.count / 3))
    let tailCount = min(10, max(2, nonBlank.count / 4))
    let headEnd = nonBlank.count > headCount ? nonBlank[headCount].range.location : text.length
    let tailStart =
      nonBlank.count > headCount + tailCount
      ? nonBlank[nonBlank.count - tailCount].range.location : text.length
    var author = [Int](repeating: 0, count: forces.count)
    var body = [Int](repeating: 0, count: forces.count)
    // A set of the document's words makes the check for each name's needle a lookup;
    // `String.contains` goes through Foundation's locale-aware search and cost more than the
    // regular expressions it was meant to spare.
    let words = Set(
      (text.string + "\n" + title).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        .map(String.init))
    let lowered = Set(words.map { $0.lowercased() })
    let titleText = title.isEmpty ? nil : SourceText(title)
    for name in names
    where (name.caseSensitive ? words : lowered).contains(name.needle) {
      for match in text.matches(name.pattern, in: NSRange(location: 0, length: text.length)) {
        if match.range.location < headEnd {
          author[name.force] += 3
        } else if match.range.location >= tailStart {
          author[name.force] += 2
        } else {
          body[name.force] += 1
        }
      }
      if let titleText,
        !titleText.matches(name.pattern, in: NSRange(location: 0, length: titleText.length))
          .isEmpty
      {
        author[name.force] += 3
      }
    }
    for domain in domains where lowered.contains(domain.needle) {
      let count = text.matches(domain.pattern, in: NSRange(location: 0, length: text.length))
        .count
      let inTitle = titleText.map {
        !$0.matches(domain.pattern, in: NSRange(location: 0, length: $0.length)).isEmpty
      }
      author[domain.force] += 3 * count + (inTitle == true ? 3 : 0)
    }
    if let best = author.max(), best > 0 {
      let winners = author.indices.filter { author[$0] == best }
      if winners.count == 1 { return forces[winners[0]] }
      // Two forces in the title block: the one the body is about.
      let ranked = winners.sorted { body[$0] > body[$1] }
      return body[ranked[0]] > body[ranked[1]] ? forces[ranked[0]] : nil
    }
    let ranked = body.indices.sorted { body[$0] > body[$1] }
    guard let first = ranked.first, body[first] > 0 else { return nil }
    let second = ranked.count > 1 ? body[ranked[1]] : 0
    return body[first] >= 2 * second ? forces[first] : nil
  }
}
