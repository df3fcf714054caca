import ArgumentParser
import NetGraph

/// Corpus paths or a graph file, for commands that work on a network.
struct GraphInputOptions: ParsableArguments {
  @Argument(help: "Text files or directories of *.txt (default: the bundled seeds corpus).")
  var paths: [String] = []

  @Option(name: .long, help: "Read a graph file (.txt/.edges/.tsv edge list, .graphml, .json) instead of a corpus.")
  var graph: String?

  @Flag(name: .long, help: "Treat the edges of an untyped graph file as directed.")
  var directed = false

  @Flag(
    name: .long,
    help: "Replace bytes that are not valid text with U+FFFD (with a warning) instead of failing.")
  var lossy = false

  func validate() throws {
    if graph != nil && !paths.isEmpty {
      throw ValidationError("Give either corpus PATHs or --graph FILE, not both.")
    }
  }

  /// Loads the network, printing corpus warnings on stderr (honours `--lossy`).
  func loadNetwork() throws -> InnovationNetwork {
    try source.load(lossy: lossy, warn: OutputWriter.warn)
  }

  var source: NetworkSource {
    if let graph { return .graphFile(path: graph, directed: directed) }
    return .corpus(paths)
  }
}
