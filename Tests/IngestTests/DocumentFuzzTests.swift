import Foundation
import PropertyBased
import Records
import Testing

@testable import Ingest

/// The document reader against random bytes and mutations of the fixtures: no crash, no
/// document taking more than a few seconds, and every quote exactly the text at its offsets.
/// `FORCEBENCH_FUZZ_DOCUMENTS` sets the number of inputs (300 in `swift test`;
/// `contrib/fuzz/run.sh` runs 100,000).
@Suite struct DocumentFuzzTests {
  static let iterations =
    ProcessInfo.processInfo.environment["FORCEBENCH_FUZZ_DOCUMENTS"].flatMap(Int.init) ?? 300

  /// Bytes that matter to the reader: sentence ends, list marks, tags, money, NUL, bad UTF-8.
  static let alphabet: [UInt8] =
    Array(".\n\r\t <>|#*-£0123456789,;:()\"'&".utf8) + [0x00, 0x0C, 0xA0, 0xC2, 0xE2, 0xFF]

  static func mutate(_ input: [UInt8], _ random: inout Xoshiro) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...8, using: &random) {
      let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0: bytes.insert(alphabet.randomElement(using: &random)!, at: position)
      case 1 where position < bytes.count: bytes.remove(at: position)
      case 2 where position < bytes.count:
        bytes[position] = UInt8.random(in: 0...255, using: &random)
      case 3:
        let cut = Int.random(in: position...min(bytes.count, position + 200), using: &random)
        bytes.removeSubrange(position..<cut)
      default:
        let piece = bytes[position...].prefix(Int.random(in: 1...300, using: &random))
        bytes.insert(contentsOf: piece, at: position)
      }
    }
    return bytes
  }

  @Test func readsAnyBytesWithExactQuotesInBoundedTime() throws {
    let detector = try #require(FixtureSupport.detector)
    let topics = try #require(FixtureSupport.topics)
    let folder = try FixtureSupport.url("money_ranges.txt").deletingLastPathComponent()
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html")
    }.sorted()
    let seeds = try names.map { try [UInt8](Data(contentsOf: folder.appendingPathComponent($0))) }
    var random = Xoshiro(seed: (2026, 12, 7, 2))
    var slowest = 0.0
    for iteration in 0..<Self.iterations {
      let pick = iteration % seeds.count
      let bytes =
        iteration % 10 == 9
        ? (0..<Int.random(in: 0...2_000, using: &random)).map { _ in
          UInt8.random(in: 0...255, using: &random)
        }
        : Self.mutate(seeds[pick], &random)
      let name = names[pick]
      // As DocumentReader.read takes a file's bytes to the text it reads.
      let (decoded, _) = try DocumentReader.decodedText(
        Data(bytes), url: folder.appendingPathComponent(name), name: name, display: name)
      let string = DocumentReader.withoutControls(decoded)
      let started = Date()
      let result = DocumentReader.analyse(
        string, encoding: "utf-8", name: name, detector: detector, topics: topics)
      slowest = max(slowest, Date().timeIntervalSince(started))
      let scalars = Array(string.unicodeScalars)
      for mention in result.mentions {
        let exact =
          mention.start >= 0 && mention.start <= mention.end && mention.end <= scalars.count
          && String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
            == mention.quote
        #expect(exact, "iteration \(iteration) of \(name): \(mention.id)")
      }
    }
    #expect(slowest < 5, "slowest document took \(slowest) s")
  }
}
