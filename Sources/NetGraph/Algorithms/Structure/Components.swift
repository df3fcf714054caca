extension Graph {
  /// Connected components, ignoring direction (weakly connected components of a directed
  /// graph), as networkx `connected_components` / `weakly_connected_components`.
  /// - Returns: Components ordered by decreasing size, ties by smallest node id; members by id.
  /// - Complexity: O(n + m).
  public func connectedComponents() -> [[NodeID]] {
    let n = nodeCount
    var label = [Int](repeating: -1, count: n)
    var components: [[NodeID]] = []
    var stack: [Int] = []
    for s in 0..<n where label[s] < 0 {
      var members: [NodeID] = []
      label[s] = components.count
      stack.append(s)
      while let v = stack.popLast() {
        members.append(NodeID(v))
        for e in outOffsets[v]..<outOffsets[v + 1] where label[Int(outTargets[e])] < 0 {
          label[Int(outTargets[e])] = components.count
          stack.append(Int(outTargets[e]))
        }
        if isDirected {
          for e in inOffsets[v]..<inOffsets[v + 1] where label[Int(inTargets[e])] < 0 {
            label[Int(inTargets[e])] = components.count
            stack.append(Int(inTargets[e]))
          }
        }
      }
      components.append(members.sorted())
    }
    return Self.ordered(components)
  }

  /// Strongly connected components of a directed graph (Tarjan 1972, iterative); for an
  /// undirected graph, the connected components.
  /// - Returns: Components ordered by decreasing size, ties by smallest node id; members by id.
  /// - Complexity: O(n + m).
  /// ## References
  /// - R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput.
  ///   1(2):146–160, 1972. doi:10.1137/0201010
  public func stronglyConnectedComponents() -> [[NodeID]] {
    guard isDirected else { return connectedComponents() }
    let n = nodeCount
    var index = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [Int] = []
    var components: [[NodeID]] = []
    var counter = 0
    var call: [(node: Int, edge: Int)] = []
    for root in 0..<n where index[root] < 0 {
      call.append((root, outOffsets[root]))
      index[root] = counter; low[root] = counter; counter += 1
      stack.append(root); onStack[root] = true
      while let (v, e) = call.last {
        if e < outOffsets[v + 1] {
          call[call.count - 1].edge += 1
          let w = Int(outTargets[e])
          if index[w] < 0 {
            index[w] = counter; low[w] = counter; counter += 1
            stack.append(w); onStack[w] = true
            call.append((w, outOffsets[w]))
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
        } else {
          call.removeLast()
          if let parent = call.last { low[parent.node] = min(low[parent.node], low[v]) }
          if low[v] == index[v] {
            var members: [NodeID] = []
            while true {
              let w = stack.removeLast()
              onStack[w] = false
              members.append(NodeID(w))
              if w == v { break }
            }
            components.append(members.sorted())
          }
        }
      }
    }
    return Self.ordered(components)
  }

  static func ordered(_ components: [[NodeID]]) -> [[NodeID]] {
    components.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
  }

  /// Density: m / (n(n − 1)/2) undirected, m / (n(n − 1)) directed, self-loops counted in m
  /// (networkx `density`); 0 for fewer than two nodes.
  /// - Complexity: O(n log d).
  public var density: Double {
    let n = Double(nodeCount)
    guard nodeCount > 1 else { return 0 }
    let m = Double(edgeCount)
    return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
  }
}
