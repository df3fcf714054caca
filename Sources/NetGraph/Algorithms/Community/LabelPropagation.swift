extension Graph {
  /// Communities by asynchronous label propagation (Raghavan, Albert & Kumara 2007).
  ///
  /// Every node starts with its own label; in each round, nodes in a random order adopt the
  /// label with the largest total edge weight among their neighbours, ties broken at random.
  /// Stops when every node already holds one of its neighbourhood's heaviest labels.
  /// Works on the undirected view with weights as tie strengths; fast but does not optimise
  /// modularity. A seed reproduces the result exactly.
  /// - Parameters:
  ///   - seed: Seed of the `SplitMix64` choosing orders and ties.
  ///   - maxRounds: Round limit (default 100).
  /// - Returns: The partition.
  /// - Complexity: O(m) per round.
  /// ## References
  /// - U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect community
  ///   structures in large-scale networks", Phys. Rev. E 76:036106, 2007.
  ///   doi:10.1103/PhysRevE.76.036106
  public func labelPropagationCommunities(seed: UInt64 = 0, maxRounds: Int = 100) -> Partition {
    let g = undirected()
    let n = g.nodeCount
    var rng = SplitMix64(seed: seed)
    var label = Array(0..<n)
    var weightOf = [Double](repeating: 0, count: n)
    var touched: [Int] = []
    var best: [Int] = []
    var order = Array(0..<n)
    func heaviest(_ v: Int) -> (labels: [Int], weight: Double) {
      touched.removeAll(keepingCapacity: true)
      for e in g.outOffsets[v]..<g.outOffsets[v + 1] where Int(g.outTargets[e]) != v {
        let l = label[Int(g.outTargets[e])]
        if weightOf[l] == 0 { touched.append(l) }
        weightOf[l] += g.outWeights[e] == 0 ? .leastNonzeroMagnitude : g.outWeights[e]
      }
      var top = 0.0
      for l in touched { top = max(top, weightOf[l]) }
      best.removeAll(keepingCapacity: true)
      for l in touched where weightOf[l] == top { best.append(l) }
      for l in touched { weightOf[l] = 0 }
      return (best.sorted(), top)
    }
    for _ in 0..<maxRounds {
      order.shuffle(using: &rng)
      for v in order {
        let (candidates, _) = heaviest(v)
        // Keeping a label that is among the heaviest lets the process settle.
        guard !candidates.isEmpty, !candidates.contains(label[v]) else { continue }
        label[v] = candidates[Int.random(in: 0..<candidates.count, using: &rng)]
      }
      var stable = true
      for v in 0..<n {
        let (candidates, _) = heaviest(v)
        if !candidates.isEmpty && !candidates.contains(label[v]) {
          stable = false
          break
        }
      }
      if stable { break }
    }
    return Partition(labels: label)
  }
}
