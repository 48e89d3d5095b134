/// Which stages a run considers and how it decides to run them.
public struct RunOptions: Sendable, Equatable {
  /// Runs exactly these stages (from the files on disk), when not empty.
  public var stages: [String]
  /// Runs this stage and every stage after it.
  public var from: String?
  /// Runs the considered stages even when their records say they are up to date.
  public var force: Bool
  /// Says what would run and why, and writes nothing.
  public var dryRun: Bool

  /// Makes options; the defaults consider every stage and run those out of date.
  public init(stages: [String] = [], from: String? = nil, force: Bool = false, dryRun: Bool = false)
  {
    self.stages = stages
    self.from = from
    self.force = force
    self.dryRun = dryRun
  }
}
