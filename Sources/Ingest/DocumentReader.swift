import Crypto
import Foundation
import Records

/// Reads one document: decodes it, tells its force, date and type, separates the request and
/// extracts the mentions of the answer.
enum DocumentReader {
  /// What ingest writes for one document.
  struct Result {
    var record: DocumentRecord
    let requests: [RequestPassage]
    let mentions: [Mention]
    /// Money and people found but not taken, with the reason.
    var setAside: [SetAsideMention] = []
  }

  /// Reads the document at `url`; `name` is its file name, `display` its path for errors.
  static func read(
    url: URL, name: String, display: String, detector: ForceDetector, topics: TopicWords
  ) throws(IngestError) -> Result {
    try read(
      data: try bytes(of: url, display: display), url: url, name: name, display: display,
      detector: detector, topics: topics)
  }

  /// Reads a document whose bytes `data` were read from `url` (which `pdftotext` reads again).
  static func read(
    data: Data, url: URL, name: String, display: String, detector: ForceDetector,
    topics: TopicWords
  ) throws(IngestError) -> Result {
    let (decoded, encoding) = try decodedText(data, url: url, name: name, display: display)
    let string = withoutControls(decoded)
    let removedControls = string.unicodeScalars.count != decoded.unicodeScalars.count
    let lower = name.lowercased()
    let title =
      lower.hasSuffix(".html") || lower.hasSuffix(".htm")
      ? HTMLText.title(of: TextDecoder.decode([UInt8](data)).0) : ""
    var result = analyse(
      string, encoding: encoding, name: name, detector: detector, topics: topics, title: title)
    if removedControls { result.record.flags.append("control_characters_removed") }
    // The hash of the bytes lets a quarterly report tell a replaced document from a new one.
    result.record.sha256 = SHA256.hash(data: data).map { byte in
      (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined()
    return result
  }

  /// The text without NUL and other control characters (tab and line breaks apart): they are
  /// no words of an answer and must never reach a CSV. They go before offsets are counted, so
  /// quotes stay exact.
  static func withoutControls(_ decoded: String) -> String {
    String(String.UnicodeScalarView(decoded.unicodeScalars.filter { !isControl($0) }))
  }

  /// Control characters other than tab, line feed, carriage return and the form feed that
  /// pdftotext puts between pages.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(value))
      || (0x7F...0x9F).contains(value)
  }

  /// The file's bytes, read once for both decoding and hashing.
  static func bytes(of url: URL, display: String) throws(IngestError) -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw .unreadable(file: display, reason: error.localizedDescription)
    }
  }

  /// The text of a file's bytes by its extension: HTML without tags, PDF through `pdftotext`
  /// (which reads the file at `url` itself).
  static func decodedText(
    _ data: Data, url: URL, name: String, display: String
  ) throws(IngestError) -> (String, String) {
    let lower = name.lowercased()
    if lower.hasSuffix(".pdf") {
      return (try PDFText.text(of: url, display: display), "pdf")
    }
    let (text, encoding) = TextDecoder.decode([UInt8](data))
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
      return (HTMLText.text(from: text), encoding)
    }
    return (text, encoding)
  }

  /// The record, request passages and mentions of decoded text.
  static func analyse(
    _ string: String, encoding: String, name: String, detector: ForceDetector,
    topics: TopicWords, title: String = ""
  ) -> Result {
    let text = SourceText(string)
    let layout = DocumentLayout(text)
    let requestRanges = RequestSegmenter.requests(in: text, layout: layout)
    let type = TypeDetector.detect(in: text, layout: layout, hasRequest: !requestRanges.isEmpty)
    var flags: [String] = []
    if layout.cutLongSentences { flags.append("long_sentences_cut") }
    let force = detector.detect(in: text, layout: layout, title: title)
    if force == nil { flags.append("force_unknown") }
    let dated = DateDetector.detect(in: text, layout: layout, type: type, fileName: name)
    flags += dated.flags
    let record = DocumentRecord(
      document: name, forceID: force?.id ?? Force.unknown.id,
      force: force?.shortName ?? Force.unknown.shortName, date: dated.date, type: type,
      encoding: encoding, characters: text.scalarCount, flags: flags)
    let requests = requestRanges.map { range in
      RequestPassage(
        document: name, start: text.scalarOffset(range.location),
        end: text.scalarOffset(range.end), text: text.text(range))
    }
    let (mentions, setAside) = MentionExtractor(
      text: text, layout: layout, document: name, requests: requestRanges,
      topics: topics.adding(acronymsIn: text),
      type: type
    ).mentions()
    return Result(record: record, requests: requests, mentions: mentions, setAside: setAside)
  }
}
