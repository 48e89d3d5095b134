import CSV
import Foundation
import Records
import Topics

/// Reads every document under `Inputs/documents/` and the hand-coded facts under `Inputs/coded/`,
/// and writes `documents.csv`, `requests.csv`, `mentions.csv` and `set_aside.csv` (money and
/// people found but not taken as resources, each with its reason).
///
/// Documents are read a window at a time on every core and their rows written in order of name
/// before the next window is read, so the corpus never has to fit in memory. Offsets (`start`, `end`) count Unicode
/// scalars of the decoded text; see `SourceText`.
public struct IngestStage: Stage {
  public static let name = "ingest"
  public static let version = 2

  /// The topic words (`Pipelines/vocabulary.yml`) that decide which mentions are about MSHT.
  public var vocabularyFile: URL

  public init(vocabularyFile: URL) { self.vocabularyFile = vocabularyFile }

  public var parameters: [String: String] { [:] }

  /// The documents, the coded CSVs and `forces.csv`, sorted by path.
  public func inputFiles(in context: StageContext) -> [URL] {
    var files = documentFiles(in: context).map(\.url) + codedFiles(in: context).map(\.url)
    files.append(forcesURL(in: context))
    files.append(vocabularyFile)
    return files.sorted { $0.path < $1.path }
  }

  public func run(in context: StageContext) throws(IngestError) -> StageSummary {
    let forcesDisplay = "\(context.inputs.lastPathComponent)/reference/forces.csv"
    let table: ForceTable
    do {
      table = try ForceTable.load(from: forcesURL(in: context), name: forcesDisplay)
    } catch {
      throw .forces(error)
    }
    let detector = ForceDetector(table: table)
    let topics: TopicWords
    do {
      topics = TopicWords(
        try TopicVocabulary.load(from: vocabularyFile, name: DisplayPath.of(vocabularyFile)))
    } catch {
      throw .vocabulary(error)
    }
    let inputsName = context.inputs.lastPathComponent

    enum Item {
      case document(URL, String)
      case coded(URL, String)
    }
    var items: [(name: String, item: Item)] = []
    for (url, name) in documentFiles(in: context) { items.append((name, .document(url, name))) }
    for (url, name) in codedFiles(in: context) {
      items.append(("coded/\(name)", .coded(url, name)))
    }
    items.sort { $0.name < $1.name }

    var cache = context.cache.map {
      DocumentCache(stage: $0, dependencies: [forcesURL(in: context), vocabularyFile])
    }
    if let ready = cache?.prepare(), !ready { cache = nil }
    var kept: Set<String> = []

    var written = 0
    var notes: [String] = []
    do {
      let documents = try CSVWriter(
        url: context.outputFile("documents.csv"), header: DocumentRecord.columns)
      let requests = try CSVWriter(
        url: context.outputFile("requests.csv"), header: RequestPassage.columns)
      let mentions = try CSVWriter(url: context.outputFile("mentions.csv"), header: Mention.columns)
      let setAside = try CSVWriter(
        url: context.outputFile("set_aside.csv"), header: SetAsideMention.columns)
      // A link out of the inputs folder is listed, never read.
      for (name, reason) in skippedDocuments(in: context) {
        let record = DocumentRecord(
          document: name, forceID: Force.unknown.id, force: Force.unknown.shortName, date: nil,
          type: .other, encoding: "", characters: 0, flags: [reason])
        try documents.write(record.fields)
        notes.append("\(name): \(reason)")
      }
      // Documents are independent: a window of them is read on every core, then written in
      // name order, so the outputs are the same bytes as one at a time and memory holds one
      // window, not the corpus.
      var read: [Int: Result<(rows: DocumentRows, entry: URL?), IngestError>] = [:]
      for (done, entry) in items.enumerated() {
        if read[done] == nil {
          let window = done..<min(items.count, done + Self.window)
          read = Self.readDocuments(
            window.map { index in
              guard case .document(let url, let name) = items[index].item else { return nil }
              return (url, name, "\(inputsName)/documents/\(name)")
            }, from: done, detector: detector, topics: topics, cache: cache)
        }
        switch entry.item {
        case .document(_, let name):
          guard let outcome = read.removeValue(forKey: done) else { continue }
          let (rows, entry) = try outcome.get()
          try documents.write(rows.document)
          for fields in rows.requests { try requests.write(fields) }
          for fields in rows.mentions { try mentions.write(fields) }
          for fields in rows.setAside { try setAside.write(fields) }
          written += rows.mentions.count
          if let entry { kept.insert(entry.lastPathComponent) }
          if !rows.flags.isEmpty {
            notes.append("\(name): \(rows.flags.joined(separator: ", "))")
          }
        case .coded(let url, let name):
          let display = "\(inputsName)/coded/\(name)"
          let result = try CodedFacts.read(
            url: url, fileName: name, display: display, forces: table)
          try documents.write(result.record.fields)
          for mention in result.mentions { try mentions.write(mention.fields) }
          written += result.mentions.count
        }
        context.progress(done + 1, items.count)
      }
      try documents.finish()
      try requests.finish()
      try mentions.finish()
      try setAside.finish()
      cache?.prune(keeping: kept)
    } catch let error as IngestError {
      throw error
    } catch let error as CSVError {
      throw .csv(error)
    } catch {
      throw .unreadable(file: context.output.path, reason: "\(error)")
    }
    return StageSummary(read: items.count, written: written, notes: notes)
  }

