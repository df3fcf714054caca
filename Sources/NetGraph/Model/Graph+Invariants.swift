extension Graph {
  /// Checks the CSR invariants: offsets monotone, ids in range, rows strictly increasing (no
  /// duplicate arcs), in-CSR the transpose of the out-CSR, symmetry when undirected, and
  /// per-node arrays of equal length. Traps on violation (programmer error); called in
  /// debug builds after construction and by tests.
  /// - Complexity: O(n + m log d).
  public func checkInvariants() {
    let n = nodeCount
    precondition(kinds.count == n && entityIDs.count == n, "per-node arrays differ in length")
    for (offsets, targets, weights) in [
      (outOffsets, outTargets, outWeights), (inOffsets, inTargets, inWeights),
    ] {
      precondition(offsets.count == n + 1 && offsets[0] == 0, "bad offsets")
      precondition(offsets[n] == targets.count && weights.count == targets.count, "bad sizes")
      for u in 0..<n {
        precondition(offsets[u] <= offsets[u + 1], "offsets not monotone at \(u)")
        for e in offsets[u]..<offsets[u + 1] {
          precondition(targets[e] >= 0 && Int(targets[e]) < n, "dangling id at \(u)")
          if e > offsets[u] { precondition(targets[e - 1] < targets[e], "row \(u) not sorted") }
        }
      }
    }
    precondition(outTargets.count == inTargets.count, "in/out arc counts differ")
    for u in 0..<n {
      for e in outOffsets[u]..<outOffsets[u + 1] {
        let v = Int(outTargets[e])
        if isDirected {
          let row = inTargets[inOffsets[v]..<inOffsets[v + 1]]
          precondition(row.contains(Int32(u)), "in-CSR misses \(u)→\(v)")
        } else {
          precondition(weight(from: v, to: u) == outWeights[e], "asymmetric edge \(u)–\(v)")
        }
      }
    }
    precondition(isWeighted == outWeights.contains { $0 != 1 }, "isWeighted out of date")
  }
}
