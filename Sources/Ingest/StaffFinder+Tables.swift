import Foundation
import Records

extension StaffFinder {
  /// A cell that is only a count of people: "2", "6", "1.5 FTE".
  private static let countCell = Pattern(#"^\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:FTE)?\s*$"#)
  private static let fullTimeCell = Pattern(#"\bfull[- ]?time\b"#)
  private static let partTimeCell = Pattern(#"\bpart[- ]?time\b"#)

  /// The post counted by a table row with a role cell and a count cell: `| Detective Sergeant
  /// | 2 | Full time |` is two full-time Detective Sergeants.
  ///
  /// The role cell is the first whose last word (a bracket after it left aside) is a role of
  /// the lexicon or its plural; the count cell is the first after it that holds only a number,
  /// perhaps with "FTE", counted as written ("0.5 FTE" is 0.5). The basis is the row's "Full time"/"Part time" cell, else that of
  /// the header cell above the count, else part time for less than one FTE and full time
  /// otherwise. The match spans the row from the role cell to its last cell.
  static func tableRow(cells: [NSRange], header: [NSRange], in text: SourceText) -> StaffMatch? {
    guard
      let roleColumn = cells.firstIndex(where: { isRoleCell($0, in: text) }),
      let countColumn = cells.indices.first(where: {
        $0 > roleColumn && text.firstMatch(countCell, in: cells[$0]) != nil
      }),
      let found = text.firstMatch(countCell, in: cells[countColumn]),
      let value = PlainNumber.count(from: text.text(found.range(at: 1))), value > 0,
      value <= 500
    else { return nil }
    var basis: StaffBasis = value < 1 ? .partTime : .fullTime
    let others = cells.indices.filter { $0 != roleColumn && $0 != countColumn }
    let basisCells =
      others.map { cells[$0] } + (countColumn < header.count ? [header[countColumn]] : [])
    if let cell = basisCells.first(where: {
      text.contains(partTimeCell, in: $0) || text.contains(fullTimeCell, in: $0)
    }) {
      basis = text.contains(partTimeCell, in: cell) ? .partTime : .fullTime
    }
    let role = text.trimmed(cells[roleColumn])
    let last = text.trimmed(cells[cells.count - 1])
    return StaffMatch(
      range: NSRange.between(role.location, max(last.end, role.end)),
      count: value, basis: basis, role: text.text(role), isTeam: false)
  }

  /// Whether a cell names a post: its last word, before any bracket, is a role or its plural.
  private static func isRoleCell(_ cell: NSRange, in text: SourceText) -> Bool {
    namesRole(text.text(cell))
  }

  /// Whether words name a post ("Detective Constable", "Police staff (analysts)"): the last
  /// word before any bracket is a role or its plural, in five words at most.
  static func namesRole(_ string: String) -> Bool {
    var words = string.replacingOccurrences(of: "*", with: "")
    if let bracket = words.firstIndex(of: "(") { words = String(words[..<bracket]) }
    let parts = words.split(whereSeparator: \.isWhitespace)
    guard let word = parts.last, parts.count <= 5 else { return false }
    let lower = word.lowercased()
    let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
    let abbreviation = word.hasSuffix("s") ? String(word.dropLast()) : String(word)
    return roles.contains(lower) || roles.contains(singular)
      || abbreviations.contains(String(word)) || abbreviations.contains(abbreviation)
  }
}
