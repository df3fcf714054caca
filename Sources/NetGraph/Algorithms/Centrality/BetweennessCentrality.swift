extension Graph {
  /// Shortest-path betweenness centrality of every node (Brandes 2001).
  ///
  /// The betweenness of v is Σ σ(s, t | v) / σ(s, t) over pairs s ≠ v ≠ t, where σ(s, t)
  /// counts shortest s–t paths and σ(s, t | v) those through v. Endpoints are excluded.
  /// With `normalized`, divides by (n−1)(n−2) (directed) or (n−1)(n−2)/2 (undirected);
  /// without, undirected values are halved so each unordered pair counts once. Matches
  /// networkx `betweenness_centrality(G, normalized=..., weight=...)` (3.6), including its
  /// rescaling of sampled estimates.
  ///
  /// Weighted graphs use Dijkstra with weights read as lengths (get a length view with
  /// `weighted(for: .length, as:)`); two paths tie when their float lengths are equal, as
  /// in networkx.
  /// - Parameters:
  ///   - normalized: Divide by the number of pairs (networkx default `true`).
  ///   - sampleSize: Use `k` source pivots chosen with `seed` (Brandes & Pich 2007) and
  ///     rescale; `nil` or `k ≥ n` is exact.
  ///   - seed: Seed of the `SplitMix64` choosing the pivots.
  ///   - threads: Worker threads (`nil`: one per core); sources are split into fixed chunks, so the result is the
  ///     same for any thread count.
  /// - Returns: One value per node, indexed by `NodeID`.
  /// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; O(n + m) memory per thread.
  /// ## References
  /// - U. Brandes, "A Faster Algorithm for Betweenness Centrality",
  ///   J. Math. Sociol. 25(2):163–177, 2001. doi:10.1080/0022250X.2001.9990249
  /// - U. Brandes, C. Pich, "Centrality Estimation in Large Networks", Int. J. Bifurcation
  ///   and Chaos 17(7):2303–2318, 2007. doi:10.1142/S0218127407018403
  public func betweennessCentrality(
    normalized: Bool = true, sampleSize: Int? = nil, seed: UInt64 = 0,
    threads: Int? = nil
  ) -> [Double] {
    let n = nodeCount
    var sources = Array(0..<n)
    var sampled = false
    if let k = sampleSize, k < n {
      var rng = SplitMix64(seed: seed)
      sources.shuffle(using: &rng)
      sources = Array(sources.prefix(max(k, 0))).sorted()
      sampled = true
    }
    let partials = ParallelChunks.map(count: sources.count, threads: threads) { _, range in
      var workspace = BrandesWorkspace(graph: self)
      var bc = [Double](repeating: 0, count: n)
      for i in range { workspace.accumulate(from: sources[i], into: &bc) }
      return bc
    }
    var bc = [Double](repeating: 0, count: n)
    for partial in partials {
      for v in 0..<n { bc[v] += partial[v] }
    }
    // Rescaling, as networkx `_rescale` with endpoints=False.
    let bigN = n - 1
    guard bigN >= 2 else { return bc }
    let k = sampled ? sources.count : bigN
    if !sampled {
      let scale =
        normalized ? 1 / Double(k * (bigN - 1)) : Double(bigN) / Double(k * (isDirected ? 1 : 2))
      if scale != 1 { for v in 0..<n { bc[v] *= scale } }
      return bc
    }
    let correction = isDirected ? 1.0 : 2.0
    let sourceScale: Double
    let otherScale: Double
    if normalized {
      sourceScale = k > 1 ? 1 / Double((k - 1) * (bigN - 1)) : .nan
      otherScale = 1 / Double(k * (bigN - 1))
    } else {
      sourceScale = k > 1 ? Double(bigN) / (Double(k - 1) * correction) : .nan
      otherScale = Double(bigN) / (Double(k) * correction)
    }
    var isSource = [Bool](repeating: false, count: n)
    for s in sources { isSource[s] = true }
    for v in 0..<n { bc[v] *= isSource[v] ? sourceScale : otherScale }
    return bc
  }
}

/// Per-thread buffers for Brandes' accumulation; predecessors are recomputed from distances
/// in the backward pass instead of being stored, which keeps memory at O(n).
struct BrandesWorkspace {
  let graph: Graph
  var hops: [Int32]
  var distance: [Double]
  var sigma: [Double]
  var delta: [Double]
  var order: [Int32]
  var heap = DistanceHeap()

