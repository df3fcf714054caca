/// Where a command's network comes from: a corpus (extracted) or a graph file (read).
public enum NetworkSource: Sendable {
  /// Corpus paths; empty means the bundled seeds.
  case corpus([String])
  /// A graph file and whether its untyped edges are directed.
  case graphFile(path: String, directed: Bool)

  /// Loads the network.
  /// - Parameters:
  ///   - lossy: Replace undecodable corpus bytes with U+FFFD instead of failing.
  ///   - threads: Worker threads extracting a corpus (`nil`: one per core); the network does
  ///     not depend on it.
  ///   - selection: The shard and date range of a corpus (a graph file is cut by the dates
  ///     of its mentions and evidence).
  ///   - warn: Receives the corpus reader's warnings (the CLI prints them on stderr).
  /// - Throws: `CorpusError`, `GraphFileError`, or a lexicon error from the extractor.
  public func load(
    lossy: Bool = false, threads: Int? = nil, selection: CorpusSelection = .all,
    warn: ([CorpusWarning]) -> Void = { _ in }
  ) throws -> InnovationNetwork {
    switch self {
    case .corpus(let paths):
      let corpus = try selection.load(paths: paths, lossy: lossy)
      warn(corpus.warnings)
      return try Extractor().extract(corpus, threads: threads)
    case .graphFile(let path, let directed):
      let network = try GraphFileReader.read(path: path, directed: directed)
      guard selection.from != nil || selection.to != nil else { return network }
      if let warning = network.leftOutWarning(from: selection.from, to: selection.to) { warn([warning]) }
      return network.dated(from: selection.from, to: selection.to)
    }
  }
}
