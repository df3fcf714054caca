import Foundation

/// Local moves of nodes between communities on one level of a `ModularityGraph`, shared by
/// Louvain (sweeps) and Leiden (queue + refinement).
///
/// The gain of putting node v (already taken out of its community) into community c is
/// k_v,c − γ k_v K_c / 2m, with k_v,c the weight from v to c and K_c the total strength of c;
/// comparing these raw-weight gains is equivalent to comparing modularity gains.
struct ModularityOptimizer {
  let graph: ModularityGraph
  let resolution: Double
  /// Community of each node of this level.
  var community: [Int32]
  /// Total strength per community.
  var communityStrength: [Double]
  /// Nodes per community.
  var communitySize: [Int32]
  private var weightTo: [Double]
  private var touched: [Int32] = []
  private var emptyCommunities: [Int32] = []
  /// Moves with a gain below this (in raw weight) are ignored, so float noise cannot cycle.
  private let epsilon: Double

  init(graph: ModularityGraph, resolution: Double, initial: [Int32]? = nil) {
    self.graph = graph
    self.resolution = resolution
    let n = graph.nodeCount
    community = initial ?? (0..<n).map(Int32.init)
    communityStrength = [Double](repeating: 0, count: n)
    communitySize = [Int32](repeating: 0, count: n)
    for v in 0..<n {
      communityStrength[Int(community[v])] += graph.strength[v]
      communitySize[Int(community[v])] += 1
    }
    for c in (0..<n).reversed() where communitySize[c] == 0 { emptyCommunities.append(Int32(c)) }
    weightTo = [Double](repeating: 0, count: n)
    epsilon = 1e-12 * max(graph.totalWeight, 1)
  }

  private var scale: Double { graph.totalWeight > 0 ? resolution / graph.totalWeight : 0 }

