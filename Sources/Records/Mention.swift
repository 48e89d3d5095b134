import CSV
import Foundation

/// One mention of a resource that ingest found in a document or read from `Inputs/coded/`.
///
/// A mention is what the words say, before any judgement: the amount and its qualifier, the
/// staff count and basis, the period as written, and the cues (words such as "absorbed" or
/// "dedicated") that the classification rules look at.
public struct Mention: TableRow, Hashable {
  /// Stable id from the document and offsets (`west-midlands-2017-foi#812-861`).
  public var id: String
  /// The file name under `Inputs/documents/`, or `coded/<file>` for hand-coded facts.
  public var document: String
  /// `text`, or `coded:<file>:<line>` for a hand-coded fact.
  public var origin: String
  public var kind: FactKind
  /// Character offsets of `quote` into the decoded text, end exclusive.
  public var start: Int
  public var end: Int
  /// The verbatim words that support the mention.
  public var quote: String
  /// The whole sentence around the quote, verbatim, for rules that look near the mention.
  public var context: String
  /// Pounds; the low end of a range.
  public var amount: Decimal?
  /// The high end of a range ("£10,000–£15,000"), else `nil`.
  public var amountHigh: Decimal?
  public var qualifier: AmountQualifier?
  /// People or posts, or full-time equivalents with their fraction as written ("9.5").
  public var staffCount: Decimal?
  public var staffBasis: StaffBasis?
  /// The role or roles counted ("Detective Superintendent", "sergeant; detective").
  public var role: String
  /// The period as the document writes it ("in 2015/16", "since April 2015"), or `""`.
  public var periodText: String
  /// Whether the amount is said to recur each year ("per annum").
  public var perAnnum: Bool
  /// Cue ids found in the quote or its sentence, sorted (`absorbed`, `dedicated`, `part_time`...).
  public var cues: [String]
  /// FOI Act sections cited ("s23(5)", "s31"), for withheld statements.
  public var sections: [String]
  /// Why ingest took the mention as a resource about MSHT or an area next to it ("its
  /// sentence names 'modern slavery'"), for `forcebench explain`.
  public var evidence: String

  public init(
    id: String, document: String, origin: String = "text", kind: FactKind, start: Int, end: Int,
    quote: String, context: String, amount: Decimal? = nil, amountHigh: Decimal? = nil,
    qualifier: AmountQualifier? = nil, staffCount: Decimal? = nil, staffBasis: StaffBasis? = nil,
    role: String = "", periodText: String = "", perAnnum: Bool = false, cues: [String] = [],
    sections: [String] = [], evidence: String = ""
  ) {
    self.id = id
    self.document = document
    self.origin = origin
    self.kind = kind
    self.start = start
    self.end = end
    self.quote = quote
    self.context = context
    self.amount = amount
    self.amountHigh = amountHigh
    self.qualifier = qualifier
    self.staffCount = staffCount
    self.staffBasis = staffBasis
    self.role = role
    self.periodText = periodText
    self.perAnnum = perAnnum
    self.cues = cues
    self.sections = sections
    self.evidence = evidence
  }

  /// The id of a mention: the document's name without extension, `#`, start and end offsets.
  public static func makeID(document: String, start: Int, end: Int) -> String {
    let stem = (document as NSString).deletingPathExtension
    return "\(stem)#\(start)-\(end)"
  }

  public static let columns = [
    "mention_id", "document", "origin", "kind", "start", "end", "amount_gbp", "amount_high_gbp",
    "amount_qualifier", "staff_count", "staff_basis", "role", "period_text", "per_annum", "cues",
    "sections", "quote", "context", "evidence",
  ]

  /// The columns a mentions file must have; `evidence` came later and may be missing.
  public static let requiredColumns = columns.filter { $0 != "evidence" }

