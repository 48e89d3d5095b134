import Foundation
import Records
import Topics
import Yams

/// The ordered classification rules of `Pipelines/rules.yml`; the first rule that matches wins.
///
/// The file is a mapping with `rules` (the list of rules) and optionally `terms` (named lists
/// of phrases that a rule's phrase lists can include as `@name`). Unknown keys, classes, kinds
/// or cue ids are errors naming the line, so a typo never silently turns a rule off.
public struct RuleBook: Sendable, Hashable {
  /// The rules in file order.
  public var rules: [ClassificationRule]

  public init(rules: [ClassificationRule]) { self.rules = rules }

  /// The keys a rule may have.
  public static let ruleKeys: [String] = [
    "id", "description", "class", "kind", "quote_has_any", "quote_also_has_any", "quote_has_none",
    "context_has_any", "context_also_has_any", "context_has_none", "cues_any", "cues_none",
    "basis", "has_amount", "qualifier", "document_type",
  ]

  /// The cue ids ingest puts on mentions.
  public static let knownCues = Cue.known

  /// The first rule that matches the fact, or `nil`.
  public func firstMatch(for fact: Fact) -> ClassificationRule? {
    let text = FactText(fact)
    return rules.first { $0.matches(text) }
  }

  /// Reads a rules file.
  /// - Parameters:
  ///   - url: The file.
  ///   - name: The file as the user would name it, for messages.
  /// - Throws: `ClassifyError.badRules` naming the line of the first problem.
  ///   - vocabulary: The topic words (`Pipelines/vocabulary.yml`), which the rules use as the
  ///     term lists `@msht` and `@adjacent_areas`.
  public static func load(
    from url: URL, name: String, vocabulary: TopicVocabulary? = nil
  ) throws(ClassifyError) -> RuleBook {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .badRules("cannot read the rules file", at: SourcePosition(file: name))
    }
    return try parse(text, file: name, vocabulary: vocabulary)
  }

  /// Reads rules from YAML text; `file` names it in messages.
  /// - Throws: `ClassifyError.badRules` naming the line of the first problem.
  public static func parse(
    _ yaml: String, file: String, vocabulary: TopicVocabulary? = nil
  ) throws(ClassifyError) -> RuleBook {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw yamlProblem(error, file: file)
    } catch {
      throw .badRules("not YAML: \(error)", at: SourcePosition(file: file))
    }
    let reader = NodeReader(file: file)
    guard let root, let top = root.mapping else {
      throw .badRules(
        "the rules file must be a mapping with a 'rules' list", at: reader.position(of: root))
    }
    var terms: [String: [String]] = [:]
    var ruleNodes: Node.Sequence?
    var rulesKey: Node?
    for (key, value) in top {
      switch try reader.string(key) {
      case "terms":
        terms = try reader.terms(value)
        if vocabulary != nil,
          let (name, _) = terms.first(where: { TopicVocabulary.keys.contains($0.key) })
        {
          // One list in two files would let ingest and classify disagree on the topic.
          throw .badRules(
            "the term list '\(name)' belongs in Pipelines/vocabulary.yml, which ingest reads too",
            at: reader.position(of: value))
        }
      case "rules":
        rulesKey = key
        guard let sequence = value.sequence else {
          throw .badRules("'rules' must be a list of rules", at: reader.position(of: value))
        }
        ruleNodes = sequence
      case let other:
        throw .badRules(
          "unknown key '\(other)' (the file has 'terms' and 'rules')", at: reader.position(of: key))
      }
    }
    if let vocabulary {
      terms.merge(vocabulary.terms) { own, _ in own }
    }
    guard let ruleNodes, !ruleNodes.isEmpty else {
      throw .badRules("the file has no rules", at: reader.position(of: rulesKey ?? root))
    }
    var rules: [ClassificationRule] = []
    var seen: [String: Int] = [:]
    for node in ruleNodes {
      let rule = try reader.rule(node, terms: terms)
      if let first = seen[rule.id] {
        throw .badRules(
          "the rule id '\(rule.id)' is already used on line \(first)",
          at: SourcePosition(file: file, line: rule.line))
      }
      seen[rule.id] = rule.line
      rules.append(rule)
    }
    return RuleBook(rules: rules)
  }

  static func yamlProblem(_ error: YamlError, file: String) -> ClassifyError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .badRules(
        "not valid YAML: \(problem)", at: SourcePosition(file: file, line: mark.line))
    default:
      return .badRules("not valid YAML: \(error)", at: SourcePosition(file: file))
    }
  }
}

/// Reads rules out of YAML nodes, naming the line of anything wrong.
struct NodeReader {
  let file: String

  func position(of node: Node?) -> SourcePosition {
    guard let line = node?.mark?.line else { return SourcePosition(file: file) }
    return SourcePosition(file: file, line: line)
  }

  func string(_ node: Node) throws(ClassifyError) -> String {
    guard let scalar = node.scalar else {
      throw .badRules("expected a single value here", at: position(of: node))
    }
    return scalar.string
  }

  /// A single value or a list of values, as a list.
  func strings(_ node: Node, key: String) throws(ClassifyError) -> [String] {
    if let scalar = node.scalar { return [scalar.string] }
    guard let sequence = node.sequence else {
      throw .badRules("'\(key)' must be a value or a list of values", at: position(of: node))
    }
    var values: [String] = []
    for item in sequence {
      let value = try string(item).trimmingCharacters(in: .whitespaces)
      guard !value.isEmpty else {
        throw .badRules("'\(key)' has an empty entry", at: position(of: item))
      }
      values.append(value)
    }
    guard !values.isEmpty else {
      throw .badRules("'\(key)' is an empty list", at: position(of: node))
    }
    return values
  }

