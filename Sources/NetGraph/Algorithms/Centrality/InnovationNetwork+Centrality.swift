extension InnovationNetwork {
  /// One centrality per entity, computed on the undirected (or, for a directed network,
  /// directed) compact view, for sizing and ranking entities in diagrams.
  ///
  /// Undefined values (NaN, e.g. the constraint of an isolated node) are left out. For
  /// constraint, where low values mark brokers, the score is `max − value`, so a larger
  /// score always means a more central entity.
  /// - Throws: `AlgorithmError` from the measure.
  /// - Complexity: that of the measure.
  public func centralityScores(
    _ measure: CentralityMeasure, weighting: Graph.Weighting = .strength
  ) throws -> [EntityID: Double] {
    let graph = Graph(network: self)
    let values = try graph.centrality(measure, weighting: weighting)
    let defined = values.filter { !$0.isNaN }
    let maximum = defined.max() ?? 0
    var scores: [EntityID: Double] = [:]
    for (node, value) in values.enumerated() where !value.isNaN {
      scores[graph.entityIDs[node]] = measure.higherIsCentral ? value : maximum - value
    }
    return scores
  }
}
