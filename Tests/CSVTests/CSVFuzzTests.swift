import CSV
import Foundation
import PropertyBased
import Testing

/// The CSV reader against generated and mutated inputs: it reads rows or throws a `CSVError`,
/// and never crashes or hangs. `FORCEBENCH_FUZZ_CSV` sets the number of inputs (20,000 in
/// `swift test`; `contrib/fuzz/run.sh` runs 1,000,000).
@Suite struct CSVFuzzTests {
  static let iterations =
    ProcessInfo.processInfo.environment["FORCEBENCH_FUZZ_CSV"].flatMap(Int.init) ?? 20_000

  /// Valid files to mutate: quoted fields, doubled quotes, line breaks in fields, a BOM, CRLF.
  static let seeds: [[UInt8]] = [
    "a,b,c\n1,2,3\n", "\u{FEFF}name,quote\r\n\"x\",\"he said \"\"£5\"\"\"\r\n",
    "fact_id,quote\nf1,\"line one\nline two\"\nf2,=SUM(A1)\n", "only\n\n\n", "a,b\n\"unclosed,1\n",
  ].map { Array($0.utf8) }

  static let alphabet: [UInt8] = Array("\",\n\r ab1£".utf8) + [0x00, 0xFF, 0xC3, 0xEF, 0xBB, 0xBF]

  static func mutate(_ input: [UInt8], _ random: inout Xoshiro) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0: bytes.insert(alphabet.randomElement(using: &random)!, at: position)
      case 1 where position < bytes.count: bytes.remove(at: position)
      case 2 where position < bytes.count:
        bytes[position] = UInt8.random(in: 0...255, using: &random)
      case 3: bytes = Array(bytes.prefix(position))
      default:
        let piece = bytes[position...].prefix(Int.random(in: 1...16, using: &random))
        bytes.insert(contentsOf: piece, at: position)
      }
    }
    return bytes
  }

  @Test func theReaderNeverCrashesOnGeneratedInput() {
    var random = Xoshiro(seed: (2026, 12, 7, 1))
    var rows = 0
    var errors = 0
    for iteration in 0..<Self.iterations {
      let bytes: [UInt8] =
        iteration % 4 == 0
        ? (0..<Int.random(in: 0...64, using: &random)).map { _ in
          Self.alphabet.randomElement(using: &random)!
        }
        : Self.mutate(Self.seeds[iteration % Self.seeds.count], &random)
      do {
        let reader = try CSVReader(data: Data(bytes), name: "fuzz.csv")
        while let record = try reader.next() {
          rows += 1
          #expect(record.line >= 2, "input \(bytes)")
        }
      } catch {
        errors += 1
      }
    }
    #expect(rows + errors > 0)
  }
}
