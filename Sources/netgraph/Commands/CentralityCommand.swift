import ArgumentParser
import Foundation
import NetGraph

struct CentralityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centrality",
    abstract: "Rank entities by centrality measures (networkx definitions).",
    discussion: """
      Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).
      Values follow networkx's defaults: betweenness normalised, closeness with the \
      Wasserman–Faust correction, eigenvector with unit norm, PageRank α = 0.85. \
      Constraint and effective size are empty (CSV) or null (JSON) for isolated nodes.
      Example: the five most central universities and parks of the seeds corpus,
        netgraph centrality --measure betweenness,pagerank --kind park,university --top 5 --by-kind
      """
  )

  @OptionGroup var input: GraphInputOptions
  @OptionGroup var analysis: AnalysisOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Measures to compute, comma-separated (default: all); the first one ranks the rows.",
      valueName: "measure,..."))
  var measure: [CommaList<CentralityMeasure>] = []

  @Option(name: .long, help: "Show only the N highest-ranked nodes (per kind with --by-kind).")
  var top: Int?

  @Flag(name: .long, help: "Rank within each entity kind.")
  var byKind = false

  @Option(name: .long, help: "Output format: table, csv, json or markdown.")
  var format: TableFormat = .table

  @Option(
    name: .long, help: "Estimate betweenness from K random source pivots (Brandes & Pich 2007) instead of all nodes.")
  var samples: Int?

  @Option(name: .long, help: "Seed for --samples.")
  var seed: UInt64 = 42

  @Option(
    name: .long,
    help:
      "Iteration limit of eigenvector and PageRank. networkx stops at 100 and raises; where it converges the values are identical, and the higher default also serves slowly mixing networks of many components."
  )
  var maxIterations: Int = 10_000

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if let samples, samples < 2 { throw ValidationError("--samples must be at least 2.") }
    if maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1.") }
  }

  func run() throws {
    let graph = try input.loadGraph(analysis, directed: input.directed)
    let measures = measure.isEmpty ? CentralityMeasure.allCases : measure.flatMap(\.items)
    let table = try CentralityTable(
      graph: graph, measures: measures, weighting: analysis.weight, threads: analysis.threads,
      betweennessSamples: samples.map { ($0, seed) }, maxIterations: maxIterations)
    let text = table.render(format, top: top, byKind: byKind)
    try OutputWriter.write(Data(text.utf8), to: output)
  }
}
