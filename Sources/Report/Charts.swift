import Foundation
import Records

/// The report's SVG charts, built from `force_summary.csv` and `force_year.csv`.
enum Charts {
  private static let classes: [ResourceClass] = [.dedicated, .shared, .absorbed, .adjacent]

  /// The charts by file name under `charts/`, in a fixed order.
  static func all(
    compared: [(id: String, name: String)], summaries: [ForceFigures],
    years: [String: [ForceFigures]] = [:]
  ) throws(ReportError) -> [(String, BarChart)] {
    let byID = Dictionary(
      summaries.map { ($0.forceID, $0) }, uniquingKeysWith: { first, _ in first })
    let comparedRows = compared.compactMap { byID[$0.id] }
    let ranked = summaries.filter { $0.forceID != "unknown" }.sorted { $0.forceID < $1.forceID }
    return [
      (
        "money-by-class.svg",
        try money(
          comparedRows, measure: "gbp",
          title: "Money by class for each compared force",
          xLabel: "Pounds, nominal (exact and approximate amounts; bounds in labels)")
      ),
      (
        "per-100k-by-force.svg",
        try money(
          ranked, measure: "per_100k_gbp",
          title: "Money per 100,000 residents by force",
          xLabel: "Pounds per 100,000 residents (exact and approximate amounts)")
      ),
      ("staff-by-basis.svg", try staff(comparedRows)),
      (
        "money-by-year.svg",
        try money(
          compared.flatMap { years[$0.id, default: []] }, measure: "gbp",
          title: "Money by class and financial year for each compared force",
          xLabel: "Pounds, nominal (dated exact and approximate amounts; bounds in labels)",
          label: { "\($0.force) \($0.text("financial_year"))" })
      ),
    ]
  }

  private static func money(
    _ rows: [ForceFigures], measure: String, title: String, xLabel: String,
    label: (ForceFigures) -> String = \.force
  ) throws(ReportError) -> BarChart {
    var groups: [BarChart.Group] = []
    for row in rows {
      var bars: [BarChart.Bar] = []
      for (index, resourceClass) in classes.enumerated() {
        let point = try row.number("\(resourceClass.rawValue)_\(measure)")
        // The same words as the headline table: "none found", "no amount given", bounds.
        let label = try row.money(resourceClass, measure: measure)
        bars.append(BarChart.Bar(series: index, value: point, label: label))
      }
      groups.append(BarChart.Group(label: label(row), bars: bars))
    }
    return BarChart(
      title: title, xLabel: xLabel, yLabel: "Force and class",
      series: classes.map(\.rawValue), groups: groups, tick: { Text.pounds($0) })
  }

  private static func staff(_ rows: [ForceFigures]) throws(ReportError) -> BarChart {
    var groups: [BarChart.Group] = []
    for row in rows {
      var unknown: Decimal = 0
      for resourceClass in classes {
        unknown += try row.number("\(resourceClass.rawValue)_staff_basis_unknown")
      }
      let values = [
        try row.number("staff_full_time"), try row.number("staff_part_time"), unknown,
      ]
      let uncounted = try row.number("staff_uncounted")
      let label =
        uncounted > 0
        ? "\(row.force) (+\(Text.grouped(uncounted)) with no count)" : row.force
      groups.append(
        BarChart.Group(
          label: label,
          bars: values.enumerated().map { index, value in
            BarChart.Bar(series: index, value: value, label: Text.count(value))
          }))
    }
    return BarChart(
      title: "Staff by basis for each compared force", xLabel: "Staff (people counted)",
      yLabel: "Force and basis", series: ["full time", "part time", "basis not given"],
      groups: groups, tick: { Text.count($0) })
  }
}
