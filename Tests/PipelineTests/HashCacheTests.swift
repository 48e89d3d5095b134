import Foundation
import Testing

@testable import Pipeline

/// `HashCache` trusts a hash only for a file whose stamp is unchanged and that had settled
/// (modified two seconds or more before it was hashed).
@Suite struct HashCacheTests {
  private func setModified(_ url: URL, secondsAgo: TimeInterval) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-secondsAgo)], ofItemAtPath: url.path)
  }

  @Test func aSettledFileIsNotReadAgainAndAChangedOneIs() throws {
    let folder = try TestFolder()
    try folder.write("first", to: "a.txt")
    let file = folder.url.appendingPathComponent("a.txt")
    try setModified(file, secondsAgo: 60)
    let cacheFile = folder.url.appendingPathComponent(".hashes.csv")
    var computed = 0
    let count = { () throws(PipelineError) -> String in
      computed += 1
      return try Fingerprint.sha256(of: file, name: "a.txt")
    }
    let first = HashCache(file: cacheFile)
    let hash = try first.sha256(of: file, compute: count)
    first.save()
    #expect(try HashCache(file: cacheFile).sha256(of: file, compute: count) == hash)
    #expect(computed == 1)
    // A new version has a new time (and here a new size): it is read again.
    try folder.write("second version", to: "a.txt")
    try setModified(file, secondsAgo: 30)
    let changed = try HashCache(file: cacheFile).sha256(of: file, compute: count)
    #expect(changed != hash)
    #expect(computed == 2)
    // --force trusts nothing recorded.
    let forced = HashCache(file: cacheFile)
    forced.distrustRecorded()
    _ = try forced.sha256(of: file, compute: count)
    #expect(computed == 3)
  }

  /// A file written just now could change again within the same tick without its stamp
  /// changing, so it is hashed again by the next run.
  @Test func aFileHashedAsItIsWrittenIsHashedAgain() throws {
    let folder = try TestFolder()
    try folder.write("fresh", to: "b.txt")
    let file = folder.url.appendingPathComponent("b.txt")
    let cacheFile = folder.url.appendingPathComponent(".hashes.csv")
    var computed = 0
    let count = { () throws(PipelineError) -> String in
      computed += 1
      return try Fingerprint.sha256(of: file, name: "b.txt")
    }
    let first = HashCache(file: cacheFile)
    _ = try first.sha256(of: file, compute: count)
    first.save()
    _ = try HashCache(file: cacheFile).sha256(of: file, compute: count)
    #expect(computed == 2)
  }

  /// `--force` comes after the program has hashed itself; a hash the run already relied on is
  /// kept, so a forced run does not drop the program from the cache.
  @Test func aHashAlreadyReliedOnSurvivesForce() throws {
    let folder = try TestFolder()
    try folder.write("program", to: "program")
    try folder.write("input", to: "input.txt")
    let program = folder.url.appendingPathComponent("program")
    let input = folder.url.appendingPathComponent("input.txt")
    try setModified(program, secondsAgo: 60)
    try setModified(input, secondsAgo: 60)
    let cacheFile = folder.url.appendingPathComponent(".hashes.csv")
    var computed = 0
    func counting(_ url: URL) -> () throws(PipelineError) -> String {
      { () throws(PipelineError) -> String in
        computed += 1
        return try Fingerprint.sha256(of: url, name: url.lastPathComponent)
      }
    }
    let first = HashCache(file: cacheFile)
    _ = try first.sha256(of: program, compute: counting(program))
    first.save()
    let forced = HashCache(file: cacheFile)
    _ = try forced.sha256(of: program, compute: counting(program))
    forced.distrustRecorded()
    _ = try forced.sha256(of: input, compute: counting(input))
    forced.save()
    #expect(computed == 2)
    _ = try HashCache(file: cacheFile).sha256(of: program, compute: counting(program))
    #expect(computed == 2)
  }
}
