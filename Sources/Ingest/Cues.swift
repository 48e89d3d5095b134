import Foundation

/// The fixed vocabulary of cue ids that ingest attaches to mentions for the classify rules.
///
/// Topic cues (`msht`, `cse`) come from the vocabulary and are read from the mention's quote
/// and its sentence; the others only from the quote, so that a neighbouring clause does not
/// lend its words to a mention.
enum Cues {
  /// Cue id and the pattern that signals it.
  static let patterns: [(id: String, pattern: Pattern)] = [
    ("dedicated", Pattern(#"\b(?:dedicated|solely|ring[- ]?fenced)\b"#)),
    ("part_time", Pattern(#"\bpart[- ]?time\b"#)),
    (
      "shared_purpose",
      Pattern(
        #"\b(?:including|includes|include|among other|amongst other|priorities including|all victims|a range of|as well as|wider)\b"#
      )
    ),
    ("no_specific_budget", Statements.noSpecificBudget),
    ("no_information_held", Statements.noInformationHeld),
    ("cannot_disaggregate", Statements.cannotDisaggregate),
    ("absorbed", Statements.absorbed),
    ("existing_resources", Statements.existingResources),
    ("part_of_wider_work", Statements.partOfWiderWork),
    ("not_commissioned", Statements.notCommissioned),
    ("no_dedicated_resource", Statements.noDedicatedResource),
    ("ncnd", Statements.ncnd),
    ("exemption", Statements.exemptionWords),
    (
      "funded_service",
      Pattern(
        #"\b(?:service|services|helpline|scheme|programme|project|charity|organisation)\b[^.;]{0,60}\b(?:funded|commissioned)\b|\b(?:funded|commissioned)\b[^.;]{0,60}\b(?:service|services|helpline|scheme|programme|project)\b|\bgrant\b"#
      )
    ),
    (
      "victim_services",
      Pattern(
        #"\b(?:victims? (?:services?|support|code)|support(?:ing)? (?:to )?victims|victim care|victims of crime)\b"#
      )
    ),
  ]

  /// The sorted cue ids of a mention with this quote and sentence. The topic cues (`msht`
  /// for the vocabulary's MSHT words, `cse` for its adjacent areas) may come from the sentence
  /// as well as the quote; the others only from the quote.
  static func find(quote: String, context: String, topics: TopicWords) -> [String] {
    var found: Set<String> = []
    // Each text made UTF-16 once for the twenty-odd patterns, not once per pattern.
    let quoteUnits = Array(quote.utf16)
    let range = NSRange(location: 0, length: quoteUnits.count)
    let contextUnits = Array(context.utf16)
    let whole = NSRange(location: 0, length: contextUnits.count)
    let negated = Statements.notCommissioned.firstMatch(in: quoteUnits, range: range) != nil
    for (id, pattern) in patterns where !(negated && id == "funded_service") {
      if pattern.firstMatch(in: quoteUnits, range: range) != nil { found.insert(id) }
    }
    for (id, pattern) in [("msht", topics.msht), ("cse", topics.adjacent)]
    where pattern.firstMatch(in: quoteUnits, range: range) != nil
      || pattern.firstMatch(in: contextUnits, range: whole) != nil
    {
      found.insert(id)
    }
    return found.sorted()
  }
}
