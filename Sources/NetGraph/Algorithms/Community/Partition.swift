/// A partition of a graph's nodes into communities.
///
/// Communities are numbered 0 ..< `count` by decreasing size, ties by their smallest node id,
/// so equal partitions always print alike.
public struct Partition: Hashable, Sendable {
  /// Community of each node, indexed by `NodeID`.
  public let membership: [Int]
  /// Number of communities.
  public let count: Int

  /// Canonicalises any labelling (labels may be arbitrary integers).
  /// - Complexity: O(n log n).
  public init(labels: [Int]) {
    let n = labels.count
    // Labels are dense (0 ..< n) when they come from the algorithms: count with arrays.
    if labels.allSatisfy({ $0 >= 0 && $0 < n }) {
      var size = [Int](repeating: 0, count: n)
      var first = [Int](repeating: -1, count: n)
      for (node, label) in labels.enumerated() {
        size[label] += 1
        if first[label] < 0 { first[label] = node }
      }
      let used = (0..<n).filter { size[$0] > 0 }.sorted { a, b in
        size[a] != size[b] ? size[a] > size[b] : first[a] < first[b]
      }
      var renumber = [Int](repeating: 0, count: n)
      for (index, label) in used.enumerated() { renumber[label] = index }
      membership = labels.map { renumber[$0] }
      count = used.count
      return
    }
    var firstSeen: [Int: (size: Int, first: Int)] = [:]
    for (node, label) in labels.enumerated() {
      if let entry = firstSeen[label] {
        firstSeen[label] = (entry.size + 1, entry.first)
      } else {
        firstSeen[label] = (1, node)
      }
    }
    let order = firstSeen.sorted { a, b in
      a.value.size != b.value.size ? a.value.size > b.value.size : a.value.first < b.value.first
    }
    var renumber: [Int: Int] = [:]
    for (index, entry) in order.enumerated() { renumber[entry.key] = index }
    membership = labels.map { renumber[$0]! }
    count = order.count
  }

  /// The partition whose communities are `communities` (every node exactly once).
  public init(communities: [[NodeID]], nodeCount: Int) {
    var labels = [Int](repeating: -1, count: nodeCount)
    for (c, members) in communities.enumerated() { for v in members { labels[v.index] = c } }
    var next = communities.count
    for v in 0..<nodeCount where labels[v] < 0 {
      labels[v] = next
      next += 1
    }
    self.init(labels: labels)
  }

  /// Members of each community, communities in number order, members by id.
  public var communities: [[NodeID]] {
    var groups = [[NodeID]](repeating: [], count: count)
    for (node, c) in membership.enumerated() { groups[c].append(NodeID(node)) }
    return groups
  }
}
