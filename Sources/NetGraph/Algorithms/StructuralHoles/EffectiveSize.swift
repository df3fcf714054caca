extension Graph {
  /// Burt's effective size of every node's ego network: its number of contacts minus their
  /// redundancy.
  ///
  /// e(i) = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq), with p_iq = z_iq / Σ_k z_ik and
  /// m_jq = z_jq / max_k z_jk, z the mutual weight. For undirected unweighted graphs this
  /// equals Borgatti's n − 2t/n. Matches networkx 3.6 `effective_size(G, weight=...)` (its
  /// sparse-matrix path, the default). A node without neighbours other than itself gets NaN,
  /// the networkx convention.
  /// - Returns: One value per node, indexed by `NodeID`; NaN for isolated nodes.
  /// - Complexity: O(Σ_i Σ_{j ∈ N(i)} d(j)).
  /// ## References
  /// - R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard
  ///   University Press, 1992.
  /// - S. P. Borgatti, "Structural Holes: Unpacking Burt's Redundancy Measures",
  ///   Connections 20(1):35–38, 1997.
  public func effectiveSize() -> [Double] {
    let z = MutualWeights(self)
    let n = nodeCount
    var pOfI = [Double](repeating: 0, count: n)
    var result = [Double](repeating: .nan, count: n)
    for i in 0..<n where z.hasOtherNeighbour(i) && z.rowSum[i] > 0 {
      let row = z.offsets[i]..<z.offsets[i + 1]
      for e in row { pOfI[Int(z.targets[e])] = z.weights[e] / z.rowSum[i] }
      var total = 0.0
      for e in row where z.weights[e] > 0 {
        let j = Int(z.targets[e])
        var redundancy = 0.0
        if z.rowMax[j] != 0 {
          for f in z.offsets[j]..<z.offsets[j + 1] {
            redundancy += pOfI[Int(z.targets[f])] * (z.weights[f] / z.rowMax[j])
          }
        }
        total += 1 - redundancy
      }
      result[i] = total
      for e in row { pOfI[Int(z.targets[e])] = 0 }
    }
    return result
  }
}
