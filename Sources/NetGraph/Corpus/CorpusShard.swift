/// One of *N* fixed parts of a corpus's files (`--shard I/N`), so *N* machines can share it.
///
/// The files are sorted by base name (unique within a corpus) and dealt out in turn: the
/// *k*-th file (0-based) belongs to shard `k mod N + 1`. The split depends only on the file
/// names, never on the machine or the order paths were given.
public struct CorpusShard: Hashable, Sendable, CustomStringConvertible {
  /// 1-based shard number.
  public var index: Int
  /// Number of shards.
  public var count: Int

  /// - Returns: `nil` unless 1 ≤ `index` ≤ `count`.
  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `I/N`.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    self.init(index: i, count: n)
  }

  /// Whether the file at `position` of the name-sorted file list belongs to this shard.
  public func contains(position: Int) -> Bool { position % count == index - 1 }

  public var description: String { "\(index)/\(count)" }
}
