import CSV
import Foundation
import Records

/// Residents of each force area by year, from `Inputs/reference/population.csv`.
public struct PopulationTable: Sendable, Equatable {
  /// Population by force id, then by calendar year.
  public let byForce: [String: [Int: Int]]

  /// The columns `population.csv` must have.
  public static let columns = ["force_id", "year", "population"]

  public init(byForce: [String: [Int: Int]]) { self.byForce = byForce }

  /// Reads and checks `population.csv` against the forces it may name.
  /// - Throws: `NormaliseError.badReference` naming the line of a bad row, or `.records`.
  public static func load(
    from url: URL, name: String, forces: ForceTable
  ) throws(NormaliseError) -> PopulationTable {
    var byForce: [String: [Int: Int]] = [:]
    for record in try ReferenceFile.records(of: url, name: name, columns: columns) {
      let at = SourcePosition(file: name, line: record.line)
      let id = record["force_id"] ?? ""
      guard forces.force(id: id) != nil else {
        throw .badReference("'\(id)' in column 'force_id' is not a force id of forces.csv", at: at)
      }
      let yearText = record["year"] ?? ""
      guard let year = Int(yearText), (1900...2999).contains(year) else {
        throw .badReference("'\(yearText)' in column 'year' is not a year such as 2011", at: at)
      }
      let populationText = record["population"] ?? ""
      guard let population = Int(populationText), population > 0 else {
        throw .badReference(
          "'\(populationText)' in column 'population' is not a positive whole number", at: at)
      }
      guard byForce[id]?[year] == nil else {
        throw .badReference("\(id) has a second population for \(year)", at: at)
      }
      byForce[id, default: [:]][year] = population
    }
    return PopulationTable(byForce: byForce)
  }

  /// The population of a force nearest to a year (the earlier year when two are as near).
  /// - Returns: The year used and the population, or `nil` when the force has none.
  public func nearest(force id: String, to year: Int) -> (year: Int, population: Int)? {
    guard let years = byForce[id] else { return nil }
    let best = years.min { lhs, rhs in
      let (left, right) = (abs(lhs.key - year), abs(rhs.key - year))
      return left == right ? lhs.key < rhs.key : left < right
    }
    return best.map { (year: $0.key, population: $0.value) }
  }
}

/// Shared reading of the reference CSVs.
enum ReferenceFile {
  /// Every row of a small reference table, after checking its header.
  static func records(
    of url: URL, name: String, columns: [String]
  ) throws(NormaliseError) -> [CSVRecord] {
    do {
      let reader = try CSVReader(url: url, name: name)
      try reader.require(columns: columns)
      return try reader.readAll()
    } catch {
      throw .records(.csv(error))
    }
  }
}

/// Reads plain decimal numbers the way the project's CSVs write them.
enum PlainDecimal {
  /// `12.5` or `-3`; `nil` for anything with symbols, separators or exponents.
  static func parse(_ text: String) -> Decimal? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") })
    else { return nil }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  /// A value rounded half away from zero to `places` decimal places.
  static func rounded(_ value: Decimal, places: Int = 2) -> Decimal {
    var input = value
    var output = Decimal()
    NSDecimalRound(&output, &input, places, .plain)
    return output
  }
}
