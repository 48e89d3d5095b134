import Foundation

/// A horizontal grouped bar chart written as SVG, readable without colour.
///
/// Each series has its own fill pattern (solid, hatched, dotted, cross-hatched) and every bar
/// carries a text label naming its series and value, so nothing depends on telling colours
/// apart. Coordinates are computed in `Decimal` and written with one decimal place, so the same
/// figures give the same bytes.
struct BarChart: Sendable {
  /// One bar: the series it belongs to, its length and the words written beside it.
  struct Bar: Sendable {
    var series: Int
    var value: Decimal
    var label: String
  }

  /// A group of bars under one heading (a force).
  struct Group: Sendable {
    var label: String
    var bars: [Bar]
  }

  var title: String
  var xLabel: String
  var yLabel: String
  var series: [String]
  var groups: [Group]
  /// Formats an axis tick.
  var tick: @Sendable (Decimal) -> String

  private let width: Decimal = 900
  /// Room for the longest group label (about 7.5 units a character in bold 12-point text).
  private var left: Decimal {
    let longest = groups.map(\.label.count).max() ?? 0
    return max(190, 40 + Decimal(longest) * 15 / 2)
  }
  private let plot: Decimal = 330
  private let barHeight: Decimal = 16
  private let barGap: Decimal = 4
  private let groupGap: Decimal = 14
  private let top: Decimal = 70

  /// The chart as a complete SVG document.
  var svg: String {
    let maximum = groups.flatMap(\.bars).map(\.value).max() ?? 0
    let scale = maximum > 0 ? plot / maximum : 0
    var body: [String] = []
    var y = top
    for group in groups {
      body.append(
        "<text x=\"\(Text.coordinate(left - 8))\" y=\"\(Text.coordinate(y + barHeight - 3))\" "
          + "text-anchor=\"end\" font-weight=\"bold\">\(Text.xml(group.label))</text>")
      for bar in group.bars {
        let length = bar.value * scale
        body.append(
          "<rect x=\"\(Text.coordinate(left))\" y=\"\(Text.coordinate(y))\" "
            + "width=\"\(Text.coordinate(length))\" height=\"\(Text.coordinate(barHeight))\" "
            + "fill=\"url(#pattern\(bar.series % 4))\" stroke=\"#000\" stroke-width=\"1\"/>")
        body.append(
          "<text x=\"\(Text.coordinate(left + length + 6))\" "
            + "y=\"\(Text.coordinate(y + barHeight - 4))\">"
            + "\(Text.xml(series[bar.series])): \(Text.xml(bar.label))</text>")
        y += barHeight + barGap
      }
      y += groupGap
    }
    let axisY = y
    let height = axisY + 60
    var lines: [String] = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Text.coordinate(width))\" "
        + "height=\"\(Text.coordinate(height))\" viewBox=\"0 0 \(Text.coordinate(width)) "
        + "\(Text.coordinate(height))\" role=\"img\" aria-labelledby=\"chart-title\" "
        + "font-family=\"sans-serif\" font-size=\"12\">",
      "<title id=\"chart-title\">\(Text.xml(title))</title>",
      "<defs>",
      "<pattern id=\"pattern0\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#333\"/></pattern>",
      "<pattern id=\"pattern1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        + "<path d=\"M0,6 L6,0\" stroke=\"#000\" stroke-width=\"1.5\"/></pattern>",
      "<pattern id=\"pattern2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        + "<circle cx=\"3\" cy=\"3\" r=\"1.5\" fill=\"#000\"/></pattern>",
      "<pattern id=\"pattern3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        + "<path d=\"M0,0 L6,6 M0,6 L6,0\" stroke=\"#000\" stroke-width=\"1\"/></pattern>",
      "</defs>",
      "<text x=\"\(Text.coordinate(width / 2))\" y=\"24\" text-anchor=\"middle\" "
        + "font-size=\"16\" font-weight=\"bold\">\(Text.xml(title))</text>",
    ]
    // Legend: one swatch and name per series.
    var legendX: Decimal = left
    for (index, name) in series.enumerated() {
      lines.append(
        "<rect x=\"\(Text.coordinate(legendX))\" y=\"36\" width=\"14\" height=\"14\" "
          + "fill=\"url(#pattern\(index % 4))\" stroke=\"#000\"/>")
      lines.append(
        "<text x=\"\(Text.coordinate(legendX + 18))\" y=\"47\">\(Text.xml(name))</text>")
      legendX += 30 + Decimal(name.count) * 7
    }
    lines.append(
      "<text x=\"16\" y=\"\(Text.coordinate((top + axisY) / 2))\" text-anchor=\"middle\" "
        + "transform=\"rotate(-90 16 \(Text.coordinate((top + axisY) / 2)))\">"
        + "\(Text.xml(yLabel))</text>")
    lines += body
    lines.append(
      "<line x1=\"\(Text.coordinate(left))\" y1=\"\(Text.coordinate(top - 6))\" "
        + "x2=\"\(Text.coordinate(left))\" y2=\"\(Text.coordinate(axisY))\" stroke=\"#000\"/>")
    lines.append(
      "<line x1=\"\(Text.coordinate(left))\" y1=\"\(Text.coordinate(axisY))\" "
        + "x2=\"\(Text.coordinate(left + plot))\" y2=\"\(Text.coordinate(axisY))\" "
        + "stroke=\"#000\"/>")
    for step in 0...2 {
      let x = left + plot * Decimal(step) / 2
      let value = maximum * Decimal(step) / 2
      lines.append(
        "<line x1=\"\(Text.coordinate(x))\" y1=\"\(Text.coordinate(axisY))\" "
          + "x2=\"\(Text.coordinate(x))\" y2=\"\(Text.coordinate(axisY + 5))\" stroke=\"#000\"/>")
      lines.append(
        "<text x=\"\(Text.coordinate(x))\" y=\"\(Text.coordinate(axisY + 18))\" "
          + "text-anchor=\"middle\">\(Text.xml(tick(value)))</text>")
    }
    lines.append(
      "<text x=\"\(Text.coordinate(left + plot / 2))\" y=\"\(Text.coordinate(axisY + 42))\" "
        + "text-anchor=\"middle\">\(Text.xml(xLabel))</text>")
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }
}
