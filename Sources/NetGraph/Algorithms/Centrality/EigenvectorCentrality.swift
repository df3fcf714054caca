import Foundation

extension Graph {
  /// Eigenvector centrality by power iteration (Bonacich 1972), exactly as networkx
  /// `eigenvector_centrality(G, max_iter=100, tol=1e-06, weight=...)` iterates.
  ///
  /// Starts from the uniform vector and repeats x ← (A + I)ᵀ x, normalised to unit Euclidean
  /// norm, until Σ|x − x_last| < n · tolerance. For directed graphs this is the *left*
  /// eigenvector: a node is central when central nodes point to it. Adding I keeps the
  /// iteration from oscillating on bipartite graphs without changing the eigenvector.
  /// Weighted graphs use weights as tie strengths.
  /// - Parameters:
  ///   - maxIterations: Iteration limit (networkx default 100).
  ///   - tolerance: Per-node tolerance (networkx default 1e-6).
  /// - Returns: One value per node, indexed by `NodeID`; unit Euclidean norm.
  /// - Throws: `AlgorithmError.notConverged` when the limit is reached;
  ///   `AlgorithmError.notImplemented` for the graph with no nodes (networkx raises too).
  /// - Complexity: O(m) per iteration.
  /// ## References
  /// - P. Bonacich, "Factoring and weighting approaches to status scores and clique
  ///   identification", J. Math. Sociol. 2(1):113–120, 1972. doi:10.1080/0022250X.1972.9989806
  public func eigenvectorCentrality(maxIterations: Int = 100, tolerance: Double = 1e-6) throws
    -> [Double]
  {
    let n = nodeCount
    guard n > 0 else {
      throw AlgorithmError.notImplemented(
        algorithm: "eigenvector centrality", reason: "the graph has no nodes")
    }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var last = x
    for _ in 0..<maxIterations {
      swap(&x, &last)
      for v in 0..<n { x[v] = last[v] }
      for u in 0..<n {
        let xu = last[u]
        for e in outOffsets[u]..<outOffsets[u + 1] {
          x[Int(outTargets[e])] += xu * (isWeighted ? outWeights[e] : 1)
        }
      }
      var norm = 0.0
      for v in 0..<n { norm += x[v] * x[v] }
      norm = norm.squareRoot()
      if norm == 0 { norm = 1 }
      var change = 0.0
      for v in 0..<n {
        x[v] /= norm
        change += abs(x[v] - last[v])
      }
      if change < Double(n) * tolerance { return x }
    }
    throw AlgorithmError.notConverged(
      algorithm: "eigenvector centrality", iterations: maxIterations, tolerance: tolerance)
  }
}
