import CSV
import Foundation

/// Writes `changes.md`: what a quarterly publication adds, removes or changes against the last one.
///
/// It compares `documents.csv` by document, `facts.csv` by `fact_id` on the published columns of
/// DESIGN.md, and `force_summary.csv` by `force_id`, and quotes every fact it lists. It holds the
/// as-of date and the quarters only, never the wall clock, so the same inputs give the same bytes.
public struct ChangesReport: Sendable {
  /// The quarter being published.
  public var quarter: Quarter
  /// The date it is published as of.
  public var asOf: CalendarDate
  /// The previous published quarter, or `nil` for the first.
  public var previous: Quarter?

  /// The published `facts.csv` columns compared between quarters (all but `fact_id`).
  public static let factColumns = [
    "document", "force_id", "force", "document_date", "document_type", "kind", "amount_gbp",
    "amount_qualifier", "staff_count", "staff_basis", "financial_years", "period_text",
    "classification", "rule", "quote", "repeat_of",
  ]

  /// Makes a report for a quarter.
  public init(quarter: Quarter, asOf: CalendarDate, previous: Quarter?) {
    self.quarter = quarter
    self.asOf = asOf
    self.previous = previous
  }

  /// The Markdown comparing the folder being published with the previous quarter's folder.
  /// - Parameters:
  ///   - current: The folder being published (a copy of `Outputs/report`).
  ///   - earlier: The previous quarter's folder, or `nil` for the first quarter.
  ///   - workspace: Names files in errors.
  /// - Throws: `PipelineError.csv` when a table of either folder cannot be read.
  public func markdown(current: URL, earlier: URL?, in workspace: Workspace) throws(PipelineError)
    -> String
  {
    var paragraphs = ["# Changes in \(quarter)"]
    guard let earlier, let previous else {
      paragraphs.append("Published as of \(asOf).")
      paragraphs.append("This is the first published quarter: no earlier quarter to compare with.")
      return paragraphs.joined(separator: "\n\n") + "\n"
    }
    paragraphs.append(
      "Published as of \(asOf), compared with \(previous), the previous published quarter.")
    let load = { (folder: URL, file: String, key: String) throws(PipelineError) -> KeyedTable? in
      try KeyedTable.load(folder.appendingPathComponent(file), key: key, in: workspace)
    }
    paragraphs += section(
      "Documents", file: "documents.csv", new: try load(current, "documents.csv", "document"),
      old: try load(earlier, "documents.csv", "document"), columns: ["sha256"],
      describe: Self.document, changedTitle: "Changed (same name, new content)")
    paragraphs += section(
      "Facts", file: "facts.csv", new: try load(current, "facts.csv", "fact_id"),
      old: try load(earlier, "facts.csv", "fact_id"), columns: Self.factColumns,
      describe: Self.fact, changedTitle: "Changed")
    let summaryNew = try load(current, "force_summary.csv", "force_id")
    let summaryOld = try load(earlier, "force_summary.csv", "force_id")
    let figureColumns = (summaryNew?.columns ?? []).filter {
      !["force_id", "force", "name", "short_name"].contains($0)
    }
    paragraphs += section(
      "Force figures", file: "force_summary.csv", new: summaryNew, old: summaryOld,
      columns: figureColumns, describe: Self.force, changedTitle: "Figures moved")
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  /// One section's paragraphs: rows added, removed, and changed in the given columns.
  private func section(
    _ title: String, file: String, new: KeyedTable?, old: KeyedTable?, columns: [String],
    describe: (String, [String: String]) -> String, changedTitle: String
  ) -> [String] {
    let heading = "## \(title)"
    guard let new, let old else {
      let missing = new == nil ? "this quarter" : previous.map(\.description) ?? "the last quarter"
      return [heading, "Not compared: `\(file)` is not in \(missing)."]
    }
    let added = new.keys.filter { old.rows[$0] == nil }
    let removed = old.keys.filter { new.rows[$0] == nil }
    let compared = columns.filter { new.columns.contains($0) && old.columns.contains($0) }
    var changed: [(String, [String])] = []
    for key in new.keys {
      guard let before = old.rows[key], let after = new.rows[key] else { continue }
      let differences = compared.compactMap { column -> String? in
        let was = before[column] ?? ""
        let now = after[column] ?? ""
        return was == now ? nil : "\(column) \(Self.shown(was)) → \(Self.shown(now))"
      }
      if !differences.isEmpty { changed.append((key, differences)) }
    }
    if added.isEmpty, removed.isEmpty, changed.isEmpty { return [heading, "No changes."] }
    return [heading]
      + list("Added", added.map { describe($0, new.rows[$0] ?? [:]) })
      + list("Removed", removed.map { describe($0, old.rows[$0] ?? [:]) })
      + list(
        changedTitle,
        changed.map { key, differences in
          "\(describe(key, new.rows[key] ?? [:])); \(differences.joined(separator: "; "))"
        })
  }

  private func list(_ title: String, _ items: [String]) -> [String] {
    guard !items.isEmpty else { return ["\(title): none."] }
    return ["\(title) (\(items.count)):", items.map { "- \($0)" }.joined(separator: "\n")]
  }

  private static func shown(_ value: String) -> String {
    value.isEmpty ? "(empty)" : "'\(flat(value))'"
  }

  private static func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  private static func document(_ key: String, _ row: [String: String]) -> String {
    let details = [row["force"], row["document_type"], row["document_date"]]
      .compactMap { $0 }.filter { !$0.isEmpty }
    return "`\(key)`" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
  }

  /// A plain CSV amount as people read money: `45000` as `45,000`, `1200.5` as `1,200.5`.
  static func grouped(_ amount: String) -> String {
    let parts = amount.split(separator: ".", maxSplits: 1)
    guard let whole = parts.first, whole.allSatisfy(\.isNumber) else { return amount }
    var digits = ""
    for (index, digit) in whole.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { digits.append(",") }
      digits.append(digit)
    }
    return String(digits.reversed()) + (parts.count > 1 ? ".\(parts[1])" : "")
  }

