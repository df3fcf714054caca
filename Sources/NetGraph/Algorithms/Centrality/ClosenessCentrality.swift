extension Graph {
  /// Closeness centrality with the Wasserman–Faust correction (networkx
  /// `closeness_centrality(G, wf_improved=True)`).
  ///
  /// For a node u reaching r − 1 other nodes at total distance D (distances *to* u in a
  /// directed graph, as networkx uses), closeness is ((r − 1) / D) · ((r − 1) / (n − 1)), and
  /// 0 when D = 0. The correction scales by the reachable fraction, so nodes in small
  /// components of a disconnected graph do not score as if central.
  /// Weighted graphs read weights as lengths (see `weighted(for:as:)`).
  /// - Parameter threads: Worker threads (the result does not depend on it).
  /// - Returns: One value per node, indexed by `NodeID`.
  /// - Complexity: O(nm) unweighted, O(nm log n) weighted.
  /// ## References
  /// - S. Wasserman, K. Faust, *Social Network Analysis: Methods and Applications*,
  ///   Cambridge University Press, 1994, §5.3.
  /// - L. C. Freeman, "Centrality in social networks: conceptual clarification",
  ///   Social Networks 1(3):215–239, 1979. doi:10.1016/0378-8733(78)90021-7
  public func closenessCentrality(threads: Int? = nil) -> [Double] {
    let n = nodeCount
    let parts = ParallelChunks.map(count: n, threads: threads) { _, range -> [Double] in
      var search = SingleSourceDistances(graph: self, reverse: true)
      return range.map { u -> Double in
        search.run(from: u)
        var total = 0.0
        for v in search.reached { total += search.distance[Int(v)] }
        let reached = Double(search.reached.count)
        guard total > 0, n > 1 else { return 0 }
        return (reached - 1) / total * ((reached - 1) / Double(n - 1))
      }
    }
    return parts.flatMap { $0 }
  }

  /// Harmonic centrality: Σ 1 / d(v, u) over the other nodes v that reach u (networkx
  /// `harmonic_centrality`, not normalised; distances *to* u in a directed graph). Unreachable
  /// nodes add 0, so it is defined on disconnected graphs; zero-length paths are skipped, as
  /// in networkx.
  /// - Parameter threads: Worker threads (the result does not depend on it).
  /// - Returns: One value per node, indexed by `NodeID`.
  /// - Complexity: O(nm) unweighted, O(nm log n) weighted.
  /// ## References
  /// - M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546,
  ///   2000. doi:10.1016/S0378-4371(00)00311-3
  /// - P. Boldi, S. Vigna, "Axioms for centrality", Internet Mathematics 10(3–4):222–262,
  ///   2014. doi:10.1080/15427951.2013.865686
  public func harmonicCentrality(threads: Int? = nil) -> [Double] {
    let parts = ParallelChunks.map(count: nodeCount, threads: threads) { _, range -> [Double] in
      var search = SingleSourceDistances(graph: self, reverse: true)
      return range.map { u -> Double in
        search.run(from: u)
        var total = 0.0
        for v in search.reached {
          let d = search.distance[Int(v)]
          if d != 0 { total += 1 / d }
        }
        return total
      }
    }
    return parts.flatMap { $0 }
  }
}
