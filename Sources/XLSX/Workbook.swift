import CXLSXWriter
import Foundation

/// Why a workbook could not be written: the file and libxlsxwriter's reason.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var reason: String

  public var description: String { "\(file): cannot write the workbook (\(reason))" }
}

extension XLSXError: LocalizedError {
  /// The reason alone: callers that name the file themselves (`AtomicFile`) add it.
  public var errorDescription: String? { reason }
}

/// An Excel workbook written once, sheet after sheet and row after row, through libxlsxwriter.
///
/// The one place the project touches libxlsxwriter. Rows go to disk as they are written
/// (the library's constant-memory mode), so a sheet of a million facts costs no more memory than
/// one of ten. The document properties carry a fixed date, so the same cells give the same bytes.
/// Text is only ever written as a string cell: nothing a document says can become a formula.
public final class Workbook {
  /// Excel's limits: characters in a cell and rows in a sheet.
  public static let maximumCellCharacters = 32_767
  public static let maximumRows = 1_048_576

  /// How a number cell shows its value; the value itself is never rounded.
  public enum NumberFormat: Hashable, Sendable {
    case pounds
    case count
    /// A count with a fraction, such as full-time equivalents ("9.5", "0.25"): shown with
    /// thousands separators and its decimals, no trailing zeros beyond the first.
    case fraction
    case plain
  }

  fileprivate let path: String
  private var workbook: UnsafeMutablePointer<lxw_workbook>?
  private var formats: [NumberFormat: UnsafeMutablePointer<lxw_format>] = [:]
  private var bold: UnsafeMutablePointer<lxw_format>?
  private var wrapped: UnsafeMutablePointer<lxw_format>?
  // The C strings the library keeps pointers to until it closes.
  private var retained: [UnsafeMutablePointer<CChar>] = []

  /// Starts a workbook that `close()` writes to `path`. Temporary row files go to `scratch`.
  public init(path: String, title: String, scratch: URL) throws(XLSXError) {
    self.path = path
    guard let scratchPath = strdup(scratch.path), let titleCopy = strdup(title) else {
      throw XLSXError(file: path, reason: "out of memory")
    }
    retained = [scratchPath, titleCopy]
    var options = lxw_workbook_options(constant_memory: 1, tmpdir: scratchPath, use_zip64: 0)
    guard let workbook = workbook_new_opt(path, &options) else {
      throw XLSXError(file: path, reason: "libxlsxwriter could not start it")
    }
    self.workbook = workbook
    var properties = lxw_doc_properties()
    properties.title = titleCopy
    // 2000-01-01: any fixed date, so two runs give identical bytes.
    properties.created = 946_684_800
    try check(workbook_set_properties(workbook, &properties))
    bold = workbook_add_format(workbook)
    format_set_bold(bold)
    wrapped = workbook_add_format(workbook)
    format_set_text_wrap(wrapped)
    format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    for (format, code) in [
      (NumberFormat.pounds, "\u{00A3}#,##0.00"), (.count, "#,##0"), (.fraction, "#,##0.0#########"),
      (.plain, "0"),
    ] {
      let cell = workbook_add_format(workbook)
      format_set_num_format(cell, code)
      formats[format] = cell
    }
  }

  deinit {
    // A workbook never closed (an error part-way) still frees the library's memory; the
    // half-made file is the caller's to remove.
    if let workbook { lxw_workbook_free(workbook) }
    retained.forEach { free($0) }
  }

  /// Adds a sheet; write its rows in order, top to bottom.
  public func addSheet(_ name: String) throws(XLSXError) -> Sheet {
    guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
      throw XLSXError(file: path, reason: "cannot add the sheet '\(name)'")
    }
    return Sheet(sheet: sheet, workbook: self)
  }

  /// Assembles the file. The workbook cannot be used afterwards.
  public func close() throws(XLSXError) {
    guard let workbook else { return }
    self.workbook = nil
    let result = workbook_close(workbook)
    guard result == LXW_NO_ERROR else {
      throw XLSXError(file: path, reason: Self.reason(result))
    }
  }

  fileprivate func check(_ result: lxw_error) throws(XLSXError) {
    guard result == LXW_NO_ERROR else { throw XLSXError(file: path, reason: Self.reason(result)) }
  }

  fileprivate func format(_ format: NumberFormat) -> UnsafeMutablePointer<lxw_format>? {
    formats[format]
  }

  fileprivate var boldFormat: UnsafeMutablePointer<lxw_format>? { bold }
  fileprivate var wrappedFormat: UnsafeMutablePointer<lxw_format>? { wrapped }

  private static func reason(_ error: lxw_error) -> String {
    String(cString: lxw_strerror(error))
  }

  /// One sheet of the workbook.
  public final class Sheet {
    private let sheet: UnsafeMutablePointer<lxw_worksheet>
    // Unowned: a sheet lives only while its workbook is being written.
    private unowned let workbook: Workbook

    fileprivate init(sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
      self.sheet = sheet
      self.workbook = workbook
    }

    /// Writes text as a string cell, cut to Excel's limit with a trailing ellipsis.
    /// - Returns: whether the text had to be cut.
    @discardableResult
    public func write(text: String, row: Int, column: Int, bold: Bool = false) throws(XLSXError)
      -> Bool
    {
      guard !text.isEmpty else { return false }
      var cell = text
      var cut = false
      if text.unicodeScalars.count > Workbook.maximumCellCharacters {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(Workbook.maximumCellCharacters - 1))
        cell = String(scalars) + "\u{2026}"
        cut = true
      }
      let format = bold ? workbook.boldFormat : nil
      try workbook.check(
        worksheet_write_string(
          sheet, try position(row: row), try position(column: column), cell, format))
      return cut
    }

    public func write(number: Double, row: Int, column: Int, format: NumberFormat)
      throws(XLSXError)
    {
      try workbook.check(
        worksheet_write_number(
          sheet, try position(row: row), try position(column: column), number,
          workbook.format(format)))
    }

    public func write(boolean: Bool, row: Int, column: Int) throws(XLSXError) {
      try workbook.check(
        worksheet_write_boolean(
          sheet, try position(row: row), try position(column: column), boolean ? 1 : 0, nil))
    }

    /// Sets a column's width in characters; `wrap` wraps long text at that width.
    public func setWidth(_ width: Double, column: Int, wrap: Bool = false) throws(XLSXError) {
      let index = try position(column: column)
      try workbook.check(
        worksheet_set_column(sheet, index, index, width, wrap ? workbook.wrappedFormat : nil))
    }

    /// Keeps the first row in view and puts filter buttons on it, over `rows` rows in all.
    public func freezeHeader(rows: Int, columns: Int) throws(XLSXError) {
      worksheet_freeze_panes(sheet, 1, 0)
      guard columns > 0 else { return }
      try workbook.check(
        worksheet_autofilter(
          sheet, 0, 0, try position(row: max(rows - 1, 0)), try position(column: columns - 1)))
    }

    private func position(row: Int) throws(XLSXError) -> lxw_row_t {
      guard row >= 0, row < Workbook.maximumRows else {
        throw XLSXError(file: workbook.path, reason: "row \(row + 1) is past Excel's last row")
      }
      return lxw_row_t(row)
    }

    private func position(column: Int) throws(XLSXError) -> lxw_col_t {
      guard column >= 0, column < 16_384 else {
        throw XLSXError(
          file: workbook.path, reason: "column \(column + 1) is past Excel's last column")
      }
      return lxw_col_t(column)
    }
  }
}
