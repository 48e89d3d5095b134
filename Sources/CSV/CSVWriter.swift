import CCSV
import Foundation

/// Writes a CSV file row by row into a temporary file that replaces the target only on `finish()`.
///
/// Fields are quoted with libcsv only when they need it (a comma, a quote, a line break, or
/// leading or trailing space); rows end in LF. A writer dropped without `finish()` removes its
/// temporary file and leaves any earlier file at the target untouched.
public final class CSVWriter {
  /// The name used in error messages.
  public let file: String
  /// The number of fields every row must have.
  public let width: Int

  private let target: URL
  private let temporary: URL
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var finished = false

  /// Creates the temporary file and writes the header row.
  /// - Parameters:
  ///   - url: Where the file ends up.
  ///   - header: The column names.
  ///   - name: The name to use in error messages; defaults to the path.
  /// - Throws: `CSVError.io` when the temporary file cannot be created.
  public init(url: URL, header: [String], name: String? = nil) throws(CSVError) {
    file = name ?? url.path
    width = header.count
    target = url
    temporary = AtomicFile.temporaryURL(for: url)
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw .io("cannot create a temporary file beside it", file: file)
    }
    do {
      handle = try FileHandle(forWritingTo: temporary)
    } catch {
      throw .io("cannot open a temporary file beside it", file: file)
    }
    try write(header)
  }

  deinit {
    if !finished {
      try? handle.close()
      try? FileManager.default.removeItem(at: temporary)
    }
  }

  /// Appends one row.
  /// - Precondition: the row has as many fields as the header.
  /// - Throws: `CSVError.io` when the bytes cannot be written.
  public func write(_ row: [String]) throws(CSVError) {
    precondition(row.count == width, "a CSV row must have \(width) fields, not \(row.count)")
    buffer.append(contentsOf: Self.encode(row).utf8)
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes what is buffered, flushes it to disk and renames the file into place.
  /// - Parameter durably: whether to wait for the disk first; a cache that can be rebuilt skips
  ///   it, since waiting for every one of thousands of small files costs more than rebuilding.
  /// - Throws: `CSVError.io` when writing or renaming fails; the target is then unchanged.
  public func finish(durably: Bool = true) throws(CSVError) {
    try flush()
    do {
      if durably { try handle.synchronize() }
      try handle.close()
    } catch {
      throw .io("cannot finish writing (\(Self.cause(of: error)))", file: file)
    }
    finished = true
    guard rename(temporary.path, target.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw .io("cannot rename the finished file into place", file: file)
    }
  }

  /// Writes a whole table at once.
  /// - Throws: `CSVError.io` when the file cannot be written.
  public static func write(
    _ rows: [[String]], header: [String], to url: URL, name: String? = nil
  ) throws(CSVError) {
    let writer = try CSVWriter(url: url, header: header, name: name)
    for row in rows { try writer.write(row) }
    try writer.finish()
  }

  /// Encodes one row as CSV text without a line ending, for messages and tests.
  public static func encode(_ row: [String]) -> String {
    // A lone empty field would make a blank line, which readers skip: quote it.
    if row == [""] { return "\"\"" }
    var bytes: [UInt8] = []
    for (index, field) in row.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      appendField(field, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func flush() throws(CSVError) {
    guard !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw .io("cannot write (\(Self.cause(of: error)))", file: file)
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// The system's words for why a write failed ("No space left on device", "File too large"):
  /// Foundation on Linux wraps them in an error whose own description says nothing.
  public static func cause(of error: any Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    return error.localizedDescription
  }

  private static func appendField(_ field: String, to bytes: inout [UInt8]) {
    let utf8 = Array(field.utf8)
    guard needsQuoting(utf8) else {
      bytes.append(contentsOf: utf8)
      return
    }
    // csv_write always quotes and doubles inner quotes; ask it for the size first.
    let size = utf8.withUnsafeBytes { source in
      csv_write(nil, 0, source.baseAddress, source.count)
    }
    var quoted = [UInt8](repeating: 0, count: size)
    _ = quoted.withUnsafeMutableBytes { destination in
      utf8.withUnsafeBytes { source in
        csv_write(destination.baseAddress, size, source.baseAddress, source.count)
      }
    }
    bytes.append(contentsOf: quoted)
  }

  private static func needsQuoting(_ utf8: [UInt8]) -> Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
    return utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
  }
}

/// Replaces a file in one step, so a reader sees the old file or the new one and never a part.
public enum AtomicFile {
  /// Writes `data` to a temporary file beside `url`, flushes it and renames it into place.
  /// - Throws: `CSVError.io` naming `url` when any step fails; the old file is then unchanged.
  public static func write(_ data: Data, to url: URL) throws(CSVError) {
    let temporary = temporaryURL(for: url)
    do {
      // Through a FileHandle rather than Data.write, whose error on Linux loses the cause.
      guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown)
      }
      let handle = try FileHandle(forWritingTo: temporary)
      defer { try? handle.close() }
      try handle.write(contentsOf: data)
      try handle.synchronize()
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .io("cannot write (\(CSVWriter.cause(of: error)))", file: url.path)
    }
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw .io("cannot rename the finished file into place", file: url.path)
    }
  }

  /// Lets `body` write a file of its own making (a workbook) at a temporary path beside `url`,
  /// then renames it into place; when `body` throws, the temporary file is removed and the old
  /// file is unchanged.
  /// - Throws: `CSVError.io` naming `url`, with `body`'s error as the cause.
  public static func write(to url: URL, using body: (URL) throws -> Void) throws(CSVError) {
    let temporary = temporaryURL(for: url)
    do { try body(temporary) } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .io("cannot write (\(CSVWriter.cause(of: error)))", file: url.path)
    }
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw .io("cannot rename the finished file into place", file: url.path)
    }
  }

  /// Writes text as UTF-8; see `write(_:to:)`.
  /// - Throws: `CSVError.io` naming `url` when any step fails.
  public static func write(_ text: String, to url: URL) throws(CSVError) {
    try write(Data(text.utf8), to: url)
  }

  /// A hidden name in the same folder, unique to this process and call.
  static func temporaryURL(for url: URL) -> URL {
    let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    return url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp")
  }

  /// Removes the temporary files this process left in `folder` (a write it did not finish,
  /// such as one stopped by a signal).
  public static func removeOwnTemporaryFiles(in folder: URL) {
    let mark = ".\(ProcessInfo.processInfo.processIdentifier)-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") && name.contains(mark) {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
