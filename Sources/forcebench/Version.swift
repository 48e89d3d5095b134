import Foundation

/// What `forcebench --version` prints: the package version, and the commit of the git checkout
/// the program was built in, when it still sits in one (`.build/release/forcebench`).
enum Version {
  static let package = "0.2.0"

  static var text: String {
    guard let commit = checkoutCommit() else { return package }
    return "\(package) (checkout \(commit))"
  }

  /// The commit the checkout around the executable is at, read from `.git` without running git.
  private static func checkoutCommit() -> String? {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<6 {
      let git = folder.appendingPathComponent(".git")
      if let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8) {
        let line = head.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("ref: ") else { return String(line.prefix(12)) }
        let ref = String(line.dropFirst(5))
        if let id = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8) {
          return String(id.trimmingCharacters(in: .whitespacesAndNewlines).prefix(12))
        }
        let packed =
          (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8))
          ?? ""
        for entry in packed.split(separator: "\n") where entry.hasSuffix(" " + ref) {
          return String(entry.prefix(12))
        }
        return nil
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }
}
