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

  func validate() throws {
    if graph != nil && !paths.isEmpty {
      throw ValidationError("Give either corpus PATHs or --graph FILE, not both.")
    }
  }

  var source: NetworkSource {
    if let graph { return .graphFile(path: graph, directed: directed) }
    return .corpus(paths)
  }
}
