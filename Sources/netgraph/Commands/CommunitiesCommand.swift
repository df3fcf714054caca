import ArgumentParser
import Foundation
import NetGraph

extension CommunityMethod: ExpressibleByArgument {}

struct CommunitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communities",
    abstract: "Find communities (Louvain, Leiden or label propagation) and their modularity.",
    discussion: """
      Runs on the undirected view, weights as tie strengths (see --weight). Seeded and \
      deterministic: the same --seed gives the same partition. With --runs N, runs seeds \
      S … S+N−1, reports their stability (mean pairwise NMI) and returns their consensus \
      partition (Lancichinetti & Fortunato 2012: co-assignment frequencies on the ties, \
      threshold 0.5, re-clustered until the runs agree).
      Example: Leiden communities of a graph file as CSV,
        netgraph communities --graph edges.txt --method leiden --format csv
      """
  )

  @OptionGroup var input: GraphInputOptions
  @OptionGroup var analysis: AnalysisOptions

  @Option(name: .long, help: "Method: louvain, leiden or lpa (label propagation).")
  var method: CommunityMethod = .leiden

  @Option(name: .long, help: "Resolution γ of modularity; larger values give smaller communities.")
  var resolution: Double = 1

  @Option(name: .long, help: "Random seed (node order, refinement, ties).")
  var seed: UInt64 = 42

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Louvain/Leiden runs, each from the previous partition (default: Leiden 2, as igraph; Louvain until stable); --iterations=-1 repeats until stable.",
      valueName: "N"))
  var iterations: Int?

  @Option(name: .long, help: "Runs over consecutive seeds combined into a consensus partition (1: a single run).")
  var runs: Int = 1

  @Option(name: .long, help: "Members listed per community in table and Markdown output.")
  var topMembers: Int = 5

  @Option(name: .long, help: "Output format: table, csv, json or markdown.")
  var format: TableFormat = .table

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func validate() throws {
    guard resolution > 0, resolution.isFinite else {
      throw ValidationError("--resolution must be a positive number.")
    }
    if iterations == 0 { throw ValidationError("--iterations must not be 0 (a negative N repeats until stable).") }
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    guard topMembers >= 1 else { throw ValidationError("--top-members must be at least 1.") }
  }

  func run() throws {
    let graph = try input.loadGraph(analysis, directed: false)
    let settings = CommunitySettings(
      method: method, resolution: resolution, seed: seed, runs: runs, weighting: analysis.weight,
      iterations: iterations)
    let report = CommunityReport(graph: graph, result: try graph.communities(settings))
    try OutputWriter.write(Data(report.render(format, topMembers: topMembers).utf8), to: output)
  }
}
