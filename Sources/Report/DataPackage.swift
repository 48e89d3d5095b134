import Foundation
import Records

/// Writes `datapackage.json`: a Frictionless Tabular Data Package describing each CSV.
///
/// Field descriptions come from the column names, so a column aggregate adds under its naming
/// scheme (`<class>_<measure>[_low|_high]`, `statements_<class>`) is described without changes
/// here; a column no rule knows is described as plain text.
enum DataPackage {
  /// One published table: its file, primary key and header.
  struct Table {
    var name: String
    var title: String
    var columns: [String]
    var primaryKey: [String]
  }

  static let yearPattern = "^[0-9]{4}-[0-9]{2}$"
  static let yearsPattern = "^[0-9]{4}-[0-9]{2}(;[0-9]{4}-[0-9]{2})*$"
  static let datePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

  /// The package as JSON with sorted keys, so the same tables give the same bytes.
  static func json(title: String, tables: [Table]) throws(ReportError) -> Data {
    let package: [String: Any] = [
      "profile": "tabular-data-package",
      "name": "forcebench-report",
      "title": title,
      "description":
        "What police forces and Police and Crime Commissioners put into tackling modern "
        + "slavery and human trafficking, as cited facts and totals by force and financial year. "
        + "Text cells are verbatim: a quote or context is the exact words of its document, so "
        + "a cell may begin with =, +, - or @. Read the files as data (every string field as "
        + "text); a spreadsheet that opens a CSV directly may take such a cell for a formula.",
      "resources": tables.map(resource),
    ]
    do {
      var data = try JSONSerialization.data(
        withJSONObject: package, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
      data.append(0x0A)
      return data
    } catch {
      throw .io(
        "cannot encode the data package (\(error.localizedDescription))", file: "datapackage.json")
    }
  }

  private static func resource(_ table: Table) -> [String: Any] {
    [
      "name": table.name.replacingOccurrences(of: "_", with: "-"),
      "title": table.title,
      "path": "\(table.name).csv",
      "profile": "tabular-data-resource",
      "format": "csv",
      "mediatype": "text/csv",
      "encoding": "utf-8",
      "dialect": ["delimiter": ",", "quoteChar": "\"", "doubleQuote": true, "header": true],
      "schema": [
        "fields": table.columns.map { field($0, table: table.name) },
        "primaryKey": table.primaryKey,
        "missingValues": [""],
      ] as [String: Any],
    ]
  }

  /// A column's Table Schema type (string, number, integer, boolean) and its description.
  static func column(_ name: String, table: String) -> (type: String, description: String) {
    let (type, description, _) = describe(name, table: table)
    return (type, description)
  }

  private static func field(_ name: String, table: String) -> [String: Any] {
    let (type, description, constraints) = describe(name, table: table)
    var field: [String: Any] = ["name": name, "type": type, "description": description]
    if type == "number" { field["bareNumber"] = true }
    if !constraints.isEmpty { field["constraints"] = constraints }
    return field
  }

  private static func enumeration<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> [String]
  where T.RawValue == String { T.allCases.map(\.rawValue) }

  // swift-format-ignore
  private static func describe(_ name: String, table: String) -> (String, String, [String: Any]) {
    let required: [String: Any] = ["required": true]
    let perYear = table == "force_year"
    switch name {
    case "fact_id": return ("string", "The fact's stable id: the document's name without extension, '#', start and end character offsets.", required)
    case "document": return ("string", "The source file under Inputs/documents/, or coded/<file> for hand-coded facts.", required)
    case "force_id": return ("string", "The force's slug from Inputs/reference/forces.csv, or 'unknown' when the document's force cannot be told.", required)
    case "force": return ("string", "The force's short name from forces.csv, or 'unknown'.", required)
    case "document_date": return ("string", "The document's date as precise as it gives it: YYYY, YYYY-MM or YYYY-MM-DD.", ["pattern": datePattern])
    case "document_type": return ("string", "What sort of document the source is.", ["enum": enumeration(DocumentType.self)])
    case "kind": return ("string", "What the fact is about: money (funding), people (staff) or a statement about resources.", ["required": true, "enum": enumeration(FactKind.self)])
    case "amount_gbp": return ("number", "Nominal pounds as stated, no symbol or separators; the low end of a range; empty when the fact gives no amount.", ["minimum": 0])
    case "amount_qualifier": return ("string", "How exactly the amount is stated: exact, up_to (an upper bound), over (a lower bound) or approx; empty when there is no amount.", ["enum": enumeration(AmountQualifier.self)])
    case "staff_count": return ("number", "Number of staff posts, or full-time equivalents with their fraction as written (9.5, 0.6); whole counts have no decimal point; empty when the fact gives no count.", ["minimum": 0])
    case "staff_basis": return ("string", "Whether the staff work on MSHT full time or part time; empty when not said.", ["enum": enumeration(StaffBasis.self)])
    case "financial_years": return ("string", "UK financial years (1 April to 31 March) the fact covers, YYYY-YY joined by ';'; empty when the document gives no period.", ["pattern": yearsPattern])
    case "period_text": return ("string", "The period as the document writes it.", [:])
    case "classification": return ("string", "The fact's class: dedicated, shared, absorbed, adjacent, none or withheld.", ["required": true, "enum": enumeration(ResourceClass.self)])
    case "rule": return ("string", "The id of the classification rule that decided the class, or override:<id> for an analyst's correction.", [:])
    case "quote": return ("string", "The verbatim words of the document that support the fact.", [:])
    case "repeat_of": return ("string", "Empty, or the fact_id of the earlier mention of the same resource; a repeat never adds to any total.", [:])
    case "amount_high_gbp": return ("number", "The high end of a range, in nominal pounds; empty otherwise.", ["minimum": 0])
    case "real_gbp": return ("number", "amount_gbp at the pipeline's base-year prices (GDP deflators).", [:])
    case "per_100k_gbp": return ("number", "amount_gbp per 100,000 residents of the force area.", [:])
    case "real_gbp_by_year": return ("string", "real_gbp for each of financial_years in the same order, each year at its own deflator, joined by ';'; empty when the fact has no years or no real-terms figure.", ["pattern": #"^(\d+(\.\d+)?(;\d+(\.\d+)?)*)?$"#])
    case "price_year": return ("string", "The financial year whose prices the amount is taken to be in when the fact gives no years.", ["pattern": yearPattern])
    case "population_year": return ("integer", "The year of the population figure used for per_100k_gbp.", [:])
    case "role": return ("string", "The staff role as written (sergeant, analyst...).", [:])
    case "per_annum": return ("boolean", "Whether the amount is said to recur each year.", [:])
    case "cues": return ("string", "Cue ids found in the quote or its sentence, ';'-joined.", [:])
    case "sections": return ("string", "FOI Act sections cited for withheld statements, ';'-joined.", [:])
    case "origin": return ("string", "'text', or coded:<file>:<line> for a hand-coded fact.", [:])
    case "start": return ("integer", "Character offset of the quote into the decoded document.", [:])
    case "end": return ("integer", "Character offset just after the quote.", [:])
    case "context": return ("string", "The sentence around the quote, verbatim.", [:])
    case "encoding": return ("string", "The text encoding the document's bytes were decoded from.", [:])
    case "characters": return ("integer", "The number of characters of decoded text.", ["minimum": 0])
    case "sha256": return ("string", "SHA-256 of the document's bytes, lower-case hex.", ["pattern": "^[0-9a-f]{64}$"])
    case "financial_year": return ("string", "The UK financial year of the row, YYYY-YY.", ["required": true, "pattern": yearPattern])
    case "first_year": return ("string", "The earliest financial year a counted fact covers; empty when none is dated.", ["pattern": yearPattern])
    case "last_year": return ("string", "The latest financial year a counted fact covers; empty when none is dated.", ["pattern": yearPattern])
    case "years_covered": return ("string", "The financial years counted facts cover, ';'-joined.", ["pattern": yearsPattern])
    case "years_not_covered": return ("string", "The years of the compared span (earliest to latest year any force's facts cover) with no fact for this force, ';'-joined.", ["pattern": yearsPattern])
    case "staff_full_time": return ("number", "Full-time staff counted, all four resource classes together; full-time equivalents keep their fractions (2.5 + 1 = 3.5).", ["required": true, "minimum": 0])
    case "staff_part_time": return ("number", "Part-time staff counted, all four resource classes together; full-time equivalents keep their fractions (0.5 FTE adds 0.5).", ["required": true, "minimum": 0])
    case "staff_uncounted": return ("integer", "Staff mentions (a team, a post) with no count, all classes; flagged mentions, never counted as people.", ["required": true, "minimum": 0])
    case "facts": return ("integer", perYear ? "Facts counted in the year (first mentions only)." : "Facts counted (first mentions only).", ["required": true, "minimum": 0])
    case "repeats": return ("integer", "Repeated mentions found and left out of every total.", ["required": true, "minimum": 0])
    case "undated_amounts": return ("integer", "Amounts with no financial year; they count in force_summary.csv only.", ["required": true, "minimum": 0])
    case "documents": return ("integer", perYear ? "Documents whose counted facts cover the year." : "Documents about the force, with or without facts.", ["required": true, "minimum": 0])
    case "document_list": return ("string", "Those documents' file names, ';'-joined.", [:])
    case "flags":
      if table == "documents" { return ("string", "Data-quality flags ingest raised for the document, ';'-joined.", [:]) }
      if table == "facts" { return ("string", "Data-quality flags raised for the fact, ';'-joined.", [:]) }
      return ("string", "Data-quality flags, ';'-joined: withheld (an FOI exemption applies), only_bounds (a class's money is known only as bounds), conflicting_figures (two documents give different figures for the same resource and year), undated_amounts (money with no financial year), years_not_covered, force_unknown, no_facts, missing_real_terms, missing_population.", [:])
    default: break
    }
    if name.hasPrefix("statements_") {
      let resourceClass = name.dropFirst("statements_".count)
      return ("integer", "Statements classed \(resourceClass) (funding or staff facts of class none or withheld count here too), first mentions only.", ["required": true, "minimum": 0])
    }
    for resourceClass in ResourceClass.allCases where name.hasPrefix(resourceClass.rawValue + "_") {
      return describeClassColumn(String(name.dropFirst(resourceClass.rawValue.count + 1)), resourceClass: resourceClass.rawValue, perYear: perYear)
    }
    return ("string", "A column of the \(table) table.", [:])
  }

  // swift-format-ignore
  private static func describeClassColumn(_ rest: String, resourceClass: String, perYear: Bool) -> (String, String, [String: Any]) {
    let count: [String: Any] = ["required": true, "minimum": 0]
    switch rest {
    case "amounts": return ("integer", "Amounts classed \(resourceClass) that were added, bounds included.", count)
    case "bound_amounts": return ("integer", "How many of those amounts are bounds (up_to, over) or ranges.", count)
    case "unquantified_funding": return ("integer", "Funding mentions classed \(resourceClass) with no amount.", count)
    case "staff_full_time": return ("number", "Full-time staff classed \(resourceClass); full-time equivalents keep their fractions.", count)
    case "staff_part_time": return ("number", "Part-time staff classed \(resourceClass); full-time equivalents keep their fractions.", count)
    case "staff_basis_unknown": return ("number", "Staff classed \(resourceClass) counted without saying full or part time; full-time equivalents keep their fractions.", count)
    case "staff_uncounted": return ("integer", "Staff mentions classed \(resourceClass) with no count (a team, a post); not counted as people.", count)
    default: break
    }
    let measures = [
      ("per_100k_gbp", "pounds per 100,000 residents"), ("real_gbp", "pounds at base-year prices"),
      ("gbp", "nominal pounds"),
    ]
    let share = perYear ? " An amount covering several years adds an even share (amount / number of years) to each." : " Amounts with no financial year are included."
    for (measure, unit) in measures {
      if rest == measure {
        return ("number", "Sum of the exact and approximate single amounts classed \(resourceClass), in \(unit); bounds (up_to, over) and ranges are not in it.\(share)", ["required": true])
      }
      if rest == measure + "_low" {
        return ("number", "Lowest total classed \(resourceClass), in \(unit): the exact and approximate amounts plus the lower bound of every 'over' amount and the low end of every range; an 'up to' amount adds nothing.\(share)", ["required": true])
      }
      if rest == measure + "_high" {
        return ("number", "Highest total classed \(resourceClass), in \(unit): the exact and approximate amounts plus the upper bound of every 'up to' amount and the high end of every range; empty when an 'over' amount makes the total open-ended.\(share)", [:])
      }
    }
    return ("string", "A column about the \(resourceClass) class.", [:])
  }
}
