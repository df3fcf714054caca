import ArgumentParser
import NetGraph

/// Corpus paths or a graph file, for commands that work on a network.
struct GraphInputOptions: ParsableArguments {
  @Argument(
    help:
      "Corpus files (.txt, .jsonl, .csv, .html) or directories searched for them (default: the bundled seeds corpus)."
  )
  var paths: [String] = []

  @OptionGroup var selection: CorpusSelectionOptions

  @Option(name: .long, help: "Read a graph file (.txt/.edges/.tsv edge list, .graphml, .json) instead of a corpus.")
  var graph: String?

  @Flag(name: .long, help: "Treat the edges of an untyped graph file as directed.")
  var directed = false

  @Flag(
    name: .long,
    help: "Replace bytes that are not valid text with U+FFFD (with a warning) instead of failing.")
  var lossy = false

  @OptionGroup var curation: ThesaurusOptions

  @Option(name: .long, help: BasisSelection.help)
  var basis: BasisSelection = .all

  func validate() throws {
    if graph != nil && !paths.isEmpty {
      throw ValidationError("Give either corpus PATHs or --graph FILE, not both.")
    }
    if graph != nil && selection.shard != nil {
      throw ValidationError("--shard splits corpus files; it does not apply to --graph.")
    }
  }

  /// Loads the network, printing corpus warnings on stderr (honours `--lossy`), curated by
  /// `--thesaurus` when given; a corpus is extracted on `threads` threads (`nil`: one per core).
  func loadNetwork(threads: Int? = nil) throws -> InnovationNetwork {
    try loadCuratedNetwork(threads: threads).network
  }

  /// Loads the network and applies `--thesaurus` once, right after extraction or loading.
  /// - Returns: The network and, with a thesaurus, what it changed.
  /// - Throws: `ThesaurusError` (read first, so a bad file fails before any extraction),
  ///   `CorpusError`, `GraphFileError`.
  func loadCuratedNetwork(threads: Int? = nil) throws -> (network: InnovationNetwork, summary: CurationSummary?) {
    let thesaurus = try curation.load()
    let network = basis.apply(try source.load(lossy: lossy, threads: threads, selection: selection.selection, warn: OutputWriter.warn))
    return try ThesaurusOptions.apply(thesaurus, to: network)
  }

  /// The compact graph the analysis commands work on (`directed`: the view they need). A
  /// graph file read in that same direction with no `--kind`/`--relation`/`--basis` filter, no
  /// `--from`/`--to` and no `--thesaurus` goes straight to the `Graph` (no typed network in between); everything
  /// else is the filtered network.
  func loadGraph(_ analysis: AnalysisOptions, directed: Bool) throws -> Graph {
    if let graph, directed == self.directed, curation.thesaurus == nil, basis == .all,
      analysis.kind.isEmpty, analysis.relation.isEmpty, selection.from == nil, selection.to == nil
    {
      return try GraphFileReader.readGraph(path: graph, directed: directed)
    }
    return analysis.graph(try loadNetwork(threads: analysis.threads), directed: directed)
  }

  var source: NetworkSource {
    if let graph { return .graphFile(path: graph, directed: directed) }
    return .corpus(paths)
  }
}
