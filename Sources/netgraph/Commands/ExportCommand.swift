import ArgumentParser
import Foundation
import NetGraph

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the network as DOT, GraphML, GEXF, JSON, CSV, Neo4j or Pajek.",
    discussion: """
      Every format carries the same nodes (id, name, kind, aliases, mentions)
      and edges (kind, weight, evidence count, first evidence sentence);
      README "Exports" has the details.
        dot      Graphviz DOT
        graphml  GraphML with typed keys (networkx, igraph, Cytoscape)
        gexf     GEXF 1.3 with viz colours and sizes (Gephi)
        json     networkx node-link JSON (nx.node_link_graph)
        pajek    Pajek .net
        csv      DIR/nodes.csv and DIR/edges.csv
        neo4j    DIR/nodes.csv and DIR/relationships.csv (neo4j-admin import)
      csv and neo4j write a directory and need -o DIR; the other formats
      write stdout or -o FILE.
      Example: the bundled seeds network for Gephi:
        netgraph export --format gexf -o out/seeds.gexf
      """
  )

  @OptionGroup var input: GraphInputOptions

  @Option(name: .long, help: "Worker threads extracting a corpus (default: one per core); the output does not depend on it.")
  var threads: Int?

  @Option(help: "Export format (see above).")
  var format: ExportFormat

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to FILE (atomically) instead of stdout; for csv and neo4j, the directory DIR to create.",
      valueName: "FILE|DIR"))
  var output: String?

  @Option(help: "With --format gexf: lay the graph out with this Graphviz engine and store node positions, theme colours and sizes (viz:position) for Gephi.")
  var layout: LayoutEngine?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if layout != nil && format != .gexf {
      throw ValidationError("--layout applies to --format gexf only.")
    }
    if format.writesDirectory && (output == nil || output == "-") {
      let files = format == .csv ? "nodes.csv and edges.csv" : "nodes.csv and relationships.csv"
      throw ValidationError(
        "--format \(format.rawValue) writes a directory (\(files)); give -o DIR.")
    }
  }

  func run() throws {
    let network = try input.loadNetwork(threads: threads)
    var gexf = GEXFWriter()
    if let layout {
      let renderer = DiagramRenderer(theme: try Theme.bundled(), engine: layout)
      gexf.positions = try renderer.positions(for: network).mapValues { GEXFWriter.Position(x: $0.x, y: $0.y) }
    }
    let files = try format.files(for: network, gexf: gexf)
    if format.writesDirectory, let output {
      try OutputWriter.writeDirectory(files, to: output)
    } else {
      try OutputWriter.write(Data(files[0].contents.utf8), to: output)
    }
  }
}
