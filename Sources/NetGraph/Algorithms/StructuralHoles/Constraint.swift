extension Graph {
  /// Burt's constraint on every node: how much a node's ties are invested in contacts who are
  /// themselves tied to each other (low constraint = a broker spanning structural holes).
  ///
  /// c(i) = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)², with p_ij = z_ij / Σ_k z_ik and
  /// z_ij = w_ij + w_ji the mutual weight; N(i) holds predecessors and successors. This is
  /// networkx 3.6 `constraint(G, weight=...)` (its sparse-matrix path, the default): the
  /// indirect sum runs over all neighbours q (a self-loop makes i its own neighbour).
  /// A node without neighbours other than itself, or whose ties all weigh 0, gets NaN, the
  /// networkx convention for isolated nodes.
  /// - Returns: One value per node, indexed by `NodeID`; NaN for isolated nodes.
  /// - Complexity: O(Σ_i Σ_{q ∈ N(i)} d(q)).
  /// ## References
  /// - R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard
  ///   University Press, 1992.
  /// - R. S. Burt, "Structural holes and good ideas", Am. J. Sociol. 110(2):349–399, 2004.
  ///   doi:10.1086/421787
  public func burtConstraint() -> [Double] {
    let z = MutualWeights(self)
    let n = nodeCount
    var indirect = [Double](repeating: 0, count: n)
    var result = [Double](repeating: .nan, count: n)
    for i in 0..<n where z.hasOtherNeighbour(i) && z.rowSum[i] > 0 {
      let row = z.offsets[i]..<z.offsets[i + 1]
      for e in row {
        let q = Int(z.targets[e])
        let piq = z.weights[e] / z.rowSum[i]
        guard piq != 0, z.rowSum[q] != 0 else { continue }
        for f in z.offsets[q]..<z.offsets[q + 1] {
          indirect[Int(z.targets[f])] += piq * (z.weights[f] / z.rowSum[q])
        }
      }
      var c = 0.0
      for e in row where z.weights[e] > 0 {
        let j = Int(z.targets[e])
        let local = z.weights[e] / z.rowSum[i] + indirect[j]
        c += local * local
      }
      result[i] = c
      for e in row {
        let q = Int(z.targets[e])
        for f in z.offsets[q]..<z.offsets[q + 1] { indirect[Int(z.targets[f])] = 0 }
      }
    }
    return result
  }
}
