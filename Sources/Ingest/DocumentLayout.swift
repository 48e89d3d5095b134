import Foundation

/// A line of a document, without its line break.
struct Line {
  /// The line's UTF-16 range, line break excluded.
  let range: NSRange
  /// The line with white space trimmed.
  let content: NSRange
  /// The number of leading spaces (a tab counts as four).
  let indent: Int
  /// Whether the line holds nothing but white space.
  var isBlank: Bool { content.length == 0 }
}

/// A paragraph, list item or table row: the unit "its paragraph" means in the extraction rules.
struct Block {
  /// The block's UTF-16 range, from its first to its last non-blank character.
  let range: NSRange
  /// The indexes into `DocumentLayout.lines` of its lines.
  let lines: Range<Int>
  /// Whether the block starts with a bullet or a number marker.
  let isListItem: Bool
  /// Whether the block is a table row (`| a | b |`).
  let isTableRow: Bool
  /// The range after any list marker: where the block's words begin.
  let body: NSRange
}

/// A sentence: a stretch of a block that ends in `.`, `!` or `?` or at the block's end.
struct Sentence {
  /// The sentence's UTF-16 range, trimmed.
  var range: NSRange
  /// The index of its block.
  let block: Int
}

/// The lines, blocks and sentences of a document.
///
/// A blank line ends a block; so does a line that starts with a bullet or number, a table row,
/// or a line after one that ends in `.`, `:`, `!` or `?` or is short (a heading). Otherwise a
/// line continues the block before it, as wrapped lines of a PDF do.
struct DocumentLayout {
  let lines: [Line]
  let blocks: [Block]
  let sentences: [Sentence]
  /// Whether a run of text with no sentence break longer than `longestSentence` was cut into
  /// pieces of that length (a page saved as one line, a table flattened into prose).
  let cutLongSentences: Bool

  /// The longest sentence, in UTF-16 units. A quote is a sentence or less, so this bounds every
  /// quote and keeps the cost of reading a sentence fixed, whatever the document.
  static let longestSentence = 1_000

  /// A bullet or number at the start of a line: `-`, `*`, `•`, `1.`, `1a)`, `3.3.`, `(ii)`, `b)`.
  static let listMarker = Pattern(
    #"^[ \t]*(?:[-*•·▪◦‣–—]|\(?(?:\d{1,2}(?:\.\d{1,2})*[a-z]?|[a-z]|[ivx]{1,4})[.)](?:\d{1,2}[.)]?)*)[ \t]+"#,
    caseSensitive: true)

  init(_ text: SourceText) {
    var lines: [Line] = []
    var start = 0
    var index = 0
    while index <= text.length {
      if index == text.length || text.unit(index) == 0x0A {
        var end = index
        if end > start, text.unit(end - 1) == 0x0D { end -= 1 }
        let range = NSRange.between(start, end)
        var indent = 0
        var position = start
        while position < end, text.unit(position) == 0x20 || text.unit(position) == 0x09 {
          indent += text.unit(position) == 0x09 ? 4 : 1
          position += 1
        }
        lines.append(Line(range: range, content: text.trimmed(range), indent: indent))
        start = index + 1
      }
      index += 1
    }
    self.lines = lines

    var blocks: [Block] = []
    var first: Int?
    func close(_ last: Int) {
      guard let opened = first else { return }
      let range = NSRange.between(lines[opened].content.location, lines[last].content.end)
      let firstLine = lines[opened].range
      let marker = text.firstMatch(Self.listMarker, in: firstLine)
      // A row whose label stands on the line above its figures is a row too.
      let isTable =
        text.unit(lines[opened].content.location) == 0x7C  // "|"
        || Self.isAlignedRow(text, lines[opened].content)
        || last == opened + 1 && Self.isAlignedRow(text, lines[last].content)
      var body = range
      if let marker, !isTable {
        body = NSRange.between(marker.range.end, range.end)
      }
      blocks.append(
        Block(
          range: range, lines: opened..<(last + 1), isListItem: marker != nil, isTableRow: isTable,
          body: body))
      first = nil
    }
    for (number, line) in lines.enumerated() {
      if line.isBlank {
        if first != nil { close(number - 1) }
        continue
      }
      if let opened = first {
        let previous = lines[number - 1]
        let next = number + 1 < lines.count ? lines[number + 1] : nil
        if Self.continuesFirstCell(
          text, row: lines[opened], previous: previous, line: line, next: next)
          || opened == number - 1 && opened > 0
            && Self.labelsRowBelow(text, label: previous, row: line, above: lines[opened - 1])
        {
          continue
        }
        let startsNew =
          text.firstMatch(Self.listMarker, in: line.range) != nil
          || text.unit(line.content.location) == 0x7C
          || text.unit(lines[opened].content.location) == 0x7C
          || Self.isAlignedRow(text, line.content) || Self.isAlignedRow(text, previous.content)
          || Self.endsClause(text, previous.content)
          || previous.content.length < 50
        if startsNew { close(number - 1) }
      }
      if first == nil { first = number }
    }
    if first != nil { close(lines.count - 1) }
    self.blocks = blocks

    var sentences: [Sentence] = []
    var cut = false
    for (number, block) in blocks.enumerated() {
      for range in Self.split(text, block.body) {
        for piece in Self.bounded(text, range) {
          sentences.append(Sentence(range: piece, block: number))
        }
        cut = cut || range.length > Self.longestSentence
      }
    }
    self.sentences = sentences
    cutLongSentences = cut
  }

