/// What a fact is about: money, people, or a statement about resources.
public enum FactKind: String, Sendable, Hashable, CaseIterable, Codable {
  case funding
  case staff
  case statement
}

/// How exactly a document states an amount of money.
public enum AmountQualifier: String, Sendable, Hashable, CaseIterable, Codable {
  /// The amount as stated ("£19,250").
  case exact
  /// An upper bound ("up to £41,000", "a maximum of").
  case upTo = "up_to"
  /// A lower bound ("over £1.2m", "more than", "in excess of").
  case over
  /// An estimate ("around", "approximately", "c.").
  case approx
}

/// Whether staff work on the matter full time or part time.
public enum StaffBasis: String, Sendable, Hashable, CaseIterable, Codable {
  case fullTime = "full_time"
  case partTime = "part_time"
}

/// The class a fact is given by the classification rules.
public enum ResourceClass: String, Sendable, Hashable, CaseIterable, Codable {
  /// Money or staff for modern slavery and human trafficking alone.
  case dedicated
  /// A fund or service that covers MSHT among other things.
  case shared
  /// MSHT work carried inside general budgets or part-time roles, with no separable cost.
  case absorbed
  /// A related area such as child sexual exploitation.
  case adjacent
  /// An explicit "no budget" or "no information held".
  case none
  /// An FOI exemption or a "neither confirm nor deny".
  case withheld
}

/// What sort of document a source text is.
public enum DocumentType: String, Sendable, Hashable, CaseIterable, Codable {
  case foiResponse = "foi_response"
  case panelReport = "panel_report"
  case statement
  case other
}

/// Where in the inputs something was found: a file and line, or a document and character offset.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
  /// The file as the user would name it (`Inputs/coded/wmp.csv`).
  public var file: String
  /// The 1-based line, when the position is a line.
  public var line: Int?
  /// The 0-based character offset into the decoded text, when the position is an offset.
  public var offset: Int?

  /// A position at a line of a file.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
    self.offset = nil
  }

  /// A position at a character offset of a document.
  public init(file: String, offset: Int) {
    self.file = file
    self.line = nil
    self.offset = offset
  }

  /// A position naming a whole file.
  public init(file: String) {
    self.file = file
    self.line = nil
    self.offset = nil
  }

  public var description: String {
    if let line { return "\(file):\(line)" }
    if let offset { return "\(file)@\(offset)" }
    return file
  }
}