  init(graph: Graph) {
    self.graph = graph
    let n = graph.nodeCount
    hops = [Int32](repeating: -1, count: n)
    distance = [Double](repeating: .infinity, count: n)
    sigma = [Double](repeating: 0, count: n)
    delta = [Double](repeating: 0, count: n)
    order = []
    order.reserveCapacity(n)
  }

  /// Adds the dependencies of source `s` on every other node to `bc`.
  mutating func accumulate(from s: Int, into bc: inout [Double]) {
    if graph.isWeighted {
      accumulateWeighted(from: s, into: &bc)
    } else {
      accumulateUnweighted(from: s, into: &bc)
    }
  }

  private mutating func accumulateUnweighted(from s: Int, into bc: inout [Double]) {
    order.removeAll(keepingCapacity: true)
    graph.outOffsets.withUnsafeBufferPointer { outOffsets in
      graph.outTargets.withUnsafeBufferPointer { outTargets in
        graph.inOffsets.withUnsafeBufferPointer { inOffsets in
          graph.inTargets.withUnsafeBufferPointer { inTargets in
            hops.withUnsafeMutableBufferPointer { hops in
              sigma.withUnsafeMutableBufferPointer { sigma in
                delta.withUnsafeMutableBufferPointer { delta in
                  bc.withUnsafeMutableBufferPointer { bc in
                    order.append(Int32(s))
                    hops[s] = 0
                    sigma[s] = 1
                    var head = 0
                    while head < order.count {
                      let v = Int(order[head])
                      head += 1
                      let next = hops[v] + 1
                      let sv = sigma[v]
                      for e in outOffsets[v]..<outOffsets[v + 1] {
                        let w = Int(outTargets[e])
                        let hw = hops[w]
                        if hw < 0 {
                          hops[w] = next
                          sigma[w] = sv
                          order.append(Int32(w))
                        } else if hw == next {
                          sigma[w] += sv
                        }
                      }
                    }
                    var i = order.count - 1
                    while i > 0 {
                      let w = Int(order[i])
                      i -= 1
                      let previous = hops[w] - 1
                      let coefficient = (1 + delta[w]) / sigma[w]
                      for e in inOffsets[w]..<inOffsets[w + 1] {
                        let v = Int(inTargets[e])
                        if hops[v] == previous { delta[v] += sigma[v] * coefficient }
                      }
                      bc[w] += delta[w]
                    }
                    for v in order {
                      let v = Int(v)
                      hops[v] = -1
                      sigma[v] = 0
                      delta[v] = 0
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private mutating func accumulateWeighted(from s: Int, into bc: inout [Double]) {
    order.removeAll(keepingCapacity: true)
    heap.removeAll()
    let g = graph
    distance[s] = 0
    sigma[s] = 1
    heap.push(0, Int32(s))
    while !heap.isEmpty {
      let (d, vv) = heap.pop()
      let v = Int(vv)
      if d > distance[v] || hops[v] == 1 { continue }
      hops[v] = 1  // settled
      order.append(vv)
      let sv = sigma[v]
      for e in g.outOffsets[v]..<g.outOffsets[v + 1] {
        let w = Int(g.outTargets[e])
        if hops[w] == 1 { continue }
        let nd = d + g.outWeights[e]
        if nd < distance[w] {
          distance[w] = nd
          sigma[w] = sv
          heap.push(nd, g.outTargets[e])
        } else if nd == distance[w] {
          sigma[w] += sv
        }
      }
    }
    var i = order.count - 1
    while i > 0 {
      let w = Int(order[i])
      i -= 1
      let dw = distance[w]
      let coefficient = (1 + delta[w]) / sigma[w]
      for e in g.inOffsets[w]..<g.inOffsets[w + 1] {
        let v = Int(g.inTargets[e])
        if v != w && hops[v] == 1 && distance[v] + g.inWeights[e] == dw {
          delta[v] += sigma[v] * coefficient
        }
      }
      bc[w] += delta[w]
    }
    for v in order {
      let v = Int(v)
      hops[v] = -1
      distance[v] = .infinity
      sigma[v] = 0
      delta[v] = 0
    }
  }
}