  /// Moves v to its best community; returns whether it changed community.
  /// - Parameter allowEmpty: Whether an empty community is a candidate (Leiden).
  @inline(__always)
  private mutating func moveToBest(_ v: Int, allowEmpty: Bool) -> Bool {
    let old = community[v]
    let kv = graph.strength[v]
    // Weights to neighbouring communities.
    touched.removeAll(keepingCapacity: true)
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
          for e in offsets[v]..<offsets[v + 1] {
            let c = community[Int(targets[e])]
            if weightTo[Int(c)] == 0 { touched.append(c) }
            weightTo[Int(c)] += weights[e]
            if weightTo[Int(c)] == 0 { weightTo[Int(c)] = .leastNonzeroMagnitude }
          }
        }
      }
    }
    communityStrength[Int(old)] -= kv
    communitySize[Int(old)] -= 1
    let s = scale * kv
    var best = old
    var bestGain = weightTo[Int(old)] - s * communityStrength[Int(old)]
    for c in touched where c != old {
      let gain = weightTo[Int(c)] - s * communityStrength[Int(c)]
      if gain > bestGain + epsilon {
        best = c
        bestGain = gain
      }
    }
    if allowEmpty && bestGain < -epsilon && communitySize[Int(old)] > 0,
      let empty = emptyCommunities.popLast()
    {
      best = empty
    }
    for c in touched { weightTo[Int(c)] = 0 }
    if communitySize[Int(old)] == 0 && best != old { emptyCommunities.append(old) }
    community[v] = best
    communityStrength[Int(best)] += kv
    communitySize[Int(best)] += 1
    return best != old
  }

  /// Louvain phase one: sweeps over the nodes in a random order until a sweep moves none.
  /// - Returns: Whether any node moved.
  mutating func sweep(using rng: inout some RandomNumberGenerator) -> Bool {
    var order = Array(0..<graph.nodeCount)
    order.shuffle(using: &rng)
    var movedAny = false
    while true {
      var moves = 0
      for v in order where moveToBest(v, allowEmpty: false) { moves += 1 }
      if moves == 0 { break }
      movedAny = true
    }
    return movedAny
  }

  /// Leiden's fast local moving: visits nodes from a queue (initially in random order);
  /// when a node moves, its neighbours outside its new community rejoin the queue.
  /// Written over raw buffers: this loop dominates Leiden's running time.
  mutating func fastLocalMoving(using rng: inout some RandomNumberGenerator) {
    let n = graph.nodeCount
    guard n > 0 else { return }
    var queue = Array(0..<n).map(Int32.init)
    queue.shuffle(using: &rng)
    var inQueue = [Bool](repeating: true, count: n)
    let scale = self.scale
    let epsilon = self.epsilon
    var empty = emptyCommunities
    var touched = self.touched
    touched.reserveCapacity(64)
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
          graph.strength.withUnsafeBufferPointer { strength in
            community.withUnsafeMutableBufferPointer { community in
              communityStrength.withUnsafeMutableBufferPointer { communityStrength in
                communitySize.withUnsafeMutableBufferPointer { communitySize in
                  weightTo.withUnsafeMutableBufferPointer { weightTo in
                    queue.withUnsafeMutableBufferPointer { queue in
                      inQueue.withUnsafeMutableBufferPointer { inQueue in
                        var head = 0
                        var size = n
                        while size > 0 {
                          let v = Int(queue[head])
                          head = head + 1 == n ? 0 : head + 1
                          size -= 1
                          inQueue[v] = false
                          let old = community[v]
                          let kv = strength[v]
                          touched.removeAll(keepingCapacity: true)
                          let begin = offsets[v], end = offsets[v + 1]
                          for e in begin..<end {
                            let c = Int(community[Int(targets[e])])
                            if weightTo[c] == 0 { touched.append(Int32(c)) }
                            weightTo[c] += weights[e]
                            if weightTo[c] == 0 { weightTo[c] = .leastNonzeroMagnitude }
                          }
                          communityStrength[Int(old)] -= kv
                          communitySize[Int(old)] -= 1
                          let s = scale * kv
                          var best = old
                          var bestGain = weightTo[Int(old)] - s * communityStrength[Int(old)]
                          for c in touched where c != old {
                            let gain = weightTo[Int(c)] - s * communityStrength[Int(c)]
                            if gain > bestGain + epsilon {
                              best = c
                              bestGain = gain
                            }
                          }
                          if bestGain < -epsilon && communitySize[Int(old)] > 0, let e = empty.popLast() {
                            best = e
                          }
                          for c in touched { weightTo[Int(c)] = 0 }
                          if communitySize[Int(old)] == 0 && best != old { empty.append(old) }
                          community[v] = best
                          communityStrength[Int(best)] += kv
                          communitySize[Int(best)] += 1
                          guard best != old else { continue }
                          for e in begin..<end {
                            let u = Int(targets[e])
                            if !inQueue[u] && community[u] != best {
                              inQueue[u] = true
                              var tail = head + size
                              if tail >= n { tail -= n }
                              queue[tail] = Int32(u)
                              size += 1
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
        }
      }
    }
    emptyCommunities = empty
    self.touched = touched
  }

  /// Leiden's refinement: within each community, merges singletons into well-connected
  /// sub-communities, choosing among non-negative gains at random with probability
  /// ∝ exp(gain / θ). Returns the refined labels (not compacted).
  func refine(randomness theta: Double, using rng: inout some RandomNumberGenerator) -> [Int32] {
    let n = graph.nodeCount
    let s = scale
    let epsilon = self.epsilon
    var refined = (0..<n).map(Int32.init)
    var refinedStrength = graph.strength
    var refinedSize = [Int32](repeating: 1, count: n)
    // E(r, S − r): weight from refined community r to the rest of its community S.
    var external = [Double](repeating: 0, count: n)
    var order = Array(0..<n)
    order.shuffle(using: &rng)
    var weightTo = [Double](repeating: 0, count: n)
    var touched: [Int32] = []
    var candidates: [(Int32, Double)] = []
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
          graph.strength.withUnsafeBufferPointer { strength in
            community.withUnsafeBufferPointer { community in
              communityStrength.withUnsafeBufferPointer { communityStrength in
                refined.withUnsafeMutableBufferPointer { refined in
                  refinedStrength.withUnsafeMutableBufferPointer { refinedStrength in
                    refinedSize.withUnsafeMutableBufferPointer { refinedSize in
                      external.withUnsafeMutableBufferPointer { external in
                        weightTo.withUnsafeMutableBufferPointer { weightTo in
                          for v in 0..<n {
                            var sum = 0.0
                            for e in offsets[v]..<offsets[v + 1] where community[Int(targets[e])] == community[v] {
                              sum += weights[e]
                            }
                            external[v] = sum
                          }
                          for v in order {
                            let r = refined[v]
                            guard refinedSize[Int(r)] == 1 else { continue }
                            let kv = strength[v]
                            let total = communityStrength[Int(community[v])]
                            guard external[v] >= s * kv * (total - kv) - epsilon else { continue }
                            touched.removeAll(keepingCapacity: true)
                            for e in offsets[v]..<offsets[v + 1] {
                              let u = Int(targets[e])
                              guard community[u] == community[v] else { continue }
                              let t = Int(refined[u])
                              if weightTo[t] == 0 { touched.append(Int32(t)) }
                              weightTo[t] += weights[e]
                              if weightTo[t] == 0 { weightTo[t] = .leastNonzeroMagnitude }
                            }
                            candidates.removeAll(keepingCapacity: true)
                            candidates.append((r, 0))
                            var maxGain = 0.0
                            for t in touched where t != r {
                              let kt = refinedStrength[Int(t)]
                              guard external[Int(t)] >= s * kt * (total - kt) - epsilon else { continue }
                              let gain = weightTo[Int(t)] - s * kv * kt
                              if gain >= 0 {
                                candidates.append((t, gain))
                                maxGain = max(maxGain, gain)
                              }
                            }
                            var chosen = r
                            if candidates.count > 1 {
                              var sum = 0.0
                              for (_, gain) in candidates { sum += exp((gain - maxGain) / theta) }
                              var pick = Double.random(in: 0..<1, using: &rng) * sum
                              for (t, gain) in candidates {
                                pick -= exp((gain - maxGain) / theta)
                                chosen = t
                                if pick < 0 { break }
                              }
                            }
                            if chosen != r {
                              let w = weightTo[Int(chosen)]
                              refined[v] = chosen
                              refinedStrength[Int(chosen)] += kv
                              refinedSize[Int(chosen)] += 1
                              refinedSize[Int(r)] = 0
                              external[Int(chosen)] += external[v] - 2 * w
                            }
                            for t in touched { weightTo[Int(t)] = 0 }
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
      }
    }
    return refined
  }
}
