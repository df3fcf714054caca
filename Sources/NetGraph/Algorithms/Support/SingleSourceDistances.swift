/// Reusable workspace for single-source shortest-path lengths: breadth-first search on
/// unweighted graphs, Dijkstra's algorithm on weighted ones (weights read as lengths).
///
/// `reverse` walks arcs backwards, giving distances *to* the source, as networkx's closeness
/// and harmonic centrality use for directed graphs.
/// - Complexity: O(n + m) unweighted, O(m log n) weighted, per source.
struct SingleSourceDistances {
  let graph: Graph
  let reverse: Bool
  /// Walk arcs both ways (a directed graph read as undirected; reciprocal arcs give the
  /// shorter of their two lengths).
  let bothWays: Bool
  /// Distance of each node from the last source (`.infinity` if unreached).
  private(set) var distance: [Double]
  /// Nodes reached from the last source, in non-decreasing distance (source first).
  private(set) var reached: [Int32] = []
  private var heap = DistanceHeap()

  init(graph: Graph, reverse: Bool = false, bothWays: Bool = false) {
    self.graph = graph
    self.reverse = reverse && graph.isDirected
    self.bothWays = bothWays && graph.isDirected
    self.distance = [Double](repeating: .infinity, count: graph.nodeCount)
  }

  /// Computes distances from `source`, resetting only the nodes the last run touched.
  mutating func run(from source: Int) {
    for v in reached { distance[Int(v)] = .infinity }
    reached.removeAll(keepingCapacity: true)
    let offsets = reverse ? graph.inOffsets : graph.outOffsets
    let targets = reverse ? graph.inTargets : graph.outTargets
    distance[source] = 0
    if !graph.isWeighted {
      reached.append(Int32(source))
      var head = 0
      while head < reached.count {
        let v = Int(reached[head])
        head += 1
        let next = distance[v] + 1
        for e in offsets[v]..<offsets[v + 1] {
          let w = Int(targets[e])
          if distance[w] == .infinity {
            distance[w] = next
            reached.append(Int32(w))
          }
        }
        if bothWays {
          for e in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
            let w = Int(graph.inTargets[e])
            if distance[w] == .infinity {
              distance[w] = next
              reached.append(Int32(w))
            }
          }
        }
      }
      return
    }
    let weights = reverse ? graph.inWeights : graph.outWeights
    heap.removeAll()
    heap.push(0, Int32(source))
    while !heap.isEmpty {
      let (d, vv) = heap.pop()
      let v = Int(vv)
      // Each push strictly lowers a node's distance, so only the last entry is current.
      if d > distance[v] { continue }
      reached.append(vv)
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(targets[e])
        let nd = d + weights[e]
        if nd < distance[w] {
          distance[w] = nd
          heap.push(nd, targets[e])
        }
      }
      if bothWays {
        for e in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
          let w = Int(graph.inTargets[e])
          let nd = d + graph.inWeights[e]
          if nd < distance[w] {
            distance[w] = nd
            heap.push(nd, graph.inTargets[e])
          }
        }
      }
    }
  }
}