  func terms(_ node: Node) throws(ClassifyError) -> [String: [String]] {
    guard let mapping = node.mapping else {
      throw .badRules("'terms' must map names to lists of phrases", at: position(of: node))
    }
    var terms: [String: [String]] = [:]
    for (key, value) in mapping {
      let name = try string(key)
      let phrases = try strings(value, key: name)
      if let reference = phrases.first(where: { $0.hasPrefix("@") }) {
        throw .badRules(
          "a term list cannot include another ('\(reference)')", at: position(of: value))
      }
      terms[name] = phrases
    }
    return terms
  }

  /// A phrase list with each `@name` replaced by that term list.
  func phrases(
    _ node: Node, key: String, terms: [String: [String]]
  ) throws(ClassifyError) -> [String] {
    var result: [String] = []
    for phrase in try strings(node, key: key) {
      if phrase.hasPrefix("@") {
        guard let list = terms[String(phrase.dropFirst())] else {
          throw .badRules("'\(phrase)' names no list under 'terms'", at: position(of: node))
        }
        result += list
      } else {
        result.append(phrase)
      }
    }
    return result
  }

  func closed<T: RawRepresentable & CaseIterable>(
    _ node: Node, key: String, as type: T.Type
  ) throws(ClassifyError) -> Set<T> where T.RawValue == String {
    var values: Set<T> = []
    for text in try strings(node, key: key) {
      guard let value = T(rawValue: text) else {
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw .badRules(
          "'\(text)' is not a valid \(key) (one of \(allowed))", at: position(of: node))
      }
      values.insert(value)
    }
    return values
  }

  func rule(_ node: Node, terms: [String: [String]]) throws(ClassifyError) -> ClassificationRule {
    guard let mapping = node.mapping else {
      throw .badRules(
        "a rule must be a mapping with id, description and class", at: position(of: node))
    }
    let line = node.mark?.line ?? 0
    var values: [String: Node] = [:]
    for (key, value) in mapping {
      let name = try string(key)
      guard RuleBook.ruleKeys.contains(name) else {
        throw .badRules(
          "unknown key '\(name)' in a rule (allowed: "
            + RuleBook.ruleKeys.joined(separator: ", ") + ")", at: position(of: key))
      }
      values[name] = value
    }
    func required(_ key: String) throws(ClassifyError) -> String {
      guard let value = values[key] else {
        throw .badRules("the rule has no '\(key)'", at: position(of: node))
      }
      let text = try string(value).trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else {
        throw .badRules("the rule's '\(key)' is empty", at: position(of: value))
      }
      return text
    }
    let id = try required("id")
    let summary = try required("description")
    if summary.contains("\n") {
      throw .badRules(
        "the description of '\(id)' must be one line", at: position(of: values["description"]))
    }
    let classText = try required("class")
    guard let resourceClass = ResourceClass(rawValue: classText) else {
      throw .badRules(
        "'\(classText)' is not a class (one of "
          + ResourceClass.allCases.map(\.rawValue).joined(separator: ", ") + ")",
        at: position(of: values["class"]))
    }
    var rule = ClassificationRule(
      id: id, summary: summary, resourceClass: resourceClass, line: line)
    func list(_ key: String) throws(ClassifyError) -> [String]? {
      guard let value = values[key] else { return nil }
      return try phrases(value, key: key, terms: terms).map(PhraseMatcher.normalise)
    }
    rule.quoteHasAny = try list("quote_has_any")
    rule.quoteAlsoHasAny = try list("quote_also_has_any")
    rule.quoteHasNone = try list("quote_has_none")
    rule.contextHasAny = try list("context_has_any")
    rule.contextAlsoHasAny = try list("context_also_has_any")
    rule.contextHasNone = try list("context_has_none")
    for key in ["cues_any", "cues_none"] {
      guard let value = values[key] else { continue }
      let cues = Set(try strings(value, key: key))
      if let unknown = cues.subtracting(RuleBook.knownCues).sorted().first {
        throw .badRules(
          "'\(unknown)' is not a cue ingest writes (one of "
            + RuleBook.knownCues.sorted().joined(separator: ", ") + ")", at: position(of: value))
      }
      if key == "cues_any" { rule.cuesAny = cues } else { rule.cuesNone = cues }
    }
    if let value = values["kind"] { rule.kinds = try closed(value, key: "kind", as: FactKind.self) }
    if let value = values["qualifier"] {
      rule.qualifiers = try closed(value, key: "qualifier", as: AmountQualifier.self)
    }
    if let value = values["document_type"] {
      rule.documentTypes = try closed(value, key: "document_type", as: DocumentType.self)
    }
    if let value = values["basis"] {
      let text = try string(value)
      guard let basis = StaffBasis(rawValue: text) else {
        throw .badRules(
          "'\(text)' is not a valid basis (one of full_time, part_time)", at: position(of: value))
      }
      rule.basis = basis
    }
    if let value = values["has_amount"] {
      guard let scalar = value.scalar, ["true", "false"].contains(scalar.string) else {
        throw .badRules("'has_amount' must be true or false", at: position(of: value))
      }
      rule.hasAmount = scalar.string == "true"
    }
    return rule
  }
}
