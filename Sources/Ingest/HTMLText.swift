import Foundation

/// Turns an HTML page into plain text that the rest of ingest can read line by line.
///
/// Tags are removed, `head`, `title`, `script` and `style` content and comments dropped, entities (named and
/// numeric) decoded, and runs of white space collapsed as a browser would. Block elements
/// (`p`, `div`, `li`, headings, ...) are paragraphs of their own, set apart by a blank line,
/// and `br` ends a line, so that words of neighbouring blocks never run together; a list item
/// starts with a bullet and a heading with its level in `#` marks; a table row becomes one line with its cells between `|` marks, like a
/// Markdown table.
enum HTMLText {
  /// Elements that start and end a line of their own.
  private static let blocks: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
    "tbody", "tfoot", "section", "article", "header", "footer", "nav", "aside", "main",
    "blockquote", "pre", "hr", "dl", "dt", "dd", "title", "address", "figure", "figcaption",
    "caption", "form", "fieldset", "body", "html", "head",
  ]

  /// Elements whose content is never text.
  /// The `head` (and its `title`) is the page's metadata, not the answer.
  private static let hidden: Set<String> = [
    "script", "style", "noscript", "template", "svg", "head", "title",
  ]

  /// The text of an HTML page.
  /// The text of a page's `<title>`, which names the site (and so often the force) but is
  /// not part of the answer; `""` when the page has none.
  static func title(of html: String) -> String {
    guard let open = html.range(of: "<title", options: .caseInsensitive),
      let openEnd = html.range(of: ">", range: open.upperBound..<html.endIndex),
      let close = html.range(
        of: "</title", options: .caseInsensitive, range: openEnd.upperBound..<html.endIndex)
    else { return "" }
    return text(from: "<p>" + html[openEnd.upperBound..<close.lowerBound] + "</p>")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func text(from html: String) -> String {
    var output = ""
    var pendingSpace = false
    var inRow = false
    // For each list open, whether it is navigation (a menu or breadcrumb): its items are
    // links, not items of the page's own lists, so they get no bullet.
    var lists: [Bool] = []
    var navigation = 0
    let scalars = Array(html.unicodeScalars)
    var index = 0

    func newline() {
      pendingSpace = false
      if !output.isEmpty, !output.hasSuffix("\n") { output.append("\n") }
    }
    // A block element is a paragraph of its own, as a browser shows it: a blank line after it,
    // so that a list item or paragraph with no full stop never runs into the next one.
    func paragraphBreak() {
      newline()
      if !output.isEmpty, !output.hasSuffix("\n\n") { output.append("\n") }
    }
    func emit(_ text: String) {
      for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace && scalar != "\u{A0}" {
          pendingSpace = true
          continue
        }
        if pendingSpace, !output.isEmpty, !output.hasSuffix("\n"), !output.hasSuffix(" ") {
          output.append(" ")
        }
        pendingSpace = false
        output.unicodeScalars.append(scalar)
      }
    }

    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "<" {
        // Comments, doctype and processing instructions.
        if matches(scalars, at: index, "<!--") {
          index = find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
          continue
        }
        guard let close = find(scalars, ">", from: index + 1) else {
          emit(String(String.UnicodeScalarView(scalars[index...])))
          break
        }
        let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        index = close + 1
        let isEnd = inside.hasPrefix("/")
        let name = inside.drop(while: { $0 == "/" })
          .prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
        if name.isEmpty { continue }
        if !isEnd, hidden.contains(name), !inside.hasSuffix("/") {
          let end = findIgnoringCase(scalars, "</\(name)", from: index) ?? scalars.count
          index = find(scalars, ">", from: end).map { $0 + 1 } ?? scalars.count
          continue
        }
        switch name {
        case "tr":
          if isEnd, inRow { output.append(" |") }
          inRow = false
          newline()
        case "td", "th":
          if !isEnd {
            pendingSpace = false
            output.append(inRow ? " | " : "| ")
            inRow = true
          }
        case "br":
          newline()
        case "h1", "h2", "h3", "h4", "h5", "h6":
          paragraphBreak()
          // Its level, as Markdown writes it, so that a section under one heading is not read
          // as under the heading of the section before it.
          if !isEnd, let level = Int(name.dropFirst()) {
            output.append(String(repeating: "#", count: level) + " ")
          }
        case "nav":
          navigation = max(0, navigation + (isEnd ? -1 : 1))
          newline()
        case "ul", "ol":
          var isNavigation = navigation > 0
          if isEnd {
            isNavigation = lists.popLast() ?? isNavigation
          } else {
            let attributes = inside.lowercased()
            isNavigation =
              isNavigation || lists.last == true || attributes.contains("breadcrumb")
              || attributes.contains("navigation") || attributes.contains("menu")
            lists.append(isNavigation)
          }
          if isNavigation { newline() } else { paragraphBreak() }
        case "li":
          if lists.last == true || navigation > 0 {
            newline()
          } else {
            paragraphBreak()
            // The item keeps a bullet, so that it reads as one item of a list.
            if !isEnd { output.append("• ") }
          }
        default:
          if blocks.contains(name) { paragraphBreak() }
        }
        continue
      }
      if scalar == "&" {
        if let semicolon = find(scalars, ";", from: index + 1), semicolon - index <= 10 {
          let entity = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
          if let decoded = decodeEntity(entity) {
            emit(decoded)
            index = semicolon + 1
            continue
          }
        }
      }
      emit(String(scalar))
      index += 1
    }
    while let last = output.last, last == "\n" || last == " " || last == "•" || last == "#" {
      output.removeLast()
    }
    return output
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "pound": "£", "euro": "€", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’",
    "ldquo": "“", "rdquo": "”", "hellip": "…", "bull": "•", "middot": "·", "copy": "©",
    "reg": "®", "trade": "™", "sect": "§", "deg": "°", "frac12": "½", "times": "×",
    "shy": "", "zwnj": "", "zwj": "",
  ]

  /// The text of an entity without its `&` and `;` (`amp`, `#163`, `#xA3`), or `nil`.
  static func decodeEntity(_ entity: String) -> String? {
    if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
      guard let value = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value)
      else { return nil }
      return String(scalar)
    }
    if entity.hasPrefix("#") {
      guard let value = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(value) else {
        return nil
      }
      return String(scalar)
    }
    return named[entity] ?? named[entity.lowercased()]
  }

  private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ text: String) -> Bool {
    var position = index
    for scalar in text.unicodeScalars {
      guard position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  private static func findIgnoringCase(
    _ scalars: [Unicode.Scalar], _ text: String, from start: Int
  ) -> Int? {
    let target = Array(text.lowercased().unicodeScalars)
    guard !target.isEmpty, scalars.count >= target.count else { return nil }
    var index = start
    while index + target.count <= scalars.count {
      var same = true
      for offset in 0..<target.count {
        let lowered = scalars[index + offset].properties.lowercaseMapping
        if lowered != String(target[offset]) {
          same = false
          break
        }
      }
      if same { return index }
      index += 1
    }
    return nil
  }

  private static func find(_ scalars: [Unicode.Scalar], _ text: String, from start: Int) -> Int? {
    guard let first = text.unicodeScalars.first else { return nil }
    var index = start
    while index < scalars.count {
      if scalars[index] == first, matches(scalars, at: index, text) { return index }
      index += 1
    }
    return nil
  }
}
