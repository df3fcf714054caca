extension Graph {
  /// Communities by the Leiden algorithm (Traag, Waltman & van Eck 2019), optimising
  /// modularity.
  ///
  /// Each pass runs three phases: fast local moving of nodes (a queue revisits only the
  /// neighbours of nodes that moved); refinement, which splits every community into
  /// well-connected sub-communities by merging singletons at random among non-negative gains
  /// (probability ∝ exp(gain/θ)); and aggregation of the *refined* communities, whose
  /// initial assignment is the unrefined partition. Passes repeat until each community is a
  /// single aggregate node. Communities are guaranteed connected.
  ///
  /// Works on the undirected view with weights as tie strengths. `iterations` reruns the whole
  /// algorithm from its previous result, as python-igraph's `n_iterations` does (default 2;
  /// a negative value repeats until the partition stops changing).
  /// - Parameters:
  ///   - resolution: γ (default 1).
  ///   - randomness: θ of the refinement (default 0.01, as igraph's `beta`).
  ///   - iterations: Number of runs, each starting from the last partition.
  ///   - seed: Seed of the `SplitMix64` driving node orders and refinement choices.
  /// - Returns: The partition.
  /// - Throws: `AlgorithmError.invalidParameter` for a resolution or θ that is not positive.
  /// - Complexity: about O(m) per pass; a few passes in practice.
  /// ## References
  /// - V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
  ///   well-connected communities", Sci. Rep. 9:5233, 2019. doi:10.1038/s41598-019-41695-z
  public func leidenCommunities(
    resolution: Double = 1, randomness: Double = 0.01, iterations: Int = 2, seed: UInt64 = 0
  ) throws -> Partition {
    try Self.checkResolution(resolution)
    guard randomness > 0, randomness.isFinite else {
      throw AlgorithmError.invalidParameter(
        name: "randomness", value: "\(randomness)", rule: "θ must be a positive number")
    }
    var rng = SplitMix64(seed: seed)
    let base = ModularityGraph(undirected())
    var partition = (0..<nodeCount).map(Int32.init)
    var run = 0
    while iterations < 0 || run < max(iterations, 1) {
      run += 1
      let next = Self.leidenPass(base, initial: partition, resolution: resolution, theta: randomness, rng: &rng)
      if iterations < 0 {
        let changed = Partition(labels: next.map(Int.init)) != Partition(labels: partition.map(Int.init))
        partition = next
        if !changed { break }
      } else {
        partition = next
      }
      if run > 1000 { break }
    }
    return Partition(labels: partition.map(Int.init))
  }

  /// One run of Leiden from `initial` labels on the original nodes.
  static func leidenPass(
    _ base: ModularityGraph, initial: [Int32], resolution: Double, theta: Double,
    rng: inout SplitMix64
  ) -> [Int32] {
    var level = base
    var membership = (0..<base.nodeCount).map(Int32.init)  // original node → level node
    var start = initial
    while true {
      _ = ModularityGraph.compact(&start)
      var optimizer = ModularityOptimizer(graph: level, resolution: resolution, initial: start)
      optimizer.fastLocalMoving(using: &rng)
      var communities = optimizer.community
      let communityCount = ModularityGraph.compact(&communities)
      if communityCount == level.nodeCount {
        return membership.map { communities[Int($0)] }
      }
      var refined = optimizer.refine(randomness: theta, using: &rng)
      var refinedCount = ModularityGraph.compact(&refined)
      if refinedCount == level.nodeCount {
        // Refinement merged nothing: aggregate by the unrefined partition so the level
        // shrinks (Louvain's step), which keeps the loop finite.
        refined = communities
        refinedCount = communityCount
      }
      refined.withUnsafeBufferPointer { refined in
        membership.withUnsafeMutableBufferPointer { membership in
          for i in membership.indices { membership[i] = refined[Int(membership[i])] }
        }
      }
      // Aggregate by the refined partition; start from the unrefined one.
      var nextStart = [Int32](repeating: 0, count: refinedCount)
      for v in 0..<level.nodeCount { nextStart[Int(refined[v])] = communities[v] }
      level = level.aggregated(by: refined, count: refinedCount)
      start = nextStart
    }
  }
}
