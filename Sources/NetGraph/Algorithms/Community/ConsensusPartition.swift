extension Graph {
  /// Consensus of several partitions of this graph (Lancichinetti & Fortunato 2012),
  /// restricted to existing ties as in "fast consensus" (Tandon et al. 2019).
  ///
  /// Each tie {u, v} gets the fraction of partitions placing u and v together; ties below
  /// `threshold` are dropped, and `recluster` runs on the weighted consensus graph once per
  /// partition (with seeds `seed`, `seed + 1`, …). Rounds repeat until all runs agree, at most
  /// `maxRounds` times; if they still differ, the run with the highest mean NMI to the others
  /// (the medoid) is returned.
  /// - Parameters:
  ///   - partitions: Two or more partitions of this graph's nodes.
  ///   - threshold: Minimum co-assignment fraction kept (default 0.5, a majority).
  ///   - seed: First seed of the reclustering runs.
  ///   - maxRounds: Round limit.
  ///   - recluster: The community method, applied to a consensus graph with a seed.
  /// - Returns: The consensus partition and the number of rounds used.
  /// - Complexity: rounds × (runs × the method's cost + O(runs · m)).
  /// ## References
  /// - A. Lancichinetti, S. Fortunato, "Consensus clustering in complex networks",
  ///   Sci. Rep. 2:336, 2012. doi:10.1038/srep00336
  /// - A. Tandon, A. Albeshri, V. Thayananthan, W. Alhalabi, S. Fortunato, "Fast consensus
  ///   clustering in complex networks", Phys. Rev. E 99:042301, 2019.
  ///   doi:10.1103/PhysRevE.99.042301
  public func consensusPartition(
    of partitions: [Partition], threshold: Double = 0.5, seed: UInt64, maxRounds: Int = 10,
    recluster: (Graph, UInt64) throws -> Partition
  ) rethrows -> (partition: Partition, rounds: Int) {
    var current = partitions
    var rounds = 0
    let g = undirected()
    while rounds < maxRounds {
      if current.dropFirst().allSatisfy({ $0 == current[0] }) { return (current[0], rounds) }
      rounds += 1
      var sources: [Int32] = []
      var targets: [Int32] = []
      var weights: [Double] = []
      let k = Double(current.count)
      for u in 0..<nodeCount {
        for e in g.outOffsets[u]..<g.outOffsets[u + 1] where Int(g.outTargets[e]) > u {
          let v = Int(g.outTargets[e])
          let together = current.reduce(0) { $0 + ($1.membership[u] == $1.membership[v] ? 1 : 0) }
          let fraction = Double(together) / k
          if fraction >= threshold {
            sources.append(Int32(u))
            targets.append(Int32(v))
            weights.append(fraction)
          }
        }
      }
      let consensus = Graph(
        nodeCount: nodeCount, sources: sources, targets: targets, weights: weights,
        directed: false, names: names, kinds: kinds, entityIDs: entityIDs)
      let base = seed &+ UInt64(rounds) &* 7919
      current = try current.indices.map { try recluster(consensus, base &+ UInt64($0)) }
    }
    if current.dropFirst().allSatisfy({ $0 == current[0] }) { return (current[0], rounds) }
    var meanNMI = [Double](repeating: 0, count: current.count)
    for i in current.indices {
      for j in current.indices where j > i {
        let nmi = current[i].normalizedMutualInformation(with: current[j])
        meanNMI[i] += nmi
        meanNMI[j] += nmi
      }
    }
    let chosen = current.indices.max { (meanNMI[$0], -$0) < (meanNMI[$1], -$1) }!
    return (current[chosen], rounds)
  }
}
