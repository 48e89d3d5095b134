import Foundation
import Records

/// Builds `benchmark.md`: the headline table, a cited section per force, data quality, method.
///
/// Everything is derived from the tables, so the same tables give the same bytes; no clock
/// time is written.
struct Benchmark {
  var title: String
  var baseYear: FinancialYear
  /// The compared forces in the pipeline's order: id and short name.
  var compared: [(id: String, name: String)]
  var summaries: [String: ForceFigures]
  /// First mentions of the compared forces, in document then offset order.
  var facts: [String: [Fact]]
  /// Repeats of each first mention, by the id of the fact they repeat.
  var repeats: [String: [Fact]]
  var documents: [String: DocumentRecord]
  /// How many facts each rule decided, by rule id.
  var ruleCounts: [String: Int]
  /// The reference sources named in `SOURCES.md`.
  var sources: [String]
  var totalFacts: Int
  var totalRepeats: Int
  /// The compared forces' rows of `force_year.csv`, in file order (by financial year).
  var years: [String: [ForceFigures]] = [:]

  private static let definitions: [(ResourceClass, String)] = [
    (.dedicated, "money or staff for modern slavery and human trafficking alone."),
    (.shared, "a fund or service that covers MSHT among other things."),
    (.absorbed, "MSHT work carried inside general budgets or part-time roles, no separable cost."),
    (.adjacent, "a related area, such as child sexual exploitation."),
    (.none, "an explicit \"no budget\" or \"no information held\"."),
    (.withheld, "an FOI exemption or a \"neither confirm nor deny\"."),
  ]

  static let flagMeanings: [(String, String)] = [
    ("conflicting_figures", "two documents give different figures for the same resource and year"),
    ("force_unknown", "the documents could not be tied to a force"),
    ("missing_population", "an amount has no per-resident figure (no population for the force)"),
    ("missing_real_terms", "an amount has no real-terms figure (no deflator for its year)"),
    ("no_facts", "the force's documents name no resource"),
    ("only_bounds", "a class's money is known only as bounds (\"up to\", \"over\")"),
    ("undated_amounts", "money with no financial year; it counts in the force total only"),
    ("withheld", "an answer was withheld under an FOI exemption"),
    ("years_not_covered", "years of the compared span with no fact for the force"),
  ]

