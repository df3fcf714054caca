extension Graph {
  /// Builds a simple graph from parallel arrays of edge endpoints.
  ///
  /// Parallel edges between the same (ordered, if directed) pair are merged and their weights
  /// summed; a self-loop is kept once per node. This is the fast path used by benchmarks and by
  /// `init(network:directed:nodeKinds:relationKinds:)`.
  /// - Parameters:
  ///   - nodeCount: Number of nodes; every endpoint must be in `0 ..< nodeCount`.
  ///   - sources: Edge sources.
  ///   - targets: Edge targets, same count as `sources`.
  ///   - weights: Edge weights (same count), or `nil` for weight 1 everywhere.
  ///   - directed: Whether edges are ordered.
  ///   - names: Node names (default: `"0"`, `"1"`, …).
  ///   - kinds: Node kinds (default: all `nil`).
  ///   - entityIDs: Entity ids (default: `e1`, `e2`, …).
  /// - Complexity: O(n + m log d) for m edges and maximum degree d.
  public init(
    nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil,
    directed: Bool, names: [String]? = nil, kinds: [EntityKind?]? = nil,
    entityIDs: [EntityID]? = nil
  ) {
    self.init(
      nodeCount: nodeCount, sources: sources, targets: targets, weights: weights, directed: directed,
      names: names, kinds: kinds, entityIDs: entityIDs, repeatedEdgeKeepsLastWeight: false)
  }

  /// As the public initialiser; with `repeatedEdgeKeepsLastWeight`, a repeated edge keeps the
  /// weight of its last occurrence instead of the sum (edge lists, as networkx `add_edge`).
  init(
    nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double]?,
    directed: Bool, names: [String]?, kinds: [EntityKind?]?, entityIDs: [EntityID]?,
    repeatedEdgeKeepsLastWeight: Bool
  ) {
    precondition(sources.count == targets.count, "sources and targets differ in length")
    precondition(weights == nil || weights!.count == sources.count, "weights differ in length")
    precondition(nodeCount < Int(Int32.max), "too many nodes for Int32 ids")
    let n = nodeCount
    // 1. Count arcs per source (undirected edges give two arcs, self-loops one).
    var counts = [Int](repeating: 0, count: n + 1)
    for i in 0..<sources.count {
      let u = Int(sources[i]), v = Int(targets[i])
      precondition(u >= 0 && u < n && v >= 0 && v < n, "edge endpoint out of range")
      counts[u] += 1
      if !directed && u != v { counts[v] += 1 }
    }
    var offsets = [Int](repeating: 0, count: n + 1)
    for u in 0..<n { offsets[u + 1] = offsets[u] + counts[u] }
    let arcCount = offsets[n]
    var rawTargets = [Int32](repeating: 0, count: arcCount)
    var rawWeights = [Double](repeating: 1, count: arcCount)
    var cursor = Array(offsets[0..<n])
    for i in 0..<sources.count {
      let u = Int(sources[i]), v = Int(targets[i])
      let w = weights?[i] ?? 1
      rawTargets[cursor[u]] = Int32(v); rawWeights[cursor[u]] = w; cursor[u] += 1
      if !directed && u != v {
        rawTargets[cursor[v]] = Int32(u); rawWeights[cursor[v]] = w; cursor[v] += 1
      }
    }
    // 2. Sort each row by target and merge duplicates (summing weights).
    var outOffsets = [Int](repeating: 0, count: n + 1)
    var outTargets = [Int32]()
    var outWeights = [Double]()
    outTargets.reserveCapacity(arcCount)
    outWeights.reserveCapacity(arcCount)
    // Row entries sort by (target, position in the row), so repeats merge in input order.
    var row: [(key: UInt64, weight: Double)] = []
    for u in 0..<n {
      let start = offsets[u], end = offsets[u + 1]
      var sorted = true
      if end - start > 1 {
        for e in (start + 1)..<end where rawTargets[e] <= rawTargets[e - 1] {
          sorted = false
          break
        }
      }
      if sorted {
        outTargets.append(contentsOf: rawTargets[start..<end])
        outWeights.append(contentsOf: rawWeights[start..<end])
      } else {
        row.removeAll(keepingCapacity: true)
        for e in start..<end {
          row.append((UInt64(UInt32(rawTargets[e])) << 32 | UInt64(e - start), rawWeights[e]))
        }
        row.sort { $0.key < $1.key }
        for (key, w) in row {
          let t = Int32(truncatingIfNeeded: key >> 32)
          if outTargets.count > outOffsets[u], outTargets[outTargets.count - 1] == t {
            if repeatedEdgeKeepsLastWeight {
              outWeights[outWeights.count - 1] = w
            } else {
              outWeights[outWeights.count - 1] += w
            }
          } else {
            outTargets.append(t)
            outWeights.append(w)
          }
        }
      }
      outOffsets[u + 1] = outTargets.count
    }
    self.init(
      csrOffsets: outOffsets, targets: outTargets, weights: outWeights, directed: directed,
      names: names ?? (0..<n).map { String($0) },
      kinds: kinds ?? [EntityKind?](repeating: nil, count: n),
      entityIDs: entityIDs ?? (0..<n).map { EntityID(ordinal: $0 + 1) })
    #if DEBUG
      checkInvariants()
    #endif
  }

  /// Builds from a sorted, merged out-CSR; derives the in-CSR for directed graphs.
  init(
    csrOffsets: [Int], targets: [Int32], weights: [Double], directed: Bool,
    names: [String], kinds: [EntityKind?], entityIDs: [EntityID]
  ) {
    let n = csrOffsets.count - 1
    self.isDirected = directed
    self.outOffsets = csrOffsets
    self.outTargets = targets
    self.outWeights = weights
    self.names = names
    self.kinds = kinds
    self.entityIDs = entityIDs
    self.isWeighted = weights.contains { $0 != 1 }
    if directed {
      var inOffsets = [Int](repeating: 0, count: n + 1)
      for t in targets { inOffsets[Int(t) + 1] += 1 }
      for u in 0..<n { inOffsets[u + 1] += inOffsets[u] }
      var cursor = Array(inOffsets[0..<n])
      var inTargets = [Int32](repeating: 0, count: targets.count)
      var inWeights = [Double](repeating: 0, count: targets.count)
      // Sources are visited in increasing order, so each in-row comes out sorted.
      for u in 0..<n {
        for e in csrOffsets[u]..<csrOffsets[u + 1] {
          let v = Int(targets[e])
          inTargets[cursor[v]] = Int32(u)
          inWeights[cursor[v]] = weights[e]
          cursor[v] += 1
        }
      }
      self.inOffsets = inOffsets
      self.inTargets = inTargets
      self.inWeights = inWeights
    } else {
      self.inOffsets = csrOffsets
      self.inTargets = targets
      self.inWeights = weights
    }
  }

  /// The graph with the same structure and each arc weight replaced by `transform(weight)`.
  func mapWeights(_ transform: (Double) -> Double) -> Graph {
    var copy = self
    copy.outWeights = outWeights.map(transform)
    copy.inWeights = isDirected ? inWeights.map(transform) : copy.outWeights
    copy.isWeighted = copy.outWeights.contains { $0 != 1 }
    return copy
  }

  /// The same graph with every weight 1.
  public func unweighted() -> Graph { mapWeights { _ in 1 } }
}