  private static func fact(_ key: String, _ row: [String: String]) -> String {
    var parts: [String] = []
    for column in ["force", "kind"] {
      if let value = row[column], !value.isEmpty { parts.append(value) }
    }
    if let amount = row["amount_gbp"], !amount.isEmpty {
      let qualifier = row["amount_qualifier"].flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
      parts.append("£\(grouped(amount))\(qualifier)")
    }
    if let staff = row["staff_count"], !staff.isEmpty {
      let basis = row["staff_basis"].flatMap { $0.isEmpty ? nil : " \($0)" } ?? ""
      parts.append("\(staff) staff\(basis)")
    }
    for column in ["financial_years", "classification"] {
      if let value = row[column], !value.isEmpty { parts.append(value) }
    }
    let quote = flat(row["quote"] ?? "")
    let document = row["document"].flatMap { $0.isEmpty ? nil : " in `\($0)`" } ?? ""
    return "`\(key)` \(parts.joined(separator: ", ")): \"\(quote)\"\(document)"
  }

  private static func force(_ key: String, _ row: [String: String]) -> String {
    let name = row["force"] ?? row["short_name"] ?? row["name"] ?? ""
    return name.isEmpty ? "`\(key)`" : "\(name) (`\(key)`)"
  }
}

/// A CSV table held by the value of one key column, for comparing two versions of it.
struct KeyedTable {
  /// The header's column names.
  var columns: [String]
  /// Each row's fields by column, by key.
  var rows: [String: [String: String]]
  /// The keys in file order.
  var keys: [String]

  /// Reads a table, or `nil` when the file does not exist.
  /// - Parameter key: The column identifying a row; the first column when the header lacks it.
  /// - Throws: `PipelineError.csv` for a malformed file.
  static func load(_ url: URL, key: String, in workspace: Workspace) throws(PipelineError)
    -> KeyedTable?
  {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    do {
      let reader = try CSVReader(url: url, name: workspace.display(url))
      let columns = reader.header.names
      let keyColumn = columns.contains(key) ? key : columns.first ?? key
      var table = KeyedTable(columns: columns, rows: [:], keys: [])
      while let record = try reader.next() {
        let value = record[keyColumn] ?? ""
        guard table.rows[value] == nil else { continue }
        table.rows[value] = Dictionary(
          zip(columns, record.fields).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        table.keys.append(value)
      }
      return table
    } catch {
      throw .csv(error)
    }
  }
}
