import CSV
import Foundation
import Records

/// Reads the facts an analyst typed in by hand under `Inputs/coded/` (see `CODED.md`).
///
/// Every row is checked before any is used: a bad kind, number, qualifier, basis or force stops
/// the stage with the file and line, so a typo never turns silently into a missing fact.
struct CodedFacts {
  /// The columns a coded CSV may have; `kind`, `force_id` and `quote` are required.
  static let columns = [
    "document", "force_id", "document_date", "kind", "amount_gbp", "amount_high_gbp",
    "amount_qualifier", "staff_count", "staff_basis", "role", "period_text", "per_annum", "cues",
    "quote", "note",
  ]
  static let required = ["kind", "force_id", "quote"]
  private static let cueIDs = Cue.known

  /// The mentions of one coded file and the document record that stands for it.
  static func read(
    url: URL, fileName: String, display: String, forces: ForceTable
  ) throws(IngestError) -> (record: DocumentRecord, mentions: [Mention]) {
    let document = "coded/\(fileName)"
    var mentions: [Mention] = []
    var forceIDs: [String] = []
    var date: DocumentDate?
    let reader: CSVReader
    do {
      reader = try CSVReader(url: url, name: display)
      try reader.require(columns: required)
    } catch {
      throw .csv(error)
    }
    while true {
      let next: CSVRecord?
      do {
        next = try reader.next()
      } catch {
        throw .csv(error)
      }
      guard let record = next else { break }
      guard
        let row = try row(
          record, document: document, fileName: fileName, display: display, forces: forces)
      else { continue }
      mentions.append(row.mention)
      forceIDs.append(row.forceID)
      if date == nil { date = row.date }
    }
    let distinct = Set(forceIDs)
    var flags: [String] = []
    var force = Force.unknown
    if distinct.count == 1, let id = distinct.first, let found = forces.force(id: id) {
      force = found
    } else {
      flags.append(distinct.isEmpty ? "force_unknown" : "several_forces")
    }
    if date == nil { flags.append("date_unknown") }
    let record = DocumentRecord(
      document: document, forceID: force.id, force: force.shortName, date: date, type: .other,
      encoding: "utf-8", characters: 0, flags: flags)
    return (record, mentions)
  }

  /// One row as a mention with its force id and date, or `nil` for an empty row.
  private static func row(
    _ record: CSVRecord, document: String, fileName: String, display: String, forces: ForceTable
  ) throws(IngestError) -> (mention: Mention, forceID: String, date: DocumentDate?)? {
    let line = record.line
    func field(_ name: String) -> String {
      (record[name] ?? "").trimmingCharacters(in: .whitespaces)
    }
    func bad(_ column: String, _ expected: String) -> IngestError {
      .badCodedValue(
        file: display, line: line, column: column, value: field(column), expected: expected)
    }
    if columns.allSatisfy({ field($0).isEmpty }) { return nil }
    for column in required where field(column).isEmpty {
      throw .missingCodedValue(file: display, line: line, column: column)
    }
    guard let kind = FactKind(rawValue: field("kind")) else {
      throw bad("kind", "one of funding, staff, statement")
    }
    let forceText = field("force_id")
    guard let force = forces.force(id: forceText) ?? forces.force(named: forceText) else {
      throw .unknownCodedForce(file: display, line: line, force: forceText)
    }
    let amount = try decimal(field("amount_gbp"), column: "amount_gbp", bad: bad)
    let high = try decimal(field("amount_high_gbp"), column: "amount_high_gbp", bad: bad)
    var qualifier: AmountQualifier?
    if !field("amount_qualifier").isEmpty {
      guard let value = AmountQualifier(rawValue: field("amount_qualifier")) else {
        throw bad("amount_qualifier", "one of exact, up_to, over, approx")
      }
      qualifier = value
    } else if amount != nil {
      qualifier = .exact
    }
    var count: Decimal?
    if !field("staff_count").isEmpty {
      // A count of people, or full-time equivalents with their fraction ("2.5").
      guard let value = PlainNumber.count(from: field("staff_count")) else {
        throw bad("staff_count", "a plain number such as 3 or 2.5")
      }
      count = value
    }
    var basis: StaffBasis?
    if !field("staff_basis").isEmpty {
      guard let value = StaffBasis(rawValue: field("staff_basis")) else {
        throw bad("staff_basis", "one of full_time, part_time")
      }
      basis = value
    }
    if kind == .funding, amount == nil, field("quote").isEmpty {
      throw .missingCodedValue(file: display, line: line, column: "amount_gbp")
    }
    if kind != .funding, amount != nil {
      throw bad("amount_gbp", "empty for a \(kind.rawValue) fact")
    }
    if kind != .staff, count != nil {
      throw bad("staff_count", "empty for a \(kind.rawValue) fact")
    }
    if kind == .staff, basis == nil { basis = .fullTime }
    let perAnnumText = field("per_annum").lowercased()
    guard ["", "true", "false", "yes", "no"].contains(perAnnumText) else {
      throw bad("per_annum", "true or false")
    }
    let cues = field("cues").split(separator: ";").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    for cue in cues where !cueIDs.contains(cue) {
      throw .badCodedValue(
        file: display, line: line, column: "cues", value: cue,
        expected: "a cue id (\(cueIDs.sorted().joined(separator: ", ")))")
    }
    var date: DocumentDate?
    if !field("document_date").isEmpty {
      guard let value = DocumentDate(field("document_date")) else {
        throw bad("document_date", "a date such as 2016-07-08")
      }
      date = value
    }
    let quote = field("quote")
    let mention = Mention(
      id: "\(document)#L\(line)", document: document, origin: "coded:\(fileName):\(line)",
      kind: kind, start: 0, end: 0, quote: quote, context: quote, amount: amount,
      amountHigh: high, qualifier: qualifier, staffCount: count, staffBasis: basis,
      role: field("role"), periodText: field("period_text"),
      perAnnum: perAnnumText == "true" || perAnnumText == "yes",
      cues: Array(Set(cues)).sorted())
    return (mention, force.id, date)
  }

  private static func decimal(
    _ text: String, column: String, bad: (String, String) -> IngestError
  ) throws(IngestError) -> Decimal? {
    if text.isEmpty { return nil }
    guard text.allSatisfy({ $0.isNumber || $0 == "." }), text.filter({ $0 == "." }).count <= 1,
      let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    else {
      throw bad(column, "a plain number of pounds such as 19250 (no £ or commas)")
    }
    return value
  }
}
