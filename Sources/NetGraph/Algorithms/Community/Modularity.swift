extension Graph {
  /// Newman's modularity of `partition` (networkx `community.modularity`).
  ///
  /// Undirected: Q = Σ_c [L_c / m − γ (d_c / 2m)²], L_c the weight of edges inside c (a
  /// self-loop once), d_c the total degree (a self-loop twice). Directed (Leicht & Newman):
  /// Q = Σ_c [L_c / m − γ d⁺_c d⁻_c / m²]. Weights are tie strengths.
  /// - Parameters:
  ///   - partition: Community of every node.
  ///   - resolution: γ (networkx default 1).
  /// - Returns: Q, or NaN for a graph without edge weight.
  /// - Complexity: O(n + m).
  /// ## References
  /// - M. E. J. Newman, M. Girvan, "Finding and evaluating community structure in networks",
  ///   Phys. Rev. E 69:026113, 2004. doi:10.1103/PhysRevE.69.026113
  /// - E. A. Leicht, M. E. J. Newman, "Community structure in directed networks",
  ///   Phys. Rev. Lett. 100:118703, 2008. doi:10.1103/PhysRevLett.100.118703
  public func modularity(of partition: Partition, resolution: Double = 1) -> Double {
    let c = partition.membership
    var inside = [Double](repeating: 0, count: partition.count)
    var outSum = [Double](repeating: 0, count: partition.count)
    var inSum = [Double](repeating: 0, count: partition.count)
    var m = 0.0
    for u in 0..<nodeCount {
      for e in outOffsets[u]..<outOffsets[u + 1] {
        let v = Int(outTargets[e])
        let w = outWeights[e]
        if isDirected {
          m += w
          outSum[c[u]] += w
          inSum[c[v]] += w
          if c[u] == c[v] { inside[c[u]] += w }
        } else {
          // Each edge appears as two arcs, a self-loop as one arc counting twice in degrees.
          outSum[c[u]] += v == u ? 2 * w : w
          if v >= u {
            m += w
            if c[u] == c[v] { inside[c[u]] += w }
          }
        }
      }
    }
    guard m > 0 else { return .nan }
    var q = 0.0
    for k in 0..<partition.count {
      if isDirected {
        q += inside[k] / m - resolution * outSum[k] * inSum[k] / (m * m)
      } else {
        q += inside[k] / m - resolution * outSum[k] * outSum[k] / (4 * m * m)
      }
    }
    return q
  }
}
