extension Graph {
  /// How edge weights enter an algorithm (`--weight strength|distance|none`).
  ///
  /// Two families of measure read weights differently. *Path* measures (betweenness,
  /// closeness, harmonic, diameter, average path length) need a length per edge; *strength*
  /// measures (strength, eigenvector, PageRank, clustering, constraint, effective size,
  /// modularity and community detection) need a tie strength. networkx reads the same
  /// `weight` attribute as a length in the first family and as a strength in the second,
  /// which is a frequent source of error; here the choice is explicit:
  ///
  /// | mode       | length of an edge | strength of an edge |
  /// |------------|-------------------|---------------------|
  /// | `strength` | 1 / w             | w                   |
  /// | `distance` | w                 | 1 / w               |
  /// | `none`     | 1 (hops)          | 1                   |
  ///
  /// Under `strength` a zero-weight edge has infinite length (no path uses it); under
  /// `distance` a zero-length edge has no finite strength, so strength measures reject it.
  public enum Weighting: String, CaseIterable, Sendable {
    /// Weights are tie strengths (evidence counts): more evidence, closer nodes.
    case strength
    /// Weights are lengths (costs): larger weight, farther apart.
    case distance
    /// Ignore weights.
    case none
  }

  /// What an algorithm does with a weight.
  public enum WeightUse: Sendable {
    /// As the length of the edge in shortest paths.
    case length
    /// As the strength of the tie.
    case strength
  }

  /// The graph with weights turned into lengths or strengths under `weighting` (see the table
  /// on `Weighting`). The raw weights are left as they are by `networkx`-style algorithm calls
  /// on the graph itself.
  /// - Throws: `AlgorithmError.zeroLengthEdge` for strength use of a zero-length edge.
  /// - Complexity: O(m).
  public func weighted(for use: WeightUse, as weighting: Weighting) throws -> Graph {
    switch (weighting, use) {
    case (.none, _):
      return isWeighted ? unweighted() : self
    case (.strength, .strength), (.distance, .length):
      return self
    case (.strength, .length):
      return isWeighted ? mapWeights { 1 / $0 } : self
    case (.distance, .strength):
      if let e = outWeights.firstIndex(of: 0) {
        let u = outOffsets.lastIndex { $0 <= e }!
        throw AlgorithmError.zeroLengthEdge(source: names[u], target: names[Int(outTargets[e])])
      }
      return isWeighted ? mapWeights { 1 / $0 } : self
    }
  }
}
