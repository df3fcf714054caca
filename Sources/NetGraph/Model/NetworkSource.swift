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
  ///   - warn: Receives the corpus reader's warnings (the CLI prints them on stderr).
  /// - Throws: `CorpusError`, `GraphFileError`, or a lexicon error from the extractor.
  public func load(lossy: Bool = false, threads: Int? = nil, warn: ([CorpusWarning]) -> Void = { _ in }) throws
    -> InnovationNetwork
  {
    switch self {
    case .corpus(let paths):
      let corpus = try CorpusLoader.load(paths: paths, lossy: lossy)
      warn(corpus.warnings)
      return try Extractor().extract(corpus, threads: threads)
    case .graphFile(let path, let directed):
      return try GraphFileReader.read(path: path, directed: directed)
    }
  }
}