  /// How many documents are read at once: enough to keep every core busy between writes.
  static let window = 64

  /// Reads the documents of a window on every core, or takes their rows from the cache; the
  /// results are keyed by the items' positions, from `first` on, each with its cache entry,
  /// and a `nil` entry (a coded file) is left for the caller.
  private static func readDocuments(
    _ documents: [(url: URL, name: String, display: String)?], from first: Int,
    detector: ForceDetector, topics: TopicWords, cache: DocumentCache?
  ) -> [Int: Result<(rows: DocumentRows, entry: URL?), IngestError>] {
    let slots = Slots<Result<(rows: DocumentRows, entry: URL?), IngestError>>(
      count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      guard let document = documents[index] else { return }
      // The bytes are read once: they name the cache entry and, on a miss, are the document.
      slots[index] = Result { () throws(IngestError) in
        let data = try DocumentReader.bytes(of: document.url, display: document.display)
        let entry = cache?.entry(name: document.name, bytes: data)
        if let entry, let rows = cache?.rows(at: entry) { return (rows, entry) }
        let rows = DocumentRows(
          try DocumentReader.read(
            data: data, url: document.url, name: document.name, display: document.display,
            detector: detector, topics: topics))
        if let entry { cache?.store(rows, at: entry) }
        return (rows, entry)
      }
    }
    var results: [Int: Result<(rows: DocumentRows, entry: URL?), IngestError>] = [:]
    for offset in 0..<documents.count {
      if let slot = slots[offset] { results[first + offset] = slot }
    }
    return results
  }

  private func forcesURL(in context: StageContext) -> URL {
    context.inputFile("reference/forces.csv")
  }

  private func documentFiles(in context: StageContext) -> [(url: URL, name: String)] {
    // Only a link can lead out of the folder; resolving every path would cost a no-op run
    // of a national corpus more than all its other checks.
    let root = context.inputs.resolvingSymlinksInPath().standardizedFileURL.path
    let folder = context.inputFile("documents")
    let folderInside = Self.outsideInputs(folder, root: root) == nil
    return visibleFiles(in: folder).filter {
      folderInside && !Self.isLink($0.url) || Self.outsideInputs($0.url, root: root) == nil
    }
  }

  /// The files of `documents/` that are not read, with the reason: links that lead outside
  /// the inputs folder, which would put another folder's text into the published report, and
  /// links that lead nowhere (broken, or a loop).
  private func skippedDocuments(in context: StageContext) -> [(name: String, reason: String)] {
    let folder = context.inputFile("documents")
    let root = context.inputs.resolvingSymlinksInPath().standardizedFileURL.path
    let manager = FileManager.default
    let names = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      !$0.hasPrefix(".")
    }
    return names.sorted().compactMap { name in
      let url = folder.appendingPathComponent(name)
      let type = (try? manager.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
      guard type == .typeSymbolicLink else { return nil }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        return (name, "skipped_broken_link")
      }
      if isDirectory.boolValue { return nil }
      return Self.outsideInputs(url, root: root).map { (name, $0) }
    }
  }

  /// Whether a path is a symbolic link itself (not where it leads).
  private static func isLink(_ url: URL) -> Bool {
    var info = stat()
    return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// The reason a document is not read when it is a link that resolves outside `root` (the
  /// inputs folder, resolved).
  private static func outsideInputs(_ url: URL, root: String) -> String? {
    let target = url.resolvingSymlinksInPath().standardizedFileURL.path
    return target == root || target.hasPrefix(root + "/") ? nil : "skipped_link_outside_inputs"
  }

  private func codedFiles(in context: StageContext) -> [(url: URL, name: String)] {
    visibleFiles(in: context.inputFile("coded")).filter {
      $0.name.lowercased().hasSuffix(".csv")
    }
  }

  /// The regular, non-hidden files of a folder, sorted by name; none when it does not exist.
  private func visibleFiles(in folder: URL) -> [(url: URL, name: String)] {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
    return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
      let url = folder.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
      else { return nil }
      return (url, name)
    }
  }
}

extension IngestStage {
  /// Checks one hand-coded file as a run would, for `forcebench validate`.
  /// - Throws: `IngestError` naming the file and line of the first bad row.
  public static func checkCodedFile(
    at url: URL, display: String, forces: ForceTable
  ) throws(IngestError) {
    _ = try CodedFacts.read(
      url: url, fileName: url.lastPathComponent, display: display, forces: forces)
  }
}

/// One result per slot, written from several threads: each thread writes only its own slots
/// and they are read after every thread has finished, so no slot is shared.
private final class Slots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  subscript(index: Int) -> Value? {
    get { storage[index] }
    set { storage[index] = newValue }
  }
}
