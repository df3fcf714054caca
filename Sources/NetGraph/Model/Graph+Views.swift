extension Graph {
  /// The subgraph induced by `nodes`: those nodes (renumbered in the given order's sorted
  /// id order) and the edges among them, with names, kinds and weights kept.
  /// - Complexity: O(n + m).
  public func induced(by nodes: [NodeID]) -> Graph {
    var newIndex = [Int32](repeating: -1, count: nodeCount)
    let kept = Array(Set(nodes.map(\.index))).sorted()
    for (i, u) in kept.enumerated() { newIndex[u] = Int32(i) }
    var offsets = [Int](repeating: 0, count: kept.count + 1)
    var targets: [Int32] = []
    var weights: [Double] = []
    for (i, u) in kept.enumerated() {
      for e in outOffsets[u]..<outOffsets[u + 1] {
        let v = newIndex[Int(outTargets[e])]
        if v >= 0 {
          targets.append(v)
          weights.append(outWeights[e])
        }
      }
      offsets[i + 1] = targets.count
    }
    return Graph(
      csrOffsets: offsets, targets: targets, weights: weights, directed: isDirected,
      names: kept.map { names[$0] }, kinds: kept.map { kinds[$0] },
      entityIDs: kept.map { entityIDs[$0] })
  }

  /// The subgraph induced by the nodes whose kind is in `kinds` (untyped nodes are dropped).
  /// - Complexity: O(n + m).
  public func filtered(kinds keep: Set<EntityKind>) -> Graph {
    induced(by: nodes.filter { kinds[$0.index].map(keep.contains) ?? false })
  }

  /// The undirected graph with the same nodes: an edge {u, v} wherever u→v or v→u exists,
  /// weighted by the sum of both arcs (networkx `to_undirected` keeps one of them; the sum
  /// keeps all evidence). Returns `self` when already undirected.
  /// - Complexity: O(n + m log d).
  public func undirected() -> Graph {
    guard isDirected else { return self }
    var sources: [Int32] = []
    var targets: [Int32] = []
    sources.reserveCapacity(outTargets.count)
    targets.reserveCapacity(outTargets.count)
    for u in 0..<nodeCount {
      for e in outOffsets[u]..<outOffsets[u + 1] {
        sources.append(Int32(u))
        targets.append(outTargets[e])
      }
    }
    return Graph(
      nodeCount: nodeCount, sources: sources, targets: targets, weights: outWeights,
      directed: false, names: names, kinds: kinds, entityIDs: entityIDs)
  }

  /// Weighted bipartite projection: nodes of kind `onto`, with an edge between two of them
  /// for every neighbour of kind `via` they share, weighted by the number shared (networkx
  /// `bipartite.weighted_projected_graph`). Direction is ignored. Parks projected via
  /// universities gives parks linked by shared universities.
  /// - Complexity: O(Σ over `via` nodes of degree²).
  public func projected(onto: EntityKind, via: EntityKind) -> Graph {
    let kept = nodes.filter { kinds[$0.index] == onto }
    var newIndex = [Int32](repeating: -1, count: nodeCount)
    for (i, u) in kept.enumerated() { newIndex[u.index] = Int32(i) }
    var sources: [Int32] = []
    var targets: [Int32] = []
    for b in 0..<nodeCount where kinds[b] == via {
      let members = neighbourSet(b).map { newIndex[Int($0)] }.filter { $0 >= 0 }
      for i in 0..<members.count {
        for j in (i + 1)..<members.count {
          sources.append(members[i])
          targets.append(members[j])
        }
      }
    }
    return Graph(
      nodeCount: kept.count, sources: sources, targets: targets, weights: nil,
      directed: false, names: kept.map { names[$0.index] }, kinds: kept.map { kinds[$0.index] },
      entityIDs: kept.map { entityIDs[$0.index] })
  }
}
