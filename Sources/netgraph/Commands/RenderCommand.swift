import ArgumentParser
import Foundation
import NetGraph

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the network (or a park's neighbourhood) with Graphviz, in-process.",
    discussion: """
      Example: the 西安 high-tech zone and its partners from the bundled seeds, as SVG:
        netgraph render --park 西安 -o out/西安.svg --summary
      Large graphs switch to sfdp with overlap removal and label only the top nodes.
      """
  )

  @OptionGroup var input: GraphInputOptions

  @Option(name: .long, help: "Worker threads extracting a corpus (default: one per core); the output does not depend on it.")
  var threads: Int?

  @Option(help: "Keep the parks whose name contains this text, and their neighbourhood.")
  var park: String?

  @Option(help: "Keep the entity whose name contains this text, and its neighbourhood (see --depth).")
  var ego: String?

  @Option(help: "Neighbourhood depth for --park and --ego.")
  var depth: Int = 1

  @Option(help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: RenderFormat = .svg

  @Option(
    help:
      "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: neato, or sfdp above \(DiagramRenderer.largeGraphThreshold) nodes)."
  )
  var engine: LayoutEngine?

  @Option(name: .customLong("kind"), parsing: .upToNextOption, help: "Keep only these entity kinds.")
  var kinds: [EntityKind] = []

  @Option(name: .customLong("relation"), parsing: .upToNextOption, help: "Keep only these relation kinds.")
  var relations: [RelationKind] = []

  @Option(name: .customLong("min-weight"), help: "Keep only ties with at least this many evidence sentences (weight).")
  var minWeight: Double?

  @Option(help: "Keep only the N most connected entities.")
  var top: Int?

  @Option(
    name: .customLong("size-by"),
    help:
      "Scale nodes by a centrality computed on the whole network (\(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))); also ranks --top."
  )
  var sizeBy: CentralityMeasure?

  enum ColorBy: String, CaseIterable, ExpressibleByArgument {
    case kind, community
  }

  @Option(
    name: .customLong("color-by"),
    help: "Fill colour by entity kind, or by community (Leiden on the whole network; shapes still show kinds).")
  var colorBy: ColorBy = .kind

  @Option(help: "Seed for --color-by community.")
  var seed: UInt64 = 42

  @Option(help: "A title drawn on the diagram.")
  var title: String?

  @Flag(
    name: .customLong("no-layout"),
    help:
      "With --format dot: write the styled DOT that would be laid out, without running the layout (for editing or running Graphviz yourself)."
  )
  var noLayout = false

  @Flag(
    name: .customLong("keep-isolated"),
    help:
      "Keep entities without any tie in the whole-network view (they are dropped by default; --park and --ego views keep them)."
  )
  var keepIsolated = false

  @Flag(help: "Print a one-paragraph summary of the drawn network on stderr.")
  var summary = false

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if depth < 0 || depth > 5 { throw ValidationError("--depth must be between 0 and 5.") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if let minWeight, !(minWeight >= 0) { throw ValidationError("--min-weight must be a non-negative number.") }
    if noLayout && format != .dot { throw ValidationError("--no-layout needs --format dot.") }
    if park != nil && ego != nil { throw ValidationError("Give --park or --ego, not both.") }
  }

  func run() throws {
    var network = try input.loadNetwork(threads: threads)
    // Centrality of the whole network, so a park view shows each entity's global standing.
    let scores = try sizeBy.map { try network.centralityScores($0) }
    let communities = colorBy == .community ? try network.communityMembership(CommunitySettings(seed: seed)) : nil
    var scope = input.graph ?? (input.paths.isEmpty ? "bundled seeds" : input.paths.joined(separator: " "))
    if let park {
      network = try ParkFilter(park, depth: depth, registry: try ParkRegistry.load()).apply(to: network)
      scope = park
    }
    if let ego {
      network = try EgoFilter(ego, depth: depth).apply(to: network)
      scope = ego
    }
    let filter = NetworkFilter(
      entityKinds: kinds.isEmpty ? nil : Set(kinds),
      relationKinds: relations.isEmpty ? nil : Set(relations),
      minimumWeight: minWeight, top: top,
      dropIsolated: minWeight != nil || !relations.isEmpty || (!keepIsolated && park == nil && ego == nil))
    network = filter.apply(to: network, score: scores)
    var renderer = DiagramRenderer(theme: try Theme.bundled(), engine: engine, format: format)
    renderer.title = title
    renderer.sizeBy = scores
    renderer.community = communities
    let bytes = noLayout ? Array(try renderer.dot(for: network).utf8) : try renderer.render(network)
    try OutputWriter.write(Data(bytes), to: output)
    if summary {
      FileHandle.standardError.write(Data((NetworkSummary.paragraph(network, scope: scope) + "\n").utf8))
    }
  }
}
