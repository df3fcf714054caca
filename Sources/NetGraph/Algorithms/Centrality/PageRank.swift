extension Graph {
  /// PageRank by power iteration (Brin & Page 1998), as networkx `pagerank(G, alpha=0.85,
  /// max_iter=100, tol=1e-06, weight="weight")` computes it.
  ///
  /// x ← α (x P + (Σ_dangling x) · p) + (1 − α) p, where P is the row-normalised weight
  /// matrix (an undirected edge is a pair of arcs; a self-loop one arc), p the
  /// personalisation (uniform by default) and dangling nodes (no out-weight) spread their rank
  /// by p. Stops when Σ|x − x_last| < n · tolerance.
  /// - Parameters:
  ///   - alpha: Damping factor in (0, 1] (networkx default 0.85).
  ///   - personalization: Teleport weights per node, normalised here; `nil` is uniform.
  ///   - maxIterations: Iteration limit (networkx default 100).
  ///   - tolerance: Per-node tolerance (networkx default 1e-6).
  /// - Returns: One value per node, indexed by `NodeID`, summing to 1.
  /// - Throws: `AlgorithmError.invalidParameter` for α outside (0, 1] or a personalisation of
  ///   the wrong length, negative or all zero; `AlgorithmError.notConverged`.
  /// - Complexity: O(n + m) per iteration.
  /// ## References
  /// - S. Brin, L. Page, "The anatomy of a large-scale hypertextual Web search engine",
  ///   Computer Networks and ISDN Systems 30(1–7):107–117, 1998.
  ///   doi:10.1016/S0169-7552(98)00110-X
  public func pageRank(
    alpha: Double = 0.85, personalization: [Double]? = nil, maxIterations: Int = 100,
    tolerance: Double = 1e-6
  ) throws -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    guard alpha > 0 && alpha <= 1 else {
      throw AlgorithmError.invalidParameter(
        name: "alpha", value: "\(alpha)", rule: "the damping factor must be in (0, 1]")
    }
    var p = [Double](repeating: 1 / Double(n), count: n)
    if let personalization {
      let total = personalization.reduce(0, +)
      guard personalization.count == n, personalization.allSatisfy({ $0 >= 0 }), total > 0 else {
        throw AlgorithmError.invalidParameter(
          name: "personalization", value: "(\(personalization.count) values)",
          rule: "needs one non-negative value per node, not all zero")
      }
      p = personalization.map { $0 / total }
    }
    // Out-strength reciprocals; 0 marks a dangling node.
    var inverseOut = [Double](repeating: 0, count: n)
    var dangling: [Int] = []
    for u in 0..<n {
      var s = 0.0
      for e in outOffsets[u]..<outOffsets[u + 1] { s += outWeights[e] }
      if s != 0 { inverseOut[u] = 1 / s } else { dangling.append(u) }
    }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var last = x
    for _ in 0..<maxIterations {
      swap(&x, &last)
      var danglingSum = 0.0
      for u in dangling { danglingSum += last[u] }
      // Pull along in-arcs: (x P)_v = Σ_{u→v} x_u w_uv / out(u).
      inOffsets.withUnsafeBufferPointer { inOffsets in
        inTargets.withUnsafeBufferPointer { inTargets in
          inWeights.withUnsafeBufferPointer { inWeights in
            for v in 0..<n {
              var sum = 0.0
              for e in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inTargets[e])
                sum += last[u] * (inWeights[e] * inverseOut[u])
              }
              x[v] = alpha * (sum + danglingSum * p[v]) + (1 - alpha) * p[v]
            }
          }
        }
      }
      var change = 0.0
      for v in 0..<n { change += abs(x[v] - last[v]) }
      if change < Double(n) * tolerance { return x }
    }
    throw AlgorithmError.notConverged(
      algorithm: "PageRank", iterations: maxIterations, tolerance: tolerance)
  }
}