  /// Whether a line is a row of a table laid out with spaces: three or more columns, each gap
  /// three spaces or a tab ("Freedom Lane Leeds      Car wash outreach      £9,800"), or two
  /// when the second is a figure or a year ("Victim hub        £612,000", a budget table
  /// converted from a PDF), which justified prose never ends a line with.
  static func isAlignedRow(_ text: SourceText, _ range: NSRange) -> Bool {
    let cells = alignedCells(text, range)
    return cells.count >= 3
      || (cells.count == 2 && text.firstMatch(figureCell, in: cells[1]) != nil)
  }

  /// Whether a line carries on the first cell of the table row just above it, as a PDF's text
  /// wraps a long label ("Young people at risk of county   Llwybrau Ifanc   £36,000" then "lines
  /// exploitation"): no columns of its own, no list marker, starting where the row starts and
  /// ending before the row's second column. At most one such line a row; none that a row
  /// indented under it carries on instead (see `labelsRowBelow`).
  static func continuesFirstCell(
    _ text: SourceText, row: Line, previous: Line, line: Line, next: Line?
  ) -> Bool {
    if let next, next.indent > line.indent, isAlignedRow(text, next.content) { return false }
    guard previous.range.location == row.range.location, isAlignedRow(text, row.content),
      !isAlignedRow(text, line.content), text.firstMatch(listMarker, in: line.range) == nil,
      abs(line.indent - row.indent) <= 1,
      case let cells = alignedCells(text, row.content), cells.count >= 2
    else { return false }
    let secondColumn = cells[1].location - row.range.location
    return line.content.end - line.range.location < secondColumn
  }

  /// Whether a line is the start of the label of the table row under it, as a PDF's text wraps a
  /// label whose figures stand on its last line ("Modern Slavery Partnership Co-ordinator" over
  /// "  (hosted by the city council)     £32,000     £33,500"): the line above it is a row of
  /// the table (or its rule), it has no columns of its own, and it ends before the row's second
  /// column.
  static func labelsRowBelow(_ text: SourceText, label: Line, row: Line, above: Line) -> Bool {
    guard !above.isBlank, isAlignedRow(text, above.content) || text.firstMatch(rule, in: above.content) != nil,
      isAlignedRow(text, row.content), !isAlignedRow(text, label.content),
      text.firstMatch(listMarker, in: label.range) == nil,
      label.indent <= row.indent, row.indent <= label.indent + 4,
      case let cells = alignedCells(text, row.content), cells.count >= 2
    else { return false }
    return label.content.end - label.range.location < cells[1].location - row.range.location
  }

  /// A line that only rules a table: dashes, underscores or equals signs.
  static let rule = Pattern(#"^[-_=–—\s]+$"#)

  /// A cell that is only an amount, a number or a financial year.
  private static let figureCell = Pattern(
    #"^(?:£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|k|bn|million)?|\d[\d,]*(?:\.\d+)?|(?:19|20)\d\d(?:[/-]\d{2,4})?)$"#
  )

  /// The cells of a line laid out with spaces: the text between gaps of three or more spaces
  /// or a tab.
  static func alignedCells(_ text: SourceText, _ range: NSRange) -> [NSRange] {
    var cells: [NSRange] = []
    var start: Int?
    var spaces = 0
    var index = range.location
    while index < range.end {
      let unit = text.unit(index)
      if unit == 0x20 || unit == 0x09 || unit == 0xA0 {
        spaces += unit == 0x09 ? 3 : 1
      } else {
        if let opened = start, spaces >= 3 {
          cells.append(text.trimmed(NSRange.between(opened, index)))
          start = index
        } else if start == nil {
          start = index
        }
        spaces = 0
      }
      index += 1
    }
    if let opened = start { cells.append(text.trimmed(NSRange.between(opened, range.end))) }
    return cells
  }

  private static func endsClause(_ text: SourceText, _ range: NSRange) -> Bool {
    var end = range.end
    while end > range.location, "*_\"”’)".utf16.contains(text.unit(end - 1)) { end -= 1 }
    guard end > range.location else { return false }
    return ".:!?;".utf16.contains(text.unit(end - 1))
  }

  /// Words that end in a full stop without ending a sentence.
  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "etc", "approx", "c", "ca", "circa", "no", "nos", "st", "mr", "mrs", "ms", "dr",
    "supt", "det", "insp", "sgt", "ch", "inc", "ltd", "co", "vs", "v", "a.m", "p.m", "p", "pp",
    "para", "paras", "ref", "fig", "cf", "al", "dept", "govt", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cllr", "prof", "rev", "hon", "est",
  ]

