/// Symmetric weighted graph for modularity optimisation, aggregated level by level.
///
/// A_ij is stored in CSR without the diagonal; `selfWeight[i]` is the ordered diagonal sum
/// (a self-loop of weight w counts 2w, as networkx's degree does; an aggregated node's
/// internal weight counts both directions), so `strength[i] = Σ_j A_ij + selfWeight[i]`
/// and Σ strength = 2m.
struct ModularityGraph {
  var offsets: [Int]
  var targets: [Int32]
  var weights: [Double]
  var selfWeight: [Double]
  var strength: [Double]
  var totalWeight: Double

  var nodeCount: Int { selfWeight.count }

  /// From an undirected graph whose weights are tie strengths.
  init(_ graph: Graph) {
    precondition(!graph.isDirected, "modularity optimisation works on the undirected view")
    let n = graph.nodeCount
    offsets = [Int](repeating: 0, count: n + 1)
    targets = []
    weights = []
    targets.reserveCapacity(graph.outTargets.count)
    weights.reserveCapacity(graph.outTargets.count)
    selfWeight = [Double](repeating: 0, count: n)
    strength = [Double](repeating: 0, count: n)
    for u in 0..<n {
      for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
        let v = Int(graph.outTargets[e])
        let w = graph.outWeights[e]
        if v == u {
          selfWeight[u] += 2 * w
        } else {
          targets.append(graph.outTargets[e])
          weights.append(w)
        }
        strength[u] += v == u ? 2 * w : w
      }
      offsets[u + 1] = targets.count
    }
    totalWeight = strength.reduce(0, +)
  }

  private init(
    offsets: [Int], targets: [Int32], weights: [Double], selfWeight: [Double],
    strength: [Double], totalWeight: Double
  ) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.selfWeight = selfWeight
    self.strength = strength
    self.totalWeight = totalWeight
  }

  /// The graph of communities: one node per community of `membership` (labels 0 ..< count).
  /// - Complexity: O(n + m).
  func aggregated(by membership: [Int32], count: Int) -> ModularityGraph {
    let n = nodeCount
    // Members grouped by community (counting sort).
    var start = [Int](repeating: 0, count: count + 1)
    for c in membership { start[Int(c) + 1] += 1 }
    for c in 0..<count { start[c + 1] += start[c] }
    var members = [Int32](repeating: 0, count: n)
    var cursor = start
    for v in 0..<n {
      let c = Int(membership[v])
      members[cursor[c]] = Int32(v)
      cursor[c] += 1
    }
    var newOffsets = [Int](repeating: 0, count: count + 1)
    var newTargets: [Int32] = []
    var newWeights: [Double] = []
    var newSelf = [Double](repeating: 0, count: count)
    var newStrength = [Double](repeating: 0, count: count)
    var accumulated = [Double](repeating: 0, count: count)
    var seen = [Bool](repeating: false, count: count)
    var touched: [Int32] = []
    newTargets.reserveCapacity(targets.count / 2)
    newWeights.reserveCapacity(targets.count / 2)
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
          membership.withUnsafeBufferPointer { membership in
            accumulated.withUnsafeMutableBufferPointer { accumulated in
              seen.withUnsafeMutableBufferPointer { seen in
                for c in 0..<count {
                  touched.removeAll(keepingCapacity: true)
                  var inside = 0.0
                  var total = 0.0
                  for i in start[c]..<start[c + 1] {
                    let v = Int(members[i])
                    inside += selfWeight[v]
                    total += strength[v]
                    for e in offsets[v]..<offsets[v + 1] {
                      let d = Int(membership[Int(targets[e])])
                      if d == c {
                        inside += weights[e]
                      } else {
                        if !seen[d] {
                          seen[d] = true
                          touched.append(Int32(d))
                        }
                        accumulated[d] += weights[e]
                      }
                    }
                  }
                  newSelf[c] = inside
                  newStrength[c] = total
                  touched.sort()
                  for d in touched {
                    newTargets.append(d)
                    newWeights.append(accumulated[Int(d)])
                    accumulated[Int(d)] = 0
                    seen[Int(d)] = false
                  }
                  newOffsets[c + 1] = newTargets.count
                }
              }
            }
          }
        }
      }
    }
    return ModularityGraph(
      offsets: newOffsets, targets: newTargets, weights: newWeights, selfWeight: newSelf,
      strength: newStrength, totalWeight: totalWeight)
  }

  /// Modularity of `membership` on this graph: Σ_c [in_c / 2m − γ (K_c / 2m)²], in_c the
  /// ordered internal weight (including self weights).
  func modularity(of membership: [Int32], resolution: Double) -> Double {
    guard totalWeight > 0 else { return .nan }
    let count = Int(membership.max() ?? -1) + 1
    var inside = [Double](repeating: 0, count: count)
    var total = [Double](repeating: 0, count: count)
    for u in 0..<nodeCount {
      let c = Int(membership[u])
      inside[c] += selfWeight[u]
      total[c] += strength[u]
      for e in offsets[u]..<offsets[u + 1] where membership[Int(targets[e])] == membership[u] {
        inside[c] += weights[e]
      }
    }
    var q = 0.0
    for c in 0..<count {
      q += inside[c] / totalWeight - resolution * (total[c] / totalWeight) * (total[c] / totalWeight)
    }
    return q
  }

  /// Renumbers labels to 0 ..< count in order of first appearance; returns the count.
  static func compact(_ labels: inout [Int32]) -> Int {
    var map = [Int32](repeating: -1, count: labels.count)
    var next: Int32 = 0
    for i in labels.indices {
      let l = Int(labels[i])
      if map[l] < 0 {
        map[l] = next
        next += 1
      }
      labels[i] = map[l]
    }
    return Int(next)
  }
}
