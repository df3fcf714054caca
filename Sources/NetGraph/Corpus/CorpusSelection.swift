/// Which part of a corpus a command reads: `--shard I/N` of its files, `--from`/`--to` of
/// its dated articles.
public struct CorpusSelection: Hashable, Sendable {
  public var shard: CorpusShard?
  public var from: ArticleDate?
  public var to: ArticleDate?

  public init(shard: CorpusShard? = nil, from: ArticleDate? = nil, to: ArticleDate? = nil) {
    self.shard = shard
    self.from = from
    self.to = to
  }

  /// Everything.
  public static let all = CorpusSelection()

  /// Loads the selected part of `paths` (empty: the bundled seeds).
  /// - Throws: `CorpusError` naming the offending path.
  public func load(paths: [String], lossy: Bool) throws -> Corpus {
    try CorpusLoader.load(paths: paths, lossy: lossy, shard: shard).dated(from: from, to: to)
  }
}
