extension Graph {
  /// Degree centrality: degree / (n − 1) (networkx `degree_centrality`).
  ///
  /// For directed graphs the degree is in + out; an undirected self-loop counts twice. A graph
  /// of at most one node gives 1 to every node, as networkx does.
  /// - Returns: One value per node, indexed by `NodeID`.
  /// - Complexity: O(n log d).
  /// ## References
  /// - L. C. Freeman, "Centrality in social networks: conceptual clarification",
  ///   Social Networks 1(3):215–239, 1979. doi:10.1016/0378-8733(78)90021-7
  public func degreeCentrality() -> [Double] {
    let n = nodeCount
    if n <= 1 { return [Double](repeating: 1, count: n) }
    let scale = 1 / Double(n - 1)
    return nodes.map { Double(degree(of: $0)) * scale }
  }

  /// Strength (weighted degree): the sum of the weights of incident edges, not normalised
  /// (networkx `dict(G.degree(weight="weight"))`); equals the degree when unweighted.
  /// - Returns: One value per node, indexed by `NodeID`.
  /// - Complexity: O(n log d).
  /// ## References
  /// - A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani, "The architecture of
  ///   complex weighted networks", PNAS 101(11):3747–3752, 2004. doi:10.1073/pnas.0400087101
  public func strengths() -> [Double] {
    nodes.map { strength(of: $0) }
  }
}
