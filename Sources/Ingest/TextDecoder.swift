import Foundation

/// Turns a document's bytes into text, telling which encoding they were in.
///
/// Tries, in order: a UTF-8 byte-order mark, UTF-16 marks (little or big endian), plain UTF-8,
/// and finally Windows-1252, the encoding of older Office exports (`0xA3` is `£`, `0x91`–`0x94`
/// curly quotes, `0x96` an en dash).
enum TextDecoder {
  /// The decoded text and the name of its encoding (`utf-8`, `utf-8-bom`, `utf-16le`,
  /// `utf-16be`, `windows-1252`).
  static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (String(decoding: bytes.dropFirst(3), as: UTF8.self), "utf-8-bom")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return (utf16(bytes.dropFirst(2), bigEndian: false), "utf-16le")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return (utf16(bytes.dropFirst(2), bigEndian: true), "utf-16be")
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return (text, "utf-8")
    }
    return (windows1252(bytes), "windows-1252")
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// The code points of bytes 0x80–0x9F in Windows-1252; 0 marks the five unassigned bytes.
  private static let high: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// Decodes Windows-1252; unassigned bytes become U+FFFD.
  static func windows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      var value = UInt32(byte)
      if (0x80...0x9F).contains(byte) {
        value = high[Int(byte) - 0x80]
        if value == 0 { value = 0xFFFD }
      }
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }
}
