import Foundation
import Records

/// Tells an FOI response from a panel report, a modern-slavery statement or anything else.
///
/// Each kind has signal phrases; a phrase in the first lines counts three times. The kind with
/// the highest score wins; a document with none is an FOI response when it quotes a request
/// back or carries a reference ("Our ref", "Your ref") together with the words of the
/// information-rights process ("Information Access", "internal review", "Information
/// Commissioner"), else `other`.
enum TypeDetector {
  private static let signals: [(DocumentType, Pattern)] = [
    (
      .foiResponse,
      Pattern(
        #"\bfreedom\s+of\s+information\b|\bFOI(?:A)?\b|\byour\s+request\b|\binformation\s+request\b"#
      )
    ),
    (
      .panelReport,
      Pattern(
        #"\bpolice(?:,\s+fire)?\s+(?:and|&)\s+crime\s+panel\b|\breport\s+of\b|\bthe\s+panel\s+is\s+asked\b|\bpanel\s+is\s+(?:recommended|invited)\b|\bagenda\s+item\b"#
      )
    ),
    // Decision records and news name the Act in their footers; their own words say what
    // they are. A statement names itself ("this statement sets out", "our modern slavery and
    // transparency in supply chains statement") and its section of the Act.
    (
      .other,
      Pattern(
        #"\bdecision\s+(?:making\s+)?(?:record|notice|number|ref(?:erence)?|sheet)\b|\bdecisions?\s+published\b|\b(?:PCD|DMPC|PCC\s+DN)\s*\d+|\bpress\s+release\b|\bnews\s+(?:release|story)\b|\b(?:said|says|added):"#
      )
    ),
    (
      .statement,
      Pattern(
        #"\b(?:modern\s+slavery|slavery\s+and\s+human\s+trafficking|human\s+trafficking|transparency)(?:\s+(?:and|in|our|supply|chains?|transparency|human|trafficking))*\s+statement\b|\bsection\s+54\b(?:\s?\(\d\))?[^.]{0,30}?\bmodern\s+slavery\s+act\b|\bthis\s+statement\s+(?:is|was|sets|covers|describes|explains|has\s+been)\b"#
      )
    ),
  ]

  /// A reference line of a letter: "Our ref", "Your ref", "Our reference".
  private static let reference = Pattern(#"\b(?:our|your)\s+ref(?:erence)?\b"#)
  /// Words of the FOI process that a letter with a reference uses only when it answers one.
  private static let informationRights = Pattern(
    #"\binformation\s+(?:access|rights|compliance|governance|management)\b|\binternal\s+review\b|\binformation\s+commissioner\b|\bICO\b"#
  )

  /// The kind of the document.
  static func detect(in text: SourceText, layout: DocumentLayout, hasRequest: Bool) -> DocumentType
  {
    let nonBlank = layout.lines.filter { !$0.isBlank }
    let headEnd = nonBlank.count > 15 ? nonBlank[15].range.location : text.length
    var best: (DocumentType, Int)?
    for (type, pattern) in signals {
      var score = 0
      for match in text.matches(pattern, in: NSRange(location: 0, length: text.length)) {
        score += match.range.location < headEnd ? 3 : 1
      }
      // One "Freedom of Information" link in a page's footer does not make an FOI answer.
      if type == .foiResponse, score < 2 { continue }
      if score > 0, score > (best?.1 ?? 0) { best = (type, score) }
    }
    if let best { return best.0 }
    let whole = NSRange(location: 0, length: text.length)
    if hasRequest
      || text.contains(reference, in: whole) && text.contains(informationRights, in: whole)
    {
      return .foiResponse
    }
    return .other
  }
}