  /// Splits a block's body into trimmed sentences.
  /// A sentence cut into pieces of at most `longestSentence` units, each ending at a space
  /// where there is one.
  static func bounded(_ text: SourceText, _ range: NSRange) -> [NSRange] {
    guard range.length > longestSentence else { return [range] }
    var pieces: [NSRange] = []
    var start = range.location
    while range.end - start > longestSentence {
      var end = start + longestSentence
      var space = end
      while space > start + longestSentence / 2, !text.isSpace(text.unit(space)) { space -= 1 }
      if text.isSpace(text.unit(space)) { end = space }
      // Never between the two halves of a surrogate pair.
      if end < text.length, (0xDC00...0xDFFF).contains(text.unit(end)) { end -= 1 }
      let piece = text.trimmed(NSRange.between(start, end))
      if piece.length > 0 { pieces.append(piece) }
      start = end
    }
    let last = text.trimmed(NSRange.between(start, range.end))
    if last.length > 0 { pieces.append(last) }
    return pieces
  }

  static func split(_ text: SourceText, _ range: NSRange) -> [NSRange] {
    var result: [NSRange] = []
    var start = range.location
    var index = range.location
    while index < range.end {
      let unit = text.unit(index)
      if unit == 0x2E || unit == 0x21 || unit == 0x3F {  // . ! ?
        var after = index + 1
        while after < range.end, "\"”’)*".utf16.contains(text.unit(after)) { after += 1 }
        if after >= range.end { break }
        guard text.isSpace(text.unit(after)) else {
          index += 1
          continue
        }
        var next = after
        while next < range.end, text.isSpace(text.unit(next)) { next += 1 }
        let nextUnit = text.unit(next)
        let startsSentence =
          next >= range.end
          || isUpper(nextUnit) || isDigit(nextUnit) || "\"“‘(•-*[".utf16.contains(nextUnit)
        if startsSentence, unit != 0x2E || !isAbbreviation(text, before: index, from: start) {
          let sentence = text.trimmed(NSRange.between(start, after))
          if sentence.length > 0 { result.append(sentence) }
          start = next
          index = next
          continue
        }
      }
      index += 1
    }
    let last = text.trimmed(NSRange.between(start, range.end))
    if last.length > 0 { result.append(last) }
    return result
  }

  private static func isAbbreviation(_ text: SourceText, before dot: Int, from start: Int) -> Bool {
    var wordStart = dot
    while wordStart > start {
      let unit = text.unit(wordStart - 1)
      if isLetter(unit) || unit == 0x2E { wordStart -= 1 } else { break }
    }
    let word = text.text(NSRange.between(wordStart, dot)).lowercased()
    if word.isEmpty { return false }
    // "£340k." and "£1.2m." end a sentence: a letter after a digit is a unit, not an initial.
    if wordStart > start, isDigit(text.unit(wordStart - 1)) { return false }
    if abbreviations.contains(word) { return true }
    // A single letter is an initial ("J. Smith") or part of "L.A.".
    return word.count == 1 || word.contains(".")
  }

  private static func isUpper(_ unit: unichar) -> Bool {
    guard let scalar = Unicode.Scalar(UInt32(unit)) else { return false }
    return scalar.properties.isUppercase
  }

  private static func isLetter(_ unit: unichar) -> Bool {
    guard let scalar = Unicode.Scalar(UInt32(unit)) else { return false }
    return scalar.properties.isAlphabetic
  }

  private static func isDigit(_ unit: unichar) -> Bool { unit >= 0x30 && unit <= 0x39 }

  /// The index of the sentence containing a UTF-16 position, or `nil`.
  func sentenceIndex(containing position: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = sentences[middle].range
      if position < range.location {
        high = middle - 1
      } else if position >= range.end {
        low = middle + 1
      } else {
        return middle
      }
    }
    return nil
  }
}
