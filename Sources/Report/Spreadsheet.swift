import CSV
import Foundation
import XLSX

/// Writes `benchmark.xlsx`: the published tables as typed sheets, for analysts who work in a
/// spreadsheet rather than read CSV files as data.
///
/// Each table is read back from the CSV just written, so a sheet holds the same rows and values
/// as its file: money and counts become numbers (with £ and thousands formats), true/false
/// becomes a boolean and everything else a string cell, never a formula. The first sheet says
/// what each sheet and column means, from the same descriptions as `datapackage.json`.
enum Spreadsheet {
  static let name = "benchmark.xlsx"
  /// Widest column, in characters: quotes and contexts would otherwise fill the screen.
  static let widestColumn = 60

  static func write(title: String, tables: [DataPackage.Table], in folder: URL)
    throws(ReportError)
  {
    do {
      try AtomicFile.write(to: folder.appendingPathComponent(name)) { temporary in
        let workbook = try Workbook(path: temporary.path, title: title, scratch: folder)
        try writeAbout(title: title, tables: tables, to: try workbook.addSheet("About"))
        for table in tables {
          try writeTable(
            table, from: folder.appendingPathComponent("\(table.name).csv"),
            to: try workbook.addSheet(table.name))
        }
        try workbook.close()
      }
    } catch { throw .csv(error) }
  }

  /// What a cell of a column becomes in the workbook.
  enum CellType: Equatable {
    case text, pounds, count, plainNumber, boolean

    init(column: String, table: String) {
      switch DataPackage.column(column, table: table).type {
      case "number": self = column.contains("gbp") ? .pounds : .count
      // Years and character offsets read wrong with a thousands separator.
      case "integer":
        self =
          column.hasSuffix("_year") || column == "start" || column == "end" ? .plainNumber : .count
      case "boolean": self = .boolean
      default: self = .text
      }
    }

    var word: String {
      switch self {
      case .text: "text"
      case .pounds: "money (£)"
      case .count, .plainNumber: "number"
      case .boolean: "true/false"
      }
    }
  }

  private static func writeAbout(
    title: String, tables: [DataPackage.Table], to sheet: Workbook.Sheet
  )
    throws
  {
    let lines = [
      "Every sheet after this one is a table of Outputs/report/: the CSV file of the same name, "
        + "with the same rows and values. Money and counts are numbers, true/false is a boolean, "
        + "and text is always text, never a formula, even when it begins with =, +, - or @. "
        + "An empty cell is an empty field of the CSV: the fact or total gives no value.",
      "A text cell longer than Excel's limit of \(Workbook.maximumCellCharacters) characters "
        + "ends with '\u{2026}' here, and a sheet holds at most \(Workbook.maximumRows - 1) rows; "
        + "the CSV files always hold everything.",
    ]
    try sheet.write(text: title, row: 0, column: 0, bold: true)
    for (offset, line) in lines.enumerated() {
      try sheet.write(text: line, row: 1 + offset, column: 0)
    }
    var row = lines.count + 2
    for (column, heading) in ["sheet", "column", "type", "meaning"].enumerated() {
      try sheet.write(text: heading, row: row, column: column, bold: true)
    }
    for table in tables {
      row += 1
      try sheet.write(text: table.name, row: row, column: 0, bold: true)
      try sheet.write(text: table.title, row: row, column: 3, bold: true)
      for column in table.columns {
        row += 1
        try sheet.write(text: table.name, row: row, column: 0)
        try sheet.write(text: column, row: row, column: 1)
        try sheet.write(text: CellType(column: column, table: table.name).word, row: row, column: 2)
        try sheet.write(
          text: DataPackage.column(column, table: table.name).description, row: row, column: 3)
      }
    }
    for (column, width) in [16.0, 24, 12].enumerated() {
      try sheet.setWidth(width, column: column)
    }
    try sheet.setWidth(100, column: 3, wrap: true)
  }

  private static func writeTable(
    _ table: DataPackage.Table, from url: URL, to sheet: Workbook.Sheet
  )
    throws
  {
    let reader = try CSVReader(url: url, name: url.lastPathComponent)
    let columns = reader.header.names
    let types = columns.map { CellType(column: $0, table: table.name) }
    var widths = columns.map { $0.count }
    for (column, name) in columns.enumerated() {
      try sheet.write(text: name, row: 0, column: column, bold: true)
    }
    var row = 0
    while let record = try reader.next(), row + 1 < Workbook.maximumRows {
      row += 1
      for (column, field) in record.fields.enumerated() where !field.isEmpty {
        try write(field, as: types[column], row: row, column: column, to: sheet)
        widths[column] = max(widths[column], min(field.count, widestColumn))
      }
    }
    for (column, width) in widths.enumerated() {
      try sheet.setWidth(Double(min(width, widestColumn) + 2), column: column)
    }
    try sheet.freezeHeader(rows: row + 1, columns: columns.count)
  }

  /// How a number cell of a column shows: a count with a fraction (full-time equivalents,
  /// "9.5") shows its decimals, a whole count none.
  static func format(_ number: Double, as type: CellType) -> Workbook.NumberFormat {
    switch type {
    case .pounds: .pounds
    case .count: number.rounded() == number ? .count : .fraction
    default: .plain
    }
  }

  private static func write(
    _ field: String, as type: CellType, row: Int, column: Int, to sheet: Workbook.Sheet
  ) throws {
    switch type {
    case .pounds, .count, .plainNumber:
      // The CSV's numbers are plain ("1500", "12.5"); anything else stays as the text it is.
      guard let number = Double(field), number.isFinite else { break }
      try sheet.write(number: number, row: row, column: column, format: format(number, as: type))
      return
    case .boolean:
      guard field == "true" || field == "false" else { break }
      try sheet.write(boolean: field == "true", row: row, column: column)
      return
    case .text:
      break
    }
    try sheet.write(text: field, row: row, column: column)
  }
}
