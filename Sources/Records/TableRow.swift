import CSV
import Foundation

/// A record that a stage writes as one CSV row and the next stage reads back.
public protocol TableRow: Sendable {
  /// The header, in order; the one place the snake_case CSV names are spelled.
  static var columns: [String] { get }
  /// Reads a row; `file` names the file in errors.
  init(record: CSVRecord, file: String) throws(RecordError)
  /// The fields in `columns` order.
  var fields: [String] { get }
}

extension TableRow {
  /// Reads every row of a file of this type, calling `body` for each, one at a time.
  /// - Throws: `RecordError` for a malformed file or row, or whatever `body` throws.
  public static func forEach(
    in url: URL, name: String? = nil, _ body: (Self) throws -> Void
  ) throws {
    let display = name ?? url.path
    let reader: CSVReader
    do {
      reader = try CSVReader(url: url, name: display)
      try reader.require(columns: columns)
    } catch { throw RecordError.csv(error) }
    while true {
      let record: CSVRecord?
      do { record = try reader.next() } catch { throw RecordError.csv(error) }
      guard let record else { return }
      try body(try Self(record: record, file: display))
    }
  }

  /// Reads every row of a file of this type into memory.
  /// - Throws: `RecordError` for a malformed file or row.
  public static func readAll(from url: URL, name: String? = nil) throws(RecordError) -> [Self] {
    var rows: [Self] = []
    do {
      try forEach(in: url, name: name) { rows.append($0) }
    } catch let error as RecordError {
      throw error
    } catch {
      throw .csv(.io("\(error)", file: name ?? url.path))
    }
    return rows
  }

  /// Writes rows of this type to a file, atomically.
  /// - Throws: `RecordError.csv` when the file cannot be written.
  public static func write(_ rows: [Self], to url: URL) throws(RecordError) {
    do {
      try CSVWriter.write(rows.map(\.fields), header: columns, to: url)
    } catch { throw .csv(error) }
  }
}

/// Reads typed fields out of a CSV record, naming the file and line when one is wrong.
public struct FieldReader {
  public let record: CSVRecord
  public let file: String

  public init(_ record: CSVRecord, file: String) {
    self.record = record
    self.file = file
  }

  public var position: SourcePosition { SourcePosition(file: file, line: record.line) }

  /// The text of a column (`""` when the header lacks it).
  public func text(_ column: String) -> String { record[column] ?? "" }

  /// The text of a column that must not be empty.
  public func required(_ column: String) throws(RecordError) -> String {
    let value = text(column)
    guard !value.isEmpty else { throw .missingValue(column: column, at: position) }
    return value
  }

  /// An optional whole number.
  public func int(_ column: String) throws(RecordError) -> Int? {
    let value = text(column)
    if value.isEmpty { return nil }
    guard let number = Int(value) else {
      throw .badValue(column: column, value: value, expected: "a whole number", at: position)
    }
    return number
  }

  /// An optional count of staff: a plain number of zero or more that may keep a fraction of
  /// full-time equivalents ("9.5", "0.6", "12"), read exactly.
  public func count(_ column: String) throws(RecordError) -> Decimal? {
    let value = text(column)
    if value.isEmpty { return nil }
    guard let number = PlainNumber.count(from: value) else {
      throw .badValue(
        column: column, value: value, expected: "a plain number of staff such as 3 or 9.5",
        at: position)
    }
    return number
  }

  /// An optional plain decimal number (no symbol, no separators).
  public func decimal(_ column: String) throws(RecordError) -> Decimal? {
    let value = text(column)
    if value.isEmpty { return nil }
    guard value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
      let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))
    else {
      throw .badValue(column: column, value: value, expected: "a plain number", at: position)
    }
    return number
  }

  /// An optional value of a closed set spelled by its raw value.
  public func value<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type)
    throws(RecordError) -> T? where T.RawValue == String
  {
    let value = text(column)
    if value.isEmpty { return nil }
    guard let parsed = T(rawValue: value) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw .badValue(column: column, value: value, expected: "one of \(allowed)", at: position)
    }
    return parsed
  }

  /// A `;`-joined list of financial years.
  public func years(_ column: String) throws(RecordError) -> [FinancialYear] {
    let value = text(column)
    guard let years = FinancialYear.split(value) else {
      throw .badValue(
        column: column, value: value, expected: "financial years such as 2015-16;2016-17",
        at: position)
    }
    return years
  }
}

/// Formats numbers the way every CSV of the project writes them: plain, no separators.
public enum PlainNumber {
  /// `Decimal` as plain text, rounded to pennies; `""` for `nil`.
  public static func text(_ value: Decimal?, places: Int = 2) -> String {
    guard var value else { return "" }
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, places, .bankers)
    return NSDecimalNumber(decimal: rounded).stringValue
  }

  /// An optional whole number as text.
  public static func text(_ value: Int?) -> String { value.map(String.init) ?? "" }

  /// A count of staff written plainly ("3", "9.5", "13.0"), read exactly; `nil` for anything
  /// else (a sign, separators, a second point, no digit before or after the point).
  public static func count(from text: String) -> Decimal? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  /// A count of staff, or a sum of counts, exactly as it is: never rounded, no trailing zeros
  /// and no decimal point for a whole count ("9.5", "0.25", "12"); `""` for `nil`.
  public static func count(_ value: Decimal?) -> String {
    guard let value else { return "" }
    return NSDecimalNumber(decimal: value).stringValue
  }
}

extension TableRow {
  /// Copies a file of this type row by row into `target`, checking every row on the way, as a
  /// stage does with the files it passes on unchanged (`documents.csv`, `requests.csv`); `each`
  /// sees every row, so the stage can keep what it needs of them without reading them twice.
  /// - Throws: `RecordError` naming `name` and the line of the first bad row.
  public static func copy(
    from source: URL, to target: URL, name: String, each: (Self) -> Void = { _ in }
  ) throws(RecordError) {
    do {
      let reader = try CSVReader(url: source, name: name)
      try reader.require(columns: columns)
      let writer = try CSVWriter(url: target, header: columns)
      while let record = try reader.next() {
        let row = try Self(record: record, file: name)
        try writer.write(row.fields)
        each(row)
      }
      try writer.finish()
    } catch let error as RecordError {
      throw error
    } catch let error as CSVError {
      throw .csv(error)
    } catch {
      throw .csv(.io("\(error)", file: name))
    }
  }
}

/// Names files the way the user would: relative to the working folder when inside it.
public enum DisplayPath {
  /// `Inputs/overrides.csv` rather than an absolute path, where possible.
  public static func of(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .standardizedFileURL.path
    let prefix = current.hasSuffix("/") ? current : current + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
