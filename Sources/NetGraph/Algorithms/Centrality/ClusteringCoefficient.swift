import Foundation

extension Graph {
  /// Local clustering coefficient of every node (networkx `clustering`).
  ///
  /// - Undirected, unweighted: 2T(u) / (d(d − 1)), T(u) the triangles through u and d its
  ///   degree without self-loops (Watts & Strogatz 1998).
  /// - Undirected, weighted: the geometric mean of the triangle's weights, each divided by the
  ///   largest weight in the graph, in place of each triangle's 1 (Onnela et al. 2005).
  /// - Directed: Fagiolo's count of directed triangles over d_tot(d_tot − 1) − 2d↔, with the
  ///   same weighting when weighted (Fagiolo 2007).
  /// Nodes of degree below 2 get 0. Self-loops are ignored.
  /// - Returns: One value per node, indexed by `NodeID`, in [0, 1].
  /// - Complexity: O(Σ d²).
  /// ## References
  /// - D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature
  ///   393:440–442, 1998. doi:10.1038/30918
  /// - J.-P. Onnela, J. Saramäki, J. Kertész, K. Kaski, "Intensity and coherence of motifs in
  ///   weighted complex networks", Phys. Rev. E 71:065103, 2005. doi:10.1103/PhysRevE.71.065103
  /// - G. Fagiolo, "Clustering in complex directed networks", Phys. Rev. E 76:026107, 2007.
  ///   doi:10.1103/PhysRevE.76.026107
  public func clusteringCoefficients() -> [Double] {
    isDirected ? directedClustering() : undirectedClustering().map(\.coefficient)
  }

  /// Transitivity: 3 × triangles / connected triples, the global clustering coefficient
  /// (networkx `transitivity`, unweighted; direction is ignored).
  /// - Returns: A value in [0, 1]; 0 when there are no triangles.
  /// - Complexity: O(Σ d²).
  public func transitivity() -> Double {
    let parts = undirected().unweighted().undirectedClustering()
    var triangles = 0.0
    var triples = 0.0
    for part in parts {
      triangles += part.triangles
      triples += part.degree * (part.degree - 1)
    }
    return triangles == 0 ? 0 : triangles / triples
  }

  /// Per node: twice the (weighted) triangle count, degree without self-loops, coefficient.
  private func undirectedClustering() -> [(triangles: Double, degree: Double, coefficient: Double)] {
    let n = nodeCount
    // All-zero weights leave every weighted triangle at 0 (networkx divides by zero there).
    let maxWeight = isWeighted ? max(outWeights.max() ?? 1, .leastNormalMagnitude) : 1
    var mark = [Double](repeating: 0, count: n)  // normalised w(i, k) for k ∈ N(i), else 0
    var isNeighbour = [Bool](repeating: false, count: n)
    var result: [(Double, Double, Double)] = []
    result.reserveCapacity(n)
    for i in 0..<n {
      var d = 0
      for e in outOffsets[i]..<outOffsets[i + 1] where Int(outTargets[e]) != i {
        let k = Int(outTargets[e])
        isNeighbour[k] = true
        mark[k] = outWeights[e] / maxWeight
        d += 1
      }
      var t = 0.0
      for e in outOffsets[i]..<outOffsets[i + 1] where Int(outTargets[e]) != i {
        let j = Int(outTargets[e])
        let wij = mark[j]
        for f in outOffsets[j]..<outOffsets[j + 1] {
          let k = Int(outTargets[f])
          guard k != j, k != i, isNeighbour[k] else { continue }
          t += isWeighted ? cbrt(wij * (outWeights[f] / maxWeight) * mark[k]) : 1
        }
      }
      for e in outOffsets[i]..<outOffsets[i + 1] { isNeighbour[Int(outTargets[e])] = false }
      let degree = Double(d)
      result.append((t, degree, t == 0 ? 0 : t / (degree * (degree - 1))))
    }
    return result
  }

  private func directedClustering() -> [Double] {
    let n = nodeCount
    // All-zero weights leave every weighted triangle at 0 (networkx divides by zero there).
    let maxWeight = isWeighted ? max(outWeights.max() ?? 1, .leastNormalMagnitude) : 1
    // For i: weight (normalised) of i→k and k→i, 0 when absent.
    var toK = [Double](repeating: 0, count: n)
    var fromK = [Double](repeating: 0, count: n)
    var result = [Double](repeating: 0, count: n)
    for i in 0..<n {
      var successors: [(Int, Double)] = []
      var predecessors: [(Int, Double)] = []
      for e in outOffsets[i]..<outOffsets[i + 1] where Int(outTargets[e]) != i {
        let k = Int(outTargets[e])
        toK[k] = outWeights[e] / maxWeight
        successors.append((k, toK[k]))
      }
      for e in inOffsets[i]..<inOffsets[i + 1] where Int(inTargets[e]) != i {
        let k = Int(inTargets[e])
        fromK[k] = inWeights[e] / maxWeight
        predecessors.append((k, fromK[k]))
      }
      var t = 0.0
      // j as predecessor (weight w_ji) and as successor (w_ij); k over j's predecessors
      // (w_kj) and successors (w_jk); each k that is i's predecessor and/or successor counts
      // once per role, as networkx's four intersections do.
      for (j, wj) in predecessors + successors {
        for e in inOffsets[j]..<inOffsets[j + 1] where Int(inTargets[e]) != j {
          let k = Int(inTargets[e])
          let wkj = inWeights[e] / maxWeight
          if k == i { continue }
          if fromK[k] != 0 || hasArc(k, i) { t += term(wj, fromK[k], wkj) }
          if toK[k] != 0 || hasArc(i, k) { t += term(wj, toK[k], wkj) }
        }
        for e in outOffsets[j]..<outOffsets[j + 1] where Int(outTargets[e]) != j {
          let k = Int(outTargets[e])
          let wjk = outWeights[e] / maxWeight
          if k == i { continue }
          if fromK[k] != 0 || hasArc(k, i) { t += term(wj, fromK[k], wjk) }
          if toK[k] != 0 || hasArc(i, k) { t += term(wj, toK[k], wjk) }
        }
      }
      for (k, _) in successors { toK[k] = 0 }
      for (k, _) in predecessors { fromK[k] = 0 }
      let total = Double(successors.count + predecessors.count)
      let successorSet = Set(successors.map(\.0))
      let reciprocal = Double(predecessors.filter { successorSet.contains($0.0) }.count)
      result[i] = t == 0 ? 0 : t / ((total * (total - 1) - 2 * reciprocal) * 2)
    }
    return result

    func term(_ a: Double, _ b: Double, _ c: Double) -> Double {
      isWeighted ? cbrt(a * b * c) : 1
    }
    func hasArc(_ u: Int, _ v: Int) -> Bool { arcIndex(from: u, to: v) != nil }
  }
}
