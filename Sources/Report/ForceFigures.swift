import CSV
import Foundation
import Records

/// One row of `force_summary.csv`, read by column name.
///
/// Report does not depend on the aggregate module, so it reads the table the way any user
/// would: by the column names `datapackage.json` documents.
struct ForceFigures: Sendable {
  var forceID: String
  var force: String
  private var cells: [String: String]
  private var position: SourcePosition

  init(record: CSVRecord, file: String) {
    cells = Dictionary(
      zip(record.header.names, record.fields), uniquingKeysWith: { first, _ in first })
    forceID = cells["force_id"] ?? ""
    force = cells["force"] ?? forceID
    position = SourcePosition(file: file, line: record.line)
  }

  /// The text of a column, `""` when empty or absent.
  func text(_ column: String) -> String { cells[column] ?? "" }

  /// A number, `nil` when the cell is empty.
  func decimal(_ column: String) throws(ReportError) -> Decimal? {
    let value = text(column)
    if value.isEmpty { return nil }
    guard value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
      let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))
    else { throw .badNumber(column: column, value: value, at: position) }
    return number
  }

  /// A number, 0 when the cell is empty.
  func number(_ column: String) throws(ReportError) -> Decimal { try decimal(column) ?? 0 }

  /// A money cell: the exact figure with its bounds, ready for a table.
  func money(_ resourceClass: ResourceClass, measure: String = "gbp") throws(ReportError) -> String
  {
    let prefix = "\(resourceClass.rawValue)_\(measure)"
    let amounts = try number("\(resourceClass.rawValue)_amounts")
    let unquantified = try number("\(resourceClass.rawValue)_unquantified_funding")
    let point = try decimal(prefix)
    let lowBound = try decimal("\(prefix)_low")
    let measured = point != nil || lowBound != nil
    var text: String
    if amounts == 0 {
      text = unquantified > 0 ? "no amount given" : "none found"
    } else if !measured {
      // Amounts exist but none has this measure (no deflator or population for its year).
      text = "not available (see flags)"
    } else {
      let point = try number(prefix)
      let low = try number("\(prefix)_low")
      let high = try decimal("\(prefix)_high")
      text = Text.pounds(point)
      if high == nil {
        text += " (with bounds: at least \(Text.pounds(low)))"
      } else if let high, low != point || high != point {
        text += " (with bounds: \(Text.pounds(low)) to \(Text.pounds(high)))"
      }
    }
    if amounts > 0, unquantified > 0 {
      text += "; and \(Text.grouped(unquantified)) with no amount"
    }
    return text
  }

  /// The flags as a list.
  var flags: [String] { text("flags").split(separator: ";").map(String.init) }

  /// Reads every row of `force_summary.csv`, or of `force_year.csv` (the same money and staff
  /// columns, one row per force and financial year).
  static func readAll(from url: URL, name: String = "force_summary.csv") throws(ReportError)
    -> [ForceFigures]
  {
    do {
      let reader = try CSVReader(url: url, name: name)
      try reader.require(columns: ["force_id", "force"])
      var rows: [ForceFigures] = []
      while let record = try reader.next() {
        rows.append(ForceFigures(record: record, file: name))
      }
      return rows
    } catch { throw .csv(error) }
  }
}
