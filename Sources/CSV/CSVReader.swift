import CCSV
import Foundation

/// The column names of a CSV file's header row, with lookup by name.
public struct CSVHeader: Sendable, Equatable {
  /// The names in file order.
  public let names: [String]
  private let positions: [String: Int]

  /// Makes a header from names in file order; the first of two equal names wins a lookup.
  public init(_ names: [String]) {
    self.names = names
    var positions: [String: Int] = [:]
    for (index, name) in names.enumerated() where positions[name] == nil {
      positions[name] = index
    }
    self.positions = positions
  }

  /// The position of a column, or `nil` when the header lacks it.
  public func position(of name: String) -> Int? { positions[name] }
}

/// One data row of a CSV file, read against its header.
public struct CSVRecord: Sendable, Equatable {
  /// The physical line of the file on which the row starts (the header is line 1).
  public let line: Int
  /// The fields in file order.
  public let fields: [String]
  /// The header the row was read against.
  public let header: CSVHeader

  /// The field under a column: `""` for an empty field, `nil` when the header has no such column.
  public subscript(column: String) -> String? {
    guard let position = header.position(of: column) else { return nil }
    return fields[position]
  }
}

/// Reads a CSV file one row at a time with libcsv, so a file of any size never sits in memory.
///
/// Strict RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks; CRLF and LF
/// both end a row; a UTF-8 byte-order mark is dropped; spaces around fields are kept as they are.
/// A row whose field count differs from the header's is an error, as is invalid UTF-8.
public final class CSVReader {
  /// The name used in error messages, usually the path as the user gave it.
  public let file: String
  /// The header row.
  public private(set) var header: CSVHeader = CSVHeader([])

  private let source: ByteSource
  private let parser: UnsafeMutablePointer<csv_parser>
  private let collector = RowCollector()
  private var pending: [CollectedRow] = []
  private var pendingIndex = 0
  private var physicalLine = 0
  private var finished = false
  private var atStart = true

  /// Opens a file and reads its header row.
  /// - Parameters:
  ///   - url: The file to read.
  ///   - name: The name to use in error messages; defaults to the path.
  /// - Throws: `CSVError` when the file cannot be opened or its header cannot be read.
  public convenience init(url: URL, name: String? = nil) throws(CSVError) {
    let display = name ?? url.path
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw .io("cannot open the file (\(Self.reason(error)))", file: display)
    }
    try self.init(source: .file(handle), name: display)
  }

  /// Reads CSV held in memory, such as a test fixture.
  /// - Throws: `CSVError` when the header cannot be read.
  public convenience init(data: Data, name: String) throws(CSVError) {
    try self.init(source: .memory(data), name: name)
  }

  private init(source: ByteSource, name: String) throws(CSVError) {
    self.source = source
    self.file = name
    parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
    let options = UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)
    guard csv_init(parser, options) == 0 else {
      parser.deallocate()
      throw .io("libcsv could not start a parser", file: name)
    }
    // libcsv trims spaces and tabs around unquoted fields by default; a cell must read back as
    // it was written.
    csv_set_space_func(parser) { _ in 0 }
    guard let first = try nextCollected() else { throw .empty(file: name) }
    let names = try decode(first)
    var seen: Set<String> = []
    for column in names where !seen.insert(column).inserted {
      throw .duplicateColumn(column, file: name)
    }
    header = CSVHeader(names)
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
    source.close()
  }

  /// Fails unless the header names every column in `columns`.
  /// - Throws: `CSVError.missingColumn` for the first column the header lacks.
  public func require(columns: [String]) throws(CSVError) {
    for column in columns where header.position(of: column) == nil {
      throw .missingColumn(column, file: file)
    }
  }

  /// Returns the next data row, or `nil` at the end of the file.
  /// - Throws: `CSVError` naming the line of the first malformed row.
  public func next() throws(CSVError) -> CSVRecord? {
    guard let row = try nextCollected() else { return nil }
    let fields = try decode(row)
    guard fields.count == header.names.count else {
      throw .wrongFieldCount(
        file: file, line: row.line, expected: header.names.count, found: fields.count)
    }
    return CSVRecord(line: row.line, fields: fields, header: header)
  }

  /// Reads every remaining row; for small files such as reference tables.
  /// - Throws: `CSVError` naming the line of the first malformed row.
  public func readAll() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    while let record = try next() { records.append(record) }
    return records
  }

  private func decode(_ row: CollectedRow) throws(CSVError) -> [String] {
    var fields: [String] = []
    fields.reserveCapacity(row.fields.count)
    for bytes in row.fields {
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .invalidUTF8(file: file, line: row.line)
      }
      fields.append(text)
    }
    return fields
  }

  private func nextCollected() throws(CSVError) -> CollectedRow? {
    while pendingIndex >= pending.count {
      pending.removeAll(keepingCapacity: true)
      pendingIndex = 0
      if finished { return nil }
      try feedNextLine()
      pending = collector.takeRows()
    }
    defer { pendingIndex += 1 }
    return pending[pendingIndex]
  }

  /// Feeds libcsv one physical line, so that every row knows the line it starts on.
  private func feedNextLine() throws(CSVError) {
    guard var line = try source.nextLine(file: file) else {
      let status = csv_fini(parser, fieldCallback, rowCallback, collectorPointer)
      finished = true
      if status != 0 {
        throw .unterminatedQuote(file: file, line: collector.rowStartLine ?? physicalLine)
      }
      return
    }
    physicalLine += 1
    collector.currentLine = physicalLine
    // A row starts on the first non-blank line after the previous row ended; libcsv skips blank
    // lines between rows but not inside a quoted field, where the row has already started.
    if collector.rowStartLine == nil && line.contains(where: { $0 != 0x0A && $0 != 0x0D }) {
      collector.rowStartLine = physicalLine
    }
    if atStart {
      atStart = false
      if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
    }
    let consumed = line.withUnsafeBytes { buffer in
      csv_parse(
        parser, buffer.baseAddress, buffer.count, fieldCallback, rowCallback, collectorPointer)
    }
    if consumed < line.count {
      finished = true
      let offending = line[consumed]
      if offending == UInt8(ascii: "\"") {
        throw .strayQuote(file: file, line: physicalLine)
      }
      throw .textAfterClosingQuote(file: file, line: physicalLine)
    }
  }

  private var collectorPointer: UnsafeMutableRawPointer {
    Unmanaged.passUnretained(collector).toOpaque()
  }

  private static func reason(_ error: any Error) -> String {
    (error as NSError).localizedFailureReason ?? error.localizedDescription
  }
}

