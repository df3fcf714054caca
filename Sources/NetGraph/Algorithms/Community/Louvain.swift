extension Graph {
  /// Communities by the Louvain method (Blondel et al. 2008): greedy local moves of single
  /// nodes to the neighbouring community with the largest modularity gain, repeated until no
  /// move helps, then aggregation of communities into nodes, level after level.
  ///
  /// Works on the undirected view with weights as tie strengths. Stops when a level moves no
  /// node or gains less than `threshold` in modularity (networkx `louvain_communities`
  /// default 1e-7). The node order of every sweep comes from `SplitMix64(seed:)`, so a seed
  /// reproduces the partition exactly. Louvain can leave communities internally disconnected;
  /// `leidenCommunities` cannot.
  /// - Parameters:
  ///   - resolution: γ; larger values give smaller communities (default 1).
  ///   - threshold: Minimum modularity gain for another level or run.
  ///   - iterations: Runs of the whole method, each from the previous partition (default 1,
  ///     Blondel's method; a negative value repeats while modularity still improves).
  ///   - seed: Random seed.
  /// - Returns: The partition of the last level.
  /// - Throws: `AlgorithmError.invalidParameter` for a resolution that is not positive.
  /// - Complexity: O(m) per sweep, typically O(m log n) overall.
  /// ## References
  /// - V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
  ///   communities in large networks", J. Stat. Mech. P10008, 2008.
  ///   doi:10.1088/1742-5468/2008/10/P10008
  public func louvainCommunities(
    resolution: Double = 1, threshold: Double = 1e-7, iterations: Int = 1, seed: UInt64 = 0
  ) throws -> Partition {
    try Self.checkResolution(resolution)
    var rng = SplitMix64(seed: seed)
    let base = ModularityGraph(undirected())
    var labels = (0..<nodeCount).map(Int32.init)
    var quality = base.modularity(of: labels, resolution: resolution)
    var run = 0
    while iterations < 0 || run < max(iterations, 1) {
      run += 1
      let next = Self.louvainPass(
        base, initial: labels, resolution: resolution, threshold: threshold, rng: &rng)
      let nextQuality = base.modularity(of: next, resolution: resolution)
      if run > 1 && !(nextQuality - quality > threshold) { break }
      labels = next
      quality = nextQuality
      if run >= 100 { break }
    }
    return Partition(labels: labels.map(Int.init))
  }

  /// One multi-level Louvain run starting from `initial` labels on the original nodes.
  static func louvainPass(
    _ base: ModularityGraph, initial: [Int32], resolution: Double, threshold: Double,
    rng: inout SplitMix64
  ) -> [Int32] {
    var level = base
    var membership = (0..<base.nodeCount).map(Int32.init)
    var start = initial
    var quality = -Double.infinity
    while level.nodeCount > 0 {
      _ = ModularityGraph.compact(&start)
      var optimizer = ModularityOptimizer(graph: level, resolution: resolution, initial: start)
      let moved = optimizer.sweep(using: &rng)
      var labels = optimizer.community
      let newQuality = level.modularity(of: labels, resolution: resolution)
      let count = ModularityGraph.compact(&labels)
      for i in membership.indices { membership[i] = labels[Int(membership[i])] }
      if !moved && count == level.nodeCount { break }
      if count == level.nodeCount || !(newQuality - quality > threshold) { break }
      quality = newQuality
      level = level.aggregated(by: labels, count: count)
      start = (0..<count).map(Int32.init)
    }
    return membership
  }

  static func checkResolution(_ resolution: Double) throws {
    guard resolution > 0, resolution.isFinite else {
      throw AlgorithmError.invalidParameter(
        name: "resolution", value: "\(resolution)", rule: "must be a positive number")
    }
  }
}
