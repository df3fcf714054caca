import ArgumentParser
import Foundation
import NetGraph

struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Summarise the network: size, density, components, distances, clustering, mixing by kind.",
    discussion: """
      Distances are hops in the largest component (direction ignored); clustering and \
      transitivity are unweighted, as networkx's defaults. The E-I index per kind is \
      (external − internal ties) / all ties of that kind's members; kind assortativity is \
      networkx's attribute_assortativity_coefficient with the entity kind.
      Example: statistics of a graph file as JSON,
        netgraph stats --graph edges.txt --format json
      """
  )

  @OptionGroup var input: GraphInputOptions
  @OptionGroup var analysis: AnalysisOptions

  @Option(name: .long, help: "Output format: table, csv, json or markdown.")
  var format: TableFormat = .table

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func run() throws {
    let graph = try input.loadGraph(analysis, directed: input.directed)
    let statistics = NetworkStatistics(graph: graph, threads: analysis.threads)
    try OutputWriter.write(Data(statistics.render(format).utf8), to: output)
  }
}
