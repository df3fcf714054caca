/// Diameter and average shortest-path length of a connected graph.
public struct PathLengthSummary: Hashable, Sendable {
  /// Longest shortest path (hops, or total length when weighted).
  public var diameter: Double
  /// Mean shortest-path length over ordered pairs of distinct nodes.
  public var averageLength: Double
  /// Nodes the summary covers.
  public var nodeCount: Int
}

extension Graph {
  /// Diameter and average shortest-path length of the largest connected component
  /// (networkx `diameter` and `average_shortest_path_length`, which refuse disconnected
  /// graphs; taking the largest component is the usual convention). Direction is ignored:
  /// arcs are walked both ways, and of two reciprocal arcs the shorter counts. Weighted graphs
  /// read weights as lengths.
  /// - Parameter threads: Worker threads (the result does not depend on it).
  /// - Returns: The summary; zeros for a graph with fewer than two nodes.
  /// - Complexity: O(n m) unweighted, O(n m log n) weighted, on the component.
  public func largestComponentPathLengths(threads: Int? = nil) -> PathLengthSummary {
    guard let largest = connectedComponents().first, largest.count > 1 else {
      return PathLengthSummary(diameter: 0, averageLength: 0, nodeCount: min(nodeCount, 1))
    }
    let component = induced(by: largest)
    let n = component.nodeCount
    let parts = ParallelChunks.map(count: n, threads: threads) { _, range -> (Double, Double) in
      var search = SingleSourceDistances(graph: component, bothWays: true)
      var longest = 0.0
      var total = 0.0
      for s in range {
        search.run(from: s)
        for v in search.reached {
          let d = search.distance[Int(v)]
          longest = max(longest, d)
          total += d
        }
      }
      return (longest, total)
    }
    let diameter = parts.map(\.0).max() ?? 0
    let total = parts.map(\.1).reduce(0, +)
    return PathLengthSummary(
      diameter: diameter, averageLength: total / Double(n * (n - 1)), nodeCount: n)
  }
}
