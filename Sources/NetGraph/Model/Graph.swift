/// A compact, immutable graph for algorithms: compressed sparse rows (CSR) of integer node ids,
/// with names and kinds alongside.
///
/// The graph is *simple* in networkx's sense: at most one edge per ordered pair (parallel
/// relations are merged by summing their weights when the graph is built) and at most one
/// self-loop per node. Rows are sorted by target, so `weight(from:to:)` is a binary search.
///
/// - Undirected graphs store every edge `{u, v}` (u ≠ v) twice, as arcs u→v and v→u; a
///   self-loop is stored once, as networkx's adjacency `G[u][u]` is, and counts twice in
///   `degree(of:)` (networkx convention).
/// - Directed graphs store out-arcs in one CSR and in-arcs in another, so algorithms can
///   walk either direction in O(degree).
///
/// Build one from an `InnovationNetwork` with `init(network:directed:nodeKinds:relationKinds:)`,
/// or from arrays with `init(nodeCount:sources:targets:weights:directed:names:)`.
///
/// - Complexity: memory O(n + m): one `Int` per node and one `Int32` + `Double` per arc.
public struct Graph: Sendable {
  /// Whether edges are ordered pairs.
  public let isDirected: Bool
  /// Whether weights other than 1 are present; unweighted graphs use breadth-first search.
  public internal(set) var isWeighted: Bool

  // Out-adjacency: arcs of node u are outTargets[outOffsets[u] ..< outOffsets[u + 1]].
  var outOffsets: [Int]
  var outTargets: [Int32]
  var outWeights: [Double]
  // In-adjacency; the same arrays as the out-adjacency when undirected (shared storage).
  var inOffsets: [Int]
  var inTargets: [Int32]
  var inWeights: [Double]

  /// Display name of each node, indexed by `NodeID`.
  public internal(set) var names: [String]
  /// Entity kind of each node (`nil` for untyped nodes), indexed by `NodeID`.
  public internal(set) var kinds: [EntityKind?]
  /// Entity id of each node, indexed by `NodeID`.
  public internal(set) var entityIDs: [EntityID]

  /// Number of nodes.
  public var nodeCount: Int { names.count }

  /// All node ids in order.
  public var nodes: [NodeID] { (0..<nodeCount).map(NodeID.init) }

  /// Number of edges of the simple graph (an undirected edge and a self-loop count once).
  public var edgeCount: Int {
    if isDirected { return outTargets.count }
    return (outTargets.count + selfLoopCount) / 2
  }

  /// Number of nodes with a self-loop.
  public var selfLoopCount: Int {
    var count = 0
    for u in 0..<nodeCount where hasSelfLoop(u) { count += 1 }
    return count
  }

  /// Sum of edge weights of the simple graph (each undirected edge once).
  public var totalWeight: Double {
    if isDirected { return outWeights.reduce(0, +) }
    var total = 0.0
    for u in 0..<nodeCount {
      for e in outOffsets[u]..<outOffsets[u + 1] where Int(outTargets[e]) >= u {
        total += outWeights[e]
      }
    }
    return total
  }

  /// Successors of `u` (all neighbours when undirected), sorted by id.
  public func successors(of u: NodeID) -> [NodeID] {
    outTargets[outOffsets[u.index]..<outOffsets[u.index + 1]].map(NodeID.init(rawValue:))
  }

  /// Predecessors of `u` (all neighbours when undirected), sorted by id.
  public func predecessors(of u: NodeID) -> [NodeID] {
    inTargets[inOffsets[u.index]..<inOffsets[u.index + 1]].map(NodeID.init(rawValue:))
  }

  /// Number of incident edges; an undirected self-loop counts twice, a directed one once
  /// each way (networkx `G.degree`).
  public func degree(of u: NodeID) -> Int {
    if isDirected { return outDegree(u.index) + inDegree(u.index) }
    return outDegree(u.index) + (hasSelfLoop(u.index) ? 1 : 0)
  }

  /// Sum of the weights of incident edges, counted as `degree(of:)` counts them
  /// (networkx `G.degree(weight=...)`).
  public func strength(of u: NodeID) -> Double {
    let i = u.index
    var total = 0.0
    for e in outOffsets[i]..<outOffsets[i + 1] { total += outWeights[e] }
    if isDirected {
      for e in inOffsets[i]..<inOffsets[i + 1] { total += inWeights[e] }
    } else if let w = weight(from: i, to: i) {
      total += w
    }
    return total
  }

  /// Weight of the arc u→v (of the edge {u, v} when undirected), or `nil` if absent.
  /// - Complexity: O(log degree(u)).
  public func weight(from u: NodeID, to v: NodeID) -> Double? {
    weight(from: u.index, to: v.index)
  }

  /// Node whose name is `name`, if any. - Complexity: O(n).
  public func node(named name: String) -> NodeID? {
    names.firstIndex(of: name).map(NodeID.init)
  }

  // MARK: Internal index-based accessors used by the algorithms.

  @inline(__always) func outDegree(_ u: Int) -> Int { outOffsets[u + 1] - outOffsets[u] }
  @inline(__always) func inDegree(_ u: Int) -> Int { inOffsets[u + 1] - inOffsets[u] }

  func hasSelfLoop(_ u: Int) -> Bool { arcIndex(from: u, to: u) != nil }

  func weight(from u: Int, to v: Int) -> Double? {
    arcIndex(from: u, to: v).map { outWeights[$0] }
  }

  /// Position of arc u→v in `outTargets`, found by binary search in u's sorted row.
  func arcIndex(from u: Int, to v: Int) -> Int? {
    var low = outOffsets[u]
    var high = outOffsets[u + 1]
    let target = Int32(v)
    while low < high {
      let mid = (low + high) >> 1
      let t = outTargets[mid]
      if t == target { return mid }
      if t < target { low = mid + 1 } else { high = mid }
    }
    return nil
  }

  /// Neighbours of `u` ignoring direction (successors ∪ predecessors), sorted, without
  /// duplicates; includes `u` itself when it has a self-loop (networkx `all_neighbors` as a set).
  func neighbourSet(_ u: Int) -> [Int32] {
    let out = outTargets[outOffsets[u]..<outOffsets[u + 1]]
    if !isDirected { return Array(out) }
    let inn = inTargets[inOffsets[u]..<inOffsets[u + 1]]
    var merged: [Int32] = []
    merged.reserveCapacity(out.count + inn.count)
    var i = out.startIndex
    var j = inn.startIndex
    while i < out.endIndex || j < inn.endIndex {
      if j == inn.endIndex || (i < out.endIndex && out[i] < inn[j]) {
        merged.append(out[i]); i += 1
      } else if i == out.endIndex || inn[j] < out[i] {
        merged.append(inn[j]); j += 1
      } else {
        merged.append(out[i]); i += 1; j += 1
      }
    }
    return merged
  }
}
