/// Burt's mutual weights z_ij = w_ij + w_ji as compressed rows, one row per node listing its
/// neighbours in either direction (networkx `P + P.T` on the adjacency matrix). An undirected
/// edge contributes its weight twice, a self-loop 2w on the diagonal, as in networkx.
struct MutualWeights {
  var offsets: [Int]
  var targets: [Int32]
  var weights: [Double]
  /// Row sums Σ_j z_ij.
  var rowSum: [Double]
  /// Row maxima max_j z_ij (0 for an empty row).
  var rowMax: [Double]

  init(_ graph: Graph) {
    let n = graph.nodeCount
    offsets = [0]
    offsets.reserveCapacity(n + 1)
    targets = []
    weights = []
    rowSum = [Double](repeating: 0, count: n)
    rowMax = [Double](repeating: 0, count: n)
    for u in 0..<n {
      let outRange = graph.outOffsets[u]..<graph.outOffsets[u + 1]
      if !graph.isDirected {
        for e in outRange {
          targets.append(graph.outTargets[e])
          weights.append(2 * graph.outWeights[e])
        }
      } else {
        var i = outRange.lowerBound
        var j = graph.inOffsets[u]
        let inEnd = graph.inOffsets[u + 1]
        while i < outRange.upperBound || j < inEnd {
          let a = i < outRange.upperBound ? graph.outTargets[i] : Int32.max
          let b = j < inEnd ? graph.inTargets[j] : Int32.max
          if a == b {
            targets.append(a)
            weights.append(graph.outWeights[i] + graph.inWeights[j])
            i += 1
            j += 1
          } else if a < b {
            targets.append(a)
            weights.append(graph.outWeights[i])
            i += 1
          } else {
            targets.append(b)
            weights.append(graph.inWeights[j])
            j += 1
          }
        }
      }
      offsets.append(targets.count)
      for e in offsets[u]..<offsets[u + 1] {
        rowSum[u] += weights[e]
        rowMax[u] = max(rowMax[u], weights[e])
      }
    }
  }

  /// Whether u has a neighbour other than itself (Burt's measures are undefined otherwise).
  func hasOtherNeighbour(_ u: Int) -> Bool {
    targets[offsets[u]..<offsets[u + 1]].contains { Int($0) != u }
  }
}