  /// The report's Markdown.
  func markdown() throws(ReportError) -> String {
    var out: [String] = ["# \(Text.markdown(title))", ""]
    out.append(
      "Forces compared: \(compared.map { Text.markdown($0.name) }.joined(separator: ", ")). "
        + "Real-terms pounds are at \(baseYear) prices. \(totalFacts) facts were read, of which "
        + "\(totalRepeats) repeat an earlier mention and are not counted again.")
    out.append("")
    // A compared force with no documents is more often a stale `compare:` list than a force
    // that answered nothing; say which forces the documents are about.
    let missing = compared.filter { summaries[$0.id] == nil }
    if !missing.isEmpty {
      let present = summaries.values.filter { $0.forceID != "unknown" }
        .sorted { $0.force < $1.force }.map { Text.markdown($0.force) }
      out.append(
        "No documents are about \(missing.map { Text.markdown($0.name) }.joined(separator: ", ")). "
          + (present.isEmpty
            ? "No document could be tied to a force."
            : "The documents are about \(present.joined(separator: ", ")); "
              + "`compare:` in the pipeline file chooses the forces shown side by side."))
      out.append("")
    }
    try headline(into: &out)
    try yearByYear(into: &out)
    try national(into: &out)
    charts(into: &out)
    var footnotes: [String] = []
    for force in compared { forceSection(force, into: &out, footnotes: &footnotes) }
    dataQuality(into: &out)
    method(into: &out)
    if !footnotes.isEmpty {
      out.append("## Sources of figures")
      out.append("")
      out += footnotes
      out.append("")
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private func headline(into out: inout [String]) throws(ReportError) {
    out.append("## Headline")
    out.append("")
    out.append(
      "Money is the sum of exact and approximate amounts; bounds (\"up to\", \"over\") are shown "
        + "apart as the range the total can lie in. \"none found\" means the documents name no "
        + "such amount, not that nothing is spent.")
    out.append("")
    out.append("| Measure | " + compared.map { cell($0.name) }.joined(separator: " | ") + " |")
    out.append("| --- |" + String(repeating: " ---: |", count: compared.count))
    func row(_ label: String, _ value: (ForceFigures) throws(ReportError) -> String)
      throws(ReportError)
    {
      var cells: [String] = []
      for force in compared {
        if let summary = summaries[force.id] {
          cells.append(cell(try value(summary)))
        } else {
          cells.append("no documents")
        }
      }
      out.append("| \(label) | " + cells.joined(separator: " | ") + " |")
    }
    for resourceClass in [ResourceClass.dedicated, .shared, .absorbed, .adjacent] {
      try row("\(resourceClass.rawValue.capitalized) money") { summary throws(ReportError) in
        try summary.money(resourceClass)
      }
    }
    try row("Dedicated money at \(baseYear) prices") { summary throws(ReportError) in
      try summary.money(.dedicated, measure: "real_gbp")
    }
    try row("Dedicated money per 100,000 residents") { summary throws(ReportError) in
      try summary.money(.dedicated, measure: "per_100k_gbp")
    }
    try row("Staff, full time") { summary throws(ReportError) in
      Text.count(try summary.number("staff_full_time"))
    }
    try row("Staff, part time") { summary throws(ReportError) in
      Text.count(try summary.number("staff_part_time"))
    }
    try row("Staff mentioned with no count") { summary throws(ReportError) in
      Text.grouped(try summary.number("staff_uncounted"))
    }
    // Statements are mostly "none", "absorbed" or "withheld"; rows of zeros for every compared
    // force would only bury those.
    for resourceClass in ResourceClass.allCases {
      var stated = false
      for force in compared {
        if let summary = summaries[force.id],
          try summary.number("statements_\(resourceClass.rawValue)") > 0
        {
          stated = true
        }
      }
      guard stated else { continue }
      try row("Statements: \(resourceClass.rawValue)") { summary throws(ReportError) in
        Text.grouped(try summary.number("statements_\(resourceClass.rawValue)"))
      }
    }
    try row("Documents") { summary throws(ReportError) in
      Text.grouped(try summary.number("documents"))
    }
    try row("Years covered") { summary in
      let years = summary.text("years_covered")
      return years.isEmpty ? "none" : years.replacingOccurrences(of: ";", with: ", ")
    }
    try row("Flags") { summary in
      summary.flags.isEmpty ? "none" : summary.flags.joined(separator: ", ")
    }
    let ranked = summaries.values.filter { $0.forceID != "unknown" }
    if ranked.count > compared.count {
      var values: [String: Decimal] = [:]
      for summary in ranked {
        values[summary.forceID] = try summary.number("dedicated_per_100k_gbp")
      }
      try row("Rank on dedicated money per 100,000 residents") { summary in
        let own = values[summary.forceID] ?? 0
        let above = values.values.filter { $0 > own }.count
        let tied = values.values.filter { $0 == own }.count > 1
        return "\(above + 1)\(tied ? " (tied)" : "") of \(ranked.count)"
      }
    }
    out.append("")
  }

  /// Each compared force's money and staff by financial year.
  private func yearByYear(into out: inout [String]) throws(ReportError) {
    out.append("## Year by year")
    out.append("")
    out.append(
      "Dated money and staff of each compared force by financial year (April to March), from "
        + "`force_year.csv`. A year that is not listed has no dated fact; \"none found\" means "
        + "the documents name no such amount that year, not that nothing was spent; money with "
        + "no year counts only in the force's total above. Real terms are at \(baseYear) prices.")
    out.append("")
    for force in compared {
      out.append("### \(Text.markdown(force.name))")
      out.append("")
      let rows = years[force.id, default: []]
      guard !rows.isEmpty else {
        out.append("No dated fact.")
        out.append("")
        continue
      }
      out.append(
        "| Financial year | Dedicated | Shared | Absorbed | Dedicated, real terms "
          + "| Dedicated per 100,000 residents | Staff (full time / part time) |")
      out.append("| --- |" + String(repeating: " ---: |", count: 6))
      for row in rows {
        var fullTime: Decimal = 0
        var partTime: Decimal = 0
        for resourceClass in [ResourceClass.dedicated, .shared, .absorbed] {
          fullTime += try row.number("\(resourceClass.rawValue)_staff_full_time")
          partTime += try row.number("\(resourceClass.rawValue)_staff_part_time")
        }
        let cells = [
          row.text("financial_year"), try row.money(.dedicated), try row.money(.shared),
          try row.money(.absorbed), try row.money(.dedicated, measure: "real_gbp"),
          try row.money(.dedicated, measure: "per_100k_gbp"),
          "\(Text.count(fullTime)) / \(Text.count(partTime))",
        ]
        out.append("| " + cells.map(cell).joined(separator: " | ") + " |")
      }
      out.append("")
    }
  }

  /// Every force with documents, by dedicated money per 100,000 residents.
  private func national(into out: inout [String]) throws(ReportError) {
    out.append("## Every force with documents")
    out.append("")
    out.append(
      "Ordered by dedicated money per 100,000 residents (all years together), highest first; "
        + "forces with no such figure follow by name. The flags are explained under Data quality.")
    out.append("")
    out.append("| Force | Dedicated per 100,000 residents | Dedicated | Documents | Flags |")
    out.append("| --- | ---: | ---: | ---: | --- |")
    var ranked: [(ForceFigures, Decimal?)] = []
    for figures in summaries.values where figures.forceID != "unknown" {
      ranked.append((figures, try figures.decimal("dedicated_per_100k_gbp")))
    }
    ranked.sort { lhs, rhs in
      switch (lhs.1, rhs.1) {
      case (let left?, let right?) where left != right: return left > right
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.0.force < rhs.0.force
      }
    }
    for (figures, _) in ranked {
      let cells = [
        figures.force, try figures.money(.dedicated, measure: "per_100k_gbp"),
        try figures.money(.dedicated), figures.text("documents"),
        figures.flags.joined(separator: ", "),
      ]
      out.append("| " + cells.map(cell).joined(separator: " | ") + " |")
    }
    out.append("")
  }

  private func charts(into out: inout [String]) {
    out.append("## Charts")
    out.append("")
    out.append("![Money by class for each compared force](charts/money-by-class.svg)")
    out.append("")
    out.append("![Money per 100,000 residents by force](charts/per-100k-by-force.svg)")
    out.append("")
    out.append("![Staff by basis for each compared force](charts/staff-by-basis.svg)")
    out.append("")
    out.append(
      "![Money by class and financial year for each compared force](charts/money-by-year.svg)")
    out.append("")
  }

  private func forceSection(
    _ force: (id: String, name: String), into out: inout [String], footnotes: inout [String]
  ) {
    out.append("## \(Text.markdown(force.name))")
    out.append("")
    let facts = self.facts[force.id, default: []]
    guard !facts.isEmpty else {
      out.append(
        summaries[force.id] == nil
          ? "No document about this force was read." : "Its documents name no resource.")
      out.append("")
      return
    }
    for fact in facts {
      let mark = footnote(for: fact, into: &footnotes)
      var line = "- **\(fact.resourceClass?.rawValue.capitalized ?? "Unclassified")** "
      switch fact.kind {
      case .funding:
        line += "funding: "
        if let amount = fact.amount {
          let prefix: String
          switch fact.qualifier {
          case .upTo: prefix = "up to "
          case .over: prefix = "over "
          case .approx: prefix = "about "
          case .exact, nil: prefix = ""
          }
          let figure =
            fact.amountHigh.map { "\(Text.pounds(amount))–\(Text.pounds($0))" }
            ?? Text.pounds(amount)
          line += prefix + figure + mark
        } else {
          line += "no amount given" + mark
        }
      case .staff:
        line += "staff: "
        if let count = fact.staffCount {
          let basis = fact.staffBasis.map { $0 == .fullTime ? " full time" : " part time" } ?? ""
          line += "\(Text.count(count))\(mark)\(basis)"
        } else {
          line += "a team or post with no count given\(mark)"
        }
      case .statement:
        line += "statement\(mark)"
      }
      line +=
        fact.financialYears.isEmpty
        ? ", no financial year given"
        : ", " + fact.financialYears.map(\.description).joined(separator: ", ")
      line += " (\(Text.markdown(fact.document)))"
      for repeated in repeats[fact.id, default: []] {
        let repeatMark = footnote(for: repeated, into: &footnotes)
        line +=
          "; also mentioned in \(Text.markdown(repeated.document))"
          + "\(dated(repeated.document))\(repeatMark), not counted again"
      }
      out.append(line)
    }
    out.append("")
  }

  private func dated(_ document: String) -> String {
    guard let date = documents[document]?.date else { return "" }
    return " (\(date))"
  }

  private func footnote(for fact: Fact, into footnotes: inout [String]) -> String {
    let label = "f\(footnotes.count + 1)"
    let record = documents[fact.document]
    let type = (record?.type ?? fact.documentType).rawValue.replacingOccurrences(of: "_", with: " ")
    let date = (record?.date ?? fact.documentDate)?.description ?? "undated"
    footnotes.append(
      "[^\(label)]: \(Text.markdown(fact.document)), \(type), \(date): "
        + "\"\(Text.markdown(fact.quote))\"")
    return "[^\(label)]"
  }

  private func dataQuality(into out: inout [String]) {
    out.append("## Data quality")
    out.append("")
    out.append("| Force | Flags | Years not covered | Repeats left out |")
    out.append("| --- | --- | --- | ---: |")
    for id in summaries.keys.sorted() {
      guard let summary = summaries[id] else { continue }
      let years = summary.text("years_not_covered").replacingOccurrences(of: ";", with: ", ")
      out.append(
        "| \(cell(summary.force)) | \(cell(summary.flags.isEmpty ? "none" : summary.flags.joined(separator: ", "))) "
          + "| \(cell(years.isEmpty ? "none" : years)) | \(cell(summary.text("repeats"))) |")
    }
    out.append("")
    out.append("What the flags mean:")
    out.append("")
    for (flag, meaning) in Self.flagMeanings {
      out.append("- `\(flag)`: \(Text.markdown(meaning)).")
    }
    out.append("")
  }

  private func method(into out: inout [String]) {
    out.append("## Method")
    out.append("")
    out.append("Each fact has one of six classes:")
    out.append("")
    for (resourceClass, definition) in Self.definitions {
      out.append("- **\(resourceClass.rawValue)**: \(Text.markdown(definition))")
    }
    out.append("")
    out.append("The classification rules used, and how many facts each decided:")
    out.append("")
    out.append("| Rule | Facts |")
    out.append("| --- | ---: |")
    for rule in ruleCounts.keys.sorted() {
      out.append("| \(cell(rule.isEmpty ? "(none)" : rule)) | \(ruleCounts[rule, default: 0]) |")
    }
    out.append("")
    out.append(
      "- **Bounds**: an amount stated as \"up to\" or \"over\" is a bound, never added as if "
        + "exact. The money figures add exact and approximate amounts only; the range beside "
        + "them adds the lower bound of every \"over\" amount to the low end and the upper bound "
        + "of every \"up to\" amount to the high end, and has no high end once an \"over\" "
        + "amount is in it.")
    out.append(
      "- **Repeats**: the same resource mentioned more than once (the same amount or staff "
        + "count with the same distinctive words, in one document or in several about the same "
        + "force, or consecutive statements of one class) counts once; later mentions are "
        + "shown as \"also mentioned in\" and carry `repeat_of` in facts.csv.")
    out.append(
      "- **Years**: UK financial years, 1 April to 31 March. Money covering several years is "
        + "shared evenly among them in force\\_year.csv; undated money counts in force totals only."
    )
    out.append(
      "- **Real terms**: pounds at \(baseYear) prices using GDP deflators; per 100,000 residents "
        + "uses the force area's population.")
    out.append("")
    if !sources.isEmpty {
      out.append("Reference data (from Inputs/reference/SOURCES.md):")
      out.append("")
      for source in sources { out.append("- \(Text.markdown(source))") }
      out.append("")
    }
  }

  /// A table cell: Markdown-escaped, so a `|` stays inside its cell.
  private func cell(_ text: String) -> String { Text.markdown(text) }
}
