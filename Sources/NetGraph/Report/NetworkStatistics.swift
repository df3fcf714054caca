/// Whole-network statistics for `netgraph stats` and the report: size, density, components,
/// distances, clustering and the kind-level mixing measures.
public struct NetworkStatistics: Sendable {
  public var nodes: Int
  public var edges: Int
  public var isDirected: Bool
  public var selfLoops: Int
  public var density: Double
  public var components: Int
  public var largestComponent: Int
  /// Strongly connected components (directed graphs only).
  public var strongComponents: Int?
  public var isolatedNodes: Int
  /// Hop diameter and average path length of the largest component.
  public var pathLengths: PathLengthSummary
  public var transitivity: Double
  /// Mean of the local clustering coefficients (networkx `average_clustering`, zeros counted).
  public var averageClustering: Double
  public var meanDegree: Double
  /// Assortativity by entity kind (NaN for untyped graphs).
  public var kindAssortativity: Double
  public var eiByKind: [(kind: EntityKind?, index: EIIndex)]
  public var eiNetwork: EIIndex
  /// Nodes per kind, kinds in `EntityKind` order, untyped last; only kinds present.
  public var nodesByKind: [(kind: EntityKind?, count: Int)]

  /// Computes the statistics of `graph` (path lengths in hops, clustering unweighted, as the
  /// networkx defaults are).
  /// - Complexity: dominated by the path lengths, O(n m) on the largest component.
  public init(graph: Graph, threads: Int? = nil) {
    nodes = graph.nodeCount
    edges = graph.edgeCount
    isDirected = graph.isDirected
    selfLoops = graph.selfLoopCount
    density = graph.density
    let parts = graph.connectedComponents()
    components = parts.count
    largestComponent = parts.first?.count ?? 0
    strongComponents = graph.isDirected ? graph.stronglyConnectedComponents().count : nil
    isolatedNodes = graph.nodes.filter { graph.degree(of: $0) == 0 }.count
    let unweighted = graph.unweighted()
    pathLengths = unweighted.largestComponentPathLengths(threads: threads)
    transitivity = unweighted.transitivity()
    let clustering = unweighted.clusteringCoefficients()
    averageClustering = clustering.isEmpty ? 0 : clustering.reduce(0, +) / Double(clustering.count)
    meanDegree = nodes == 0 ? 0 : graph.nodes.map { Double(graph.degree(of: $0)) }.reduce(0, +) / Double(nodes)
    let typed = graph.kinds.contains { $0 != nil }
    kindAssortativity = typed ? unweighted.undirected().attributeAssortativity() : .nan
    (eiByKind, eiNetwork) = graph.eiIndexByKind()
    let order: [EntityKind?] = EntityKind.allCases.map { $0 } + [nil]
    nodesByKind = order.map { kind in (kind, graph.kinds.filter { $0 == kind }.count) }
      .filter { $0.1 > 0 }
  }

  /// (name, value) rows in display order.
  public var rows: [(String, String)] {
    var rows: [(String, String)] = [
      ("nodes", String(nodes)), ("edges", String(edges)),
      ("directed", isDirected ? "yes" : "no"),
      ("self-loops", String(selfLoops)),
      ("density", NumberFormat.compact(density)),
      ("mean degree", NumberFormat.compact(meanDegree)),
      ("components", String(components)),
      ("largest component", String(largestComponent)),
    ]
    if let strongComponents { rows.append(("strong components", String(strongComponents))) }
    rows += [
      ("isolated nodes", String(isolatedNodes)),
      ("diameter (largest component)", NumberFormat.compact(pathLengths.diameter)),
      ("average path length (largest component)", NumberFormat.compact(pathLengths.averageLength)),
      ("transitivity", NumberFormat.compact(transitivity)),
      ("average clustering", NumberFormat.compact(averageClustering)),
    ]
    // Kind measures only mean something when nodes are typed.
    guard !kindAssortativity.isNaN || eiByKind.contains(where: { $0.kind != nil }) else { return rows }
    rows += [
      ("kind assortativity", NumberFormat.compact(kindAssortativity)),
      ("E-I index (network)", NumberFormat.compact(eiNetwork.value)),
    ]
    for (kind, count) in nodesByKind { rows.append(("nodes: \(kind?.rawValue ?? "untyped")", String(count))) }
    for (kind, index) in eiByKind {
      rows.append(("E-I index: \(kind?.rawValue ?? "untyped")", NumberFormat.compact(index.value)))
    }
    return rows
  }

  /// The statistics as a two-column table (`statistic,value` in CSV) or a JSON object.
  public func render(_ format: TableFormat) -> String {
    switch format {
    case .json:
      let fields: [(String, String)] = [
        ("nodes", String(nodes)), ("edges", String(edges)),
        ("directed", isDirected ? "true" : "false"), ("self_loops", String(selfLoops)),
        ("density", JSONText.number(density)), ("mean_degree", JSONText.number(meanDegree)),
        ("components", String(components)), ("largest_component", String(largestComponent)),
        ("strong_components", strongComponents.map(String.init) ?? "null"),
        ("isolated_nodes", String(isolatedNodes)),
        ("diameter", JSONText.number(pathLengths.diameter)),
        ("average_path_length", JSONText.number(pathLengths.averageLength)),
        ("transitivity", JSONText.number(transitivity)),
        ("average_clustering", JSONText.number(averageClustering)),
        ("kind_assortativity", JSONText.number(kindAssortativity)),
        ("ei_index", JSONText.number(eiNetwork.value)),
        (
          "kinds",
          JSONText.array(
            nodesByKind.map { entry in
              let ei = eiByKind.first { $0.kind == entry.kind }?.index
              return JSONText.object([
                ("kind", entry.kind.map { JSONText.string($0.rawValue) } ?? "null"),
                ("nodes", String(entry.count)),
                ("ei_index", ei.map { JSONText.number($0.value) } ?? "null"),
              ])
            })
        ),
      ]
      return JSONText.object(fields) + "\n"
    case .csv:
      return TextTable(header: ["statistic", "value"], rows: rows.map { [$0.0, $0.1] }).csv()
    case .table:
      return TextTable(header: ["statistic", "value"], rows: rows.map { [$0.0, $0.1] }, rightAligned: [1]).plainText()
    case .markdown:
      return TextTable(header: ["statistic", "value"], rows: rows.map { [$0.0, $0.1] }, rightAligned: [1]).markdown()
    }
  }
}
