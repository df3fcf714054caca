extension Graph {
  /// Core number of every node: the largest k such that the node belongs to the k-core, the
  /// maximal subgraph whose nodes all have degree ≥ k (Batagelj & Zaversnik bucket algorithm).
  ///
  /// Matches networkx `core_number`: for directed graphs the degree is in + out. networkx
  /// refuses graphs with self-loops; here self-loops are ignored, which equals networkx on the
  /// graph with its self-loops removed.
  /// - Returns: One value per node, indexed by `NodeID`.
  /// - Complexity: O(n + m).
  /// ## References
  /// - V. Batagelj, M. Zaversnik, "An O(m) Algorithm for Cores Decomposition of Networks",
  ///   arXiv:cs/0310049, 2003.
  /// - S. B. Seidman, "Network structure and minimum degree", Social Networks 5(3):269–287,
  ///   1983. doi:10.1016/0378-8733(83)90028-X
  public func coreNumbers() -> [Int] {
    let n = nodeCount
    // Neighbour multiset ignoring direction: out-row then in-row (a reciprocal pair counts
    // twice, as networkx's `all_neighbors` lists it twice), self-loops dropped.
    func forEachNeighbour(_ v: Int, _ body: (Int) -> Void) {
      for e in outOffsets[v]..<outOffsets[v + 1] where Int(outTargets[e]) != v {
        body(Int(outTargets[e]))
      }
      if isDirected {
        for e in inOffsets[v]..<inOffsets[v + 1] where Int(inTargets[e]) != v {
          body(Int(inTargets[e]))
        }
      }
    }
    var degree = [Int](repeating: 0, count: n)
    for v in 0..<n { forEachNeighbour(v) { _ in degree[v] += 1 } }
    let maxDegree = degree.max() ?? 0
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
    var position = [Int](repeating: 0, count: n)
    var order = [Int](repeating: 0, count: n)
    var next = binStart
    for v in 0..<n {
      position[v] = next[degree[v]]
      order[position[v]] = v
      next[degree[v]] += 1
    }
    for i in 0..<n {
      let v = order[i]
      forEachNeighbour(v) { u in
        if degree[u] > degree[v] {
          let du = degree[u]
          let pu = position[u]
          let pw = binStart[du]
          let w = order[pw]
          if u != w {
            order[pu] = w; position[w] = pu
            order[pw] = u; position[u] = pw
          }
          binStart[du] += 1
          degree[u] -= 1
        }
      }
    }
    return degree
  }
}