/// A row as libcsv hands it over, before UTF-8 decoding.
private struct CollectedRow {
  var line: Int
  var fields: [[UInt8]]
}

/// Gathers libcsv's callbacks into rows; lives as long as its reader.
private final class RowCollector {
  var currentLine = 0
  /// The line the row being collected started on; `nil` between rows.
  var rowStartLine: Int?
  private var fields: [[UInt8]] = []
  private var rows: [CollectedRow] = []

  func addField(_ bytes: UnsafeRawBufferPointer) {
    fields.append(Array(bytes))
  }

  func endRow() {
    rows.append(CollectedRow(line: rowStartLine ?? currentLine, fields: fields))
    fields.removeAll(keepingCapacity: true)
    rowStartLine = nil
  }

  func takeRows() -> [CollectedRow] {
    defer { rows.removeAll(keepingCapacity: true) }
    return rows
  }
}

private let fieldCallback:
  @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?)
    -> Void = { bytes, count, context in
      guard let context else { return }
      let collector = Unmanaged<RowCollector>.fromOpaque(context).takeUnretainedValue()
      collector.addField(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }

private let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = {
  _, context in
  guard let context else { return }
  Unmanaged<RowCollector>.fromOpaque(context).takeUnretainedValue().endRow()
}

/// Where the reader's bytes come from, handed out one physical line at a time.
private final class ByteSource {
  enum Origin {
    case file(FileHandle)
    case memory(Data)
  }

  static func file(_ handle: FileHandle) -> ByteSource { ByteSource(.file(handle)) }
  static func memory(_ data: Data) -> ByteSource { ByteSource(.memory(data)) }

  private let origin: Origin
  private var buffer: [UInt8] = []
  private var start = 0
  private var exhausted = false

  private init(_ origin: Origin) {
    self.origin = origin
    if case .memory(let data) = origin {
      buffer = Array(data)
      exhausted = true
    }
  }

  func close() {
    if case .file(let handle) = origin { try? handle.close() }
  }

  /// The next line including its terminating LF, or `nil` at the end.
  func nextLine(file: String) throws(CSVError) -> [UInt8]? {
    while true {
      // A line ends at LF, CRLF or a CR alone (old Mac files), so every row knows its line.
      if let end = buffer[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
        var last = end
        if buffer[end] == 0x0D {
          if end + 1 == buffer.count, !exhausted {
            try refill(file: file)
            continue
          }
          if end + 1 < buffer.count, buffer[end + 1] == 0x0A { last = end + 1 }
        }
        let line = Array(buffer[start...last])
        start = last + 1
        return line
      }
      if exhausted {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        return line
      }
      try refill(file: file)
    }
  }

  private func refill(file: String) throws(CSVError) {
    guard case .file(let handle) = origin else {
      exhausted = true
      return
    }
    let chunk: Data?
    do {
      chunk = try handle.read(upToCount: 1 << 16)
    } catch {
      throw .io("cannot read the file (\(error.localizedDescription))", file: file)
    }
    buffer.removeFirst(start)
    start = 0
    if let chunk, !chunk.isEmpty {
      buffer.append(contentsOf: chunk)
    } else {
      exhausted = true
    }
  }
}