  public init(record: CSVRecord, file: String) throws(RecordError) {
    let reader = FieldReader(record, file: file)
    id = try reader.required("mention_id")
    document = try reader.required("document")
    origin = reader.text("origin")
    guard let kind = try reader.value("kind", as: FactKind.self) else {
      throw .missingValue(column: "kind", at: reader.position)
    }
    self.kind = kind
    start = try reader.int("start") ?? 0
    end = try reader.int("end") ?? 0
    amount = try reader.decimal("amount_gbp")
    amountHigh = try reader.decimal("amount_high_gbp")
    qualifier = try reader.value("amount_qualifier", as: AmountQualifier.self)
    staffCount = try reader.count("staff_count")
    staffBasis = try reader.value("staff_basis", as: StaffBasis.self)
    role = reader.text("role")
    periodText = reader.text("period_text")
    perAnnum = reader.text("per_annum") == "true"
    cues = reader.text("cues").split(separator: ";").map(String.init)
    sections = reader.text("sections").split(separator: ";").map(String.init)
    quote = reader.text("quote")
    context = reader.text("context")
    evidence = reader.text("evidence")
  }

  public var fields: [String] {
    [
      id, document, origin, kind.rawValue, String(start), String(end), PlainNumber.text(amount),
      PlainNumber.text(amountHigh), qualifier?.rawValue ?? "", PlainNumber.count(staffCount),
      staffBasis?.rawValue ?? "", role, periodText, perAnnum ? "true" : "false",
      cues.sorted().joined(separator: ";"), sections.joined(separator: ";"), quote, context,
      evidence,
    ]
  }
}

/// Money or people that ingest found in a document but did not take as a resource, with the
/// reason, so that an analyst can see every pound that was not counted and why.
public struct SetAsideMention: TableRow, Hashable {
  /// `doc#start-end`, like a mention's id, over the amount or the people's words.
  public var id: String
  public var document: String
  public var kind: FactKind
  /// Character offsets of `quote` into the decoded text, end exclusive.
  public var start: Int
  public var end: Int
  /// Pounds, for money.
  public var amount: Decimal?
  /// People, for a staff count.
  public var staffCount: Decimal?
  /// Why it is not a fact ("FOI cost limit", "not tied to MSHT ...").
  public var reason: String
  /// The words found (the amount, or the clause of the people).
  public var quote: String
  /// The sentence around them.
  public var context: String

  public init(
    id: String, document: String, kind: FactKind, start: Int, end: Int, amount: Decimal? = nil,
    staffCount: Decimal? = nil, reason: String, quote: String, context: String
  ) {
    self.id = id
    self.document = document
    self.kind = kind
    self.start = start
    self.end = end
    self.amount = amount
    self.staffCount = staffCount
    self.reason = reason
    self.quote = quote
    self.context = context
  }

  public static let columns = [
    "set_aside_id", "document", "kind", "start", "end", "amount_gbp", "staff_count", "reason",
    "quote", "context",
  ]

  public init(record: CSVRecord, file: String) throws(RecordError) {
    let reader = FieldReader(record, file: file)
    id = try reader.required("set_aside_id")
    document = try reader.required("document")
    guard let kind = try reader.value("kind", as: FactKind.self) else {
      throw .missingValue(column: "kind", at: reader.position)
    }
    self.kind = kind
    start = try reader.int("start") ?? 0
    end = try reader.int("end") ?? 0
    amount = try reader.decimal("amount_gbp")
    staffCount = try reader.count("staff_count")
    reason = reader.text("reason")
    quote = reader.text("quote")
    context = reader.text("context")
  }

  public var fields: [String] {
    [
      id, document, kind.rawValue, String(start), String(end), PlainNumber.text(amount),
      PlainNumber.count(staffCount), reason, quote, context,
    ]
  }
}

/// The cue ids ingest puts on mentions, which classification rules (`cues_any`) and hand-coded
/// facts (`cues`) may name.
public enum Cue {
  public static let known: Set<String> = [
    "dedicated", "part_time", "shared_purpose", "cse", "msht", "no_specific_budget",
    "no_information_held", "cannot_disaggregate", "absorbed", "existing_resources",
    "part_of_wider_work", "not_commissioned", "no_dedicated_resource", "ncnd", "exemption",
    "funded_service", "victim_services",
  ]
}
