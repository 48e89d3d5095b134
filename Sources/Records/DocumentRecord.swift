import CSV
import Foundation

/// What ingest learnt about one source document: its force, date and type.
///
/// Written by ingest as `documents.csv` and carried forward by every later stage, so that a
/// document with no facts (a statement that names no resource) still counts as used.
public struct DocumentRecord: TableRow, Hashable {
  /// The file name under `Inputs/documents/`, or `coded/<file>` for hand-coded facts.
  public var document: String
  /// The force's id, or `unknown`.
  public var forceID: String
  /// The force's short name, or `unknown`.
  public var force: String
  /// The date as precise as the document gives it, or `nil`.
  public var date: DocumentDate?
  public var type: DocumentType
  /// The encoding the bytes were decoded from (`utf-8`, `utf-8-bom`, `utf-16le`, `windows-1252`).
  public var encoding: String
  /// The number of characters of decoded text, against which offsets count.
  public var characters: Int
  /// The SHA-256 of the file's bytes, as lower-case hex; lets `changes.md` tell a changed file.
  public var sha256: String
  /// Data-quality flags, `;`-joined (`force_unknown`, `date_from_file_name`, ...).
  public var flags: [String]

  public init(
    document: String, forceID: String, force: String, date: DocumentDate?, type: DocumentType,
    encoding: String, characters: Int, sha256: String = "", flags: [String] = []
  ) {
    self.document = document
    self.forceID = forceID
    self.force = force
    self.date = date
    self.type = type
    self.encoding = encoding
    self.characters = characters
    self.sha256 = sha256
    self.flags = flags
  }

  public static let columns = [
    "document", "force_id", "force", "document_date", "document_type", "encoding", "characters",
    "sha256", "flags",
  ]

  public init(record: CSVRecord, file: String) throws(RecordError) {
    let reader = FieldReader(record, file: file)
    document = try reader.required("document")
    forceID = try reader.required("force_id")
    force = try reader.required("force")
    let dateText = reader.text("document_date")
    if dateText.isEmpty {
      date = nil
    } else {
      guard let parsed = DocumentDate(dateText) else {
        throw .badValue(
          column: "document_date", value: dateText, expected: "a date such as 2016-07-08",
          at: reader.position)
      }
      date = parsed
    }
    type = try reader.value("document_type", as: DocumentType.self) ?? .other
    encoding = reader.text("encoding")
    characters = try reader.int("characters") ?? 0
    sha256 = reader.text("sha256")
    flags = reader.text("flags").split(separator: ";").map(String.init)
  }

  public var fields: [String] {
    [
      document, forceID, force, date?.description ?? "", type.rawValue, encoding,
      String(characters), sha256, flags.joined(separator: ";"),
    ]
  }
}

/// A passage of a document that quotes the request back; never a source of facts.
public struct RequestPassage: TableRow, Hashable {
  public var document: String
  /// Character offsets into the decoded text, end exclusive.
  public var start: Int
  public var end: Int
  /// The passage, verbatim.
  public var text: String

  public init(document: String, start: Int, end: Int, text: String) {
    self.document = document
    self.start = start
    self.end = end
    self.text = text
  }

  public static let columns = ["document", "start", "end", "text"]

  public init(record: CSVRecord, file: String) throws(RecordError) {
    let reader = FieldReader(record, file: file)
    document = try reader.required("document")
    start = try reader.int("start") ?? 0
    end = try reader.int("end") ?? 0
    text = reader.text("text")
  }

  public var fields: [String] { [document, String(start), String(end), text] }
}
