/// The node measures of `netgraph centrality` (CLI.md); raw values are the CLI spellings.
public enum CentralityMeasure: String, CaseIterable, Sendable, Codable {
  case degree
  case strength
  case betweenness
  case closeness
  case harmonic
  case eigenvector
  case pagerank
  case kcore
  case clustering
  case constraint
  case effectiveSize = "effective-size"

  /// How the measure reads edge weights; `nil` when it ignores them.
  public var weightUse: Graph.WeightUse? {
    switch self {
    case .degree, .kcore: return nil
    case .betweenness, .closeness, .harmonic: return .length
    case .strength, .eigenvector, .pagerank, .clustering, .constraint, .effectiveSize:
      return .strength
    }
  }

  /// Whether a high value marks a well-placed node (constraint is the opposite: low values
  /// mark brokers), used to rank "top" nodes.
  public var higherIsCentral: Bool { self != .constraint }

  /// Short description for help texts and report legends.
  public var summary: String {
    switch self {
    case .degree: return "degree / (n − 1)"
    case .strength: return "sum of incident edge weights"
    case .betweenness: return "normalised shortest-path betweenness (Brandes)"
    case .closeness: return "closeness, Wasserman–Faust corrected"
    case .harmonic: return "sum of 1/distance from the other nodes"
    case .eigenvector: return "eigenvector centrality, unit Euclidean norm"
    case .pagerank: return "PageRank, α = 0.85"
    case .kcore: return "core number (largest k-core containing the node)"
    case .clustering: return "local clustering coefficient"
    case .constraint: return "Burt's constraint (low = broker)"
    case .effectiveSize: return "Burt's effective size of the ego network"
    }
  }
}

extension Graph {
  /// Computes one measure on this graph, reading weights as `weighting` says (see
  /// `Graph.Weighting`): path measures use lengths, strength measures tie strengths.
  /// - Parameters:
  ///   - measure: The measure.
  ///   - weighting: How edge weights enter (default: tie strengths).
  ///   - threads: Worker threads for the all-pairs measures; results do not depend on it.
  ///   - maxIterations: Iteration limit of eigenvector centrality and PageRank (networkx's
  ///     default 100; slowly mixing disconnected graphs may need more).
  /// - Returns: One value per node, indexed by `NodeID` (NaN where undefined, e.g. the
  ///   constraint of an isolated node).
  /// - Throws: `AlgorithmError` for non-convergence or a zero-length edge used as a strength.
  /// - Complexity: that of the measure; O(nm) for the path measures.
  public func centrality(
    _ measure: CentralityMeasure, weighting: Weighting = .strength,
    threads: Int? = nil, maxIterations: Int = 100
  ) throws -> [Double] {
    let view = try measure.weightUse.map { try weighted(for: $0, as: weighting) } ?? self
    switch measure {
    case .degree: return view.degreeCentrality()
    case .strength: return view.strengths()
    case .betweenness: return view.betweennessCentrality(threads: threads)
    case .closeness: return view.closenessCentrality(threads: threads)
    case .harmonic: return view.harmonicCentrality(threads: threads)
    case .eigenvector: return try view.eigenvectorCentrality(maxIterations: maxIterations)
    case .pagerank: return try view.pageRank(maxIterations: maxIterations)
    case .kcore: return view.coreNumbers().map(Double.init)
    case .clustering: return view.clusteringCoefficients()
    case .constraint: return view.burtConstraint()
    case .effectiveSize: return view.effectiveSize()
    }
  }
}
