import CSV
import Foundation

/// One police force of `Inputs/reference/forces.csv`, with the names a document may call it by.
public struct Force: Sendable, Hashable {
  /// The slug used in every table (`west-midlands`).
  public var id: String
  /// The full name (`West Midlands Police`).
  public var name: String
  /// The short name used in reports (`West Midlands`).
  public var shortName: String
  /// Other names: PCC and OPCC names, abbreviations such as `WMP`.
  public var aliases: [String]
  public var region: String
  public var country: String
  public var onsCode: String
  /// `territorial` for the 43 forces of England and Wales.
  public var type: String
  /// The force's web and e-mail domain (`cheshire.police.uk`), or `""`.
  public var websiteDomain: String

  public init(
    id: String, name: String, shortName: String, aliases: [String] = [], region: String = "",
    country: String = "", onsCode: String = "", type: String = "territorial",
    websiteDomain: String = ""
  ) {
    self.id = id
    self.name = name
    self.shortName = shortName
    self.aliases = aliases
    self.region = region
    self.country = country
    self.onsCode = onsCode
    self.type = type
    self.websiteDomain = websiteDomain
  }

  /// The force a document could not be tied to.
  public static let unknown = Force(id: "unknown", name: "unknown", shortName: "unknown")

  /// Every name a document may use: full name, short name and aliases.
  public var allNames: [String] { [name, shortName] + aliases }
}

/// The forces of `forces.csv`, looked up by id or by any of their names.
public struct ForceTable: Sendable {
  /// The forces in file order.
  public let forces: [Force]
  private let byID: [String: Force]
  private let byName: [String: Force]

  /// The columns `forces.csv` must have.
  public static let columns = ["force_id", "name", "aliases", "region", "short_name"]

  public init(_ forces: [Force]) {
    self.forces = forces
    byID = Dictionary(forces.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var names: [String: Force] = [:]
    for force in forces {
      for name in force.allNames + [force.id] where names[ForceTable.key(name)] == nil {
        names[ForceTable.key(name)] = force
      }
    }
    byName = names
  }

  /// Reads `forces.csv`; aliases are separated by `;`.
  /// - Throws: `RecordError` naming the file and line of a bad row.
  public static func load(from url: URL, name: String? = nil) throws(RecordError) -> ForceTable {
    let display = name ?? url.path
    do {
      let reader = try CSVReader(url: url, name: display)
      try reader.require(columns: columns)
      var forces: [Force] = []
      var seen: Set<String> = []
      while let record = try reader.next() {
        let id = record["force_id"] ?? ""
        let at = SourcePosition(file: display, line: record.line)
        guard !id.isEmpty else { throw RecordError.missingValue(column: "force_id", at: at) }
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
          throw RecordError.badValue(
            column: "force_id", value: id, expected: "a lower-case slug such as west-midlands",
            at: at)
        }
        guard seen.insert(id).inserted else {
          throw RecordError.badValue(
            column: "force_id", value: id, expected: "an id not used on an earlier row", at: at)
        }
        let fullName = record["name"] ?? ""
        guard !fullName.isEmpty else { throw RecordError.missingValue(column: "name", at: at) }
        let short = record["short_name"].flatMap { $0.isEmpty ? nil : $0 } ?? fullName
        forces.append(
          Force(
            id: id, name: fullName, shortName: short,
            aliases: (record["aliases"] ?? "").split(separator: ";")
              .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            region: record["region"] ?? "", country: record["country"] ?? "",
            onsCode: record["ons_code"] ?? "", type: record["type"] ?? "territorial",
            websiteDomain: record["website_domain"] ?? ""))
      }
      return ForceTable(forces)
    } catch let error as RecordError {
      throw error
    } catch let error as CSVError {
      throw .csv(error)
    } catch {
      throw .csv(.io("\(error)", file: display))
    }
  }

  /// The force with this id.
  public func force(id: String) -> Force? { byID[id] }

  /// The force any of whose names is `name`, ignoring case, `&`/`and` and punctuation.
  public func force(named name: String) -> Force? { byName[ForceTable.key(name)] ?? byID[name] }

  /// The comparison key for names: lower case, `&` as `and`, letters and digits only.
  public static func key(_ name: String) -> String {
    name.lowercased().replacingOccurrences(of: "&", with: " and ")
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
  }
}
