import Foundation
import Records

/// Formats figures and escapes text for Markdown and SVG, the same way on every run.
enum Text {
  /// Whole pounds with thousands separators: `£1,234`; pence are rounded half to even.
  static func pounds(_ value: Decimal) -> String { "£" + grouped(value) }

  /// A number rounded to whole units with thousands separators: `1,234`.
  static func grouped(_ value: Decimal) -> String {
    var value = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 0, .bankers)
    return separated(NSDecimalNumber(decimal: rounded).stringValue)
  }

  /// A count of staff exactly as it is, with thousands separators and no trailing zeros:
  /// `12`, `9.5`, `1,234.25`. Full-time equivalents keep their fraction; nothing is rounded.
  static func count(_ value: Decimal) -> String {
    separated(PlainNumber.count(value))
  }

  /// Plain digits ("-1234.5") with thousands separators in the whole part ("-1,234.5").
  private static func separated(_ plain: String) -> String {
    var digits = Substring(plain)
    var sign = ""
    if digits.hasPrefix("-") {
      sign = "-"
      digits.removeFirst()
    }
    var fraction = ""
    if let point = digits.firstIndex(of: ".") {
      fraction = String(digits[point...])
      digits = digits[..<point]
    }
    var result = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(character)
    }
    return sign + result + fraction
  }

  /// A number for SVG coordinates: at most one decimal place, no separators.
  static func coordinate(_ value: Decimal) -> String { PlainNumber.text(value, places: 1) }

  /// Text that renders as itself in Markdown: markup characters get a backslash, line breaks
  /// become spaces, so a quote reads exactly as in `facts.csv`.
  static func markdown(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!":
        result.append("\\")
        result.append(character)
      case "\n", "\r", "\r\n":
        result.append(" ")
      default:
        result.append(character)
      }
    }
    return result
  }

  /// Text safe inside an XML element or attribute.
  static func xml(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
