/// Narrows a network for drawing or export: by entity kind, relation kind, minimum tie
/// weight, and the top-N entities by a score.
public struct NetworkFilter: Sendable {
  /// Keep only entities of these kinds (`nil` keeps all; untyped nodes only when `nil`).
  public var entityKinds: Set<EntityKind>?
  /// Keep only relations of these kinds.
  public var relationKinds: Set<RelationKind>?
  /// Keep only relations whose weight is at least this.
  public var minimumWeight: Double?
  /// Keep the `top` entities by `score` (ties broken by id), after the other filters.
  public var top: Int?
  /// Drop entities left without any relation.
  public var dropIsolated: Bool

  public init(
    entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil,
    minimumWeight: Double? = nil, top: Int? = nil, dropIsolated: Bool = false
  ) {
    self.entityKinds = entityKinds
    self.relationKinds = relationKinds
    self.minimumWeight = minimumWeight
    self.top = top
    self.dropIsolated = dropIsolated
  }

  /// Applies the filters in order: kinds, weights, top-N, isolated nodes.
  /// - Parameter score: Ranking for `top`; by default the weighted degree in the filtered network.
  /// - Complexity: O(*n* log *n* + *m*).
  public func apply(to network: InnovationNetwork, score: [EntityID: Double]? = nil) -> InnovationNetwork {
    var result = network
    if let kinds = entityKinds {
      result = result.induced(by: Set(result.entities.filter { $0.kind.map(kinds.contains) ?? false }.map(\.id)))
    }
    result.relations.removeAll { relation in
      if let kinds = relationKinds, !(relation.kind.map(kinds.contains) ?? false) { return true }
      if let minimumWeight, relation.weight < minimumWeight { return true }
      return false
    }
    if let top, top < result.entities.count {
      let ranking = score ?? Self.weightedDegree(result)
      let kept = result.entities
        .sorted { (ranking[$0.id] ?? 0, $1.id) > (ranking[$1.id] ?? 0, $0.id) }
        .prefix(max(0, top))
      result = result.induced(by: Set(kept.map(\.id)))
    }
    if dropIsolated {
      var touched = Set<EntityID>()
      for relation in result.relations {
        touched.insert(relation.source)
        touched.insert(relation.target)
      }
      result.entities.removeAll { !touched.contains($0.id) }
    }
    return result
  }

  /// Sum of relation weights at each entity.
  public static func weightedDegree(_ network: InnovationNetwork) -> [EntityID: Double] {
    var degree: [EntityID: Double] = [:]
    for relation in network.relations {
      degree[relation.source, default: 0] += relation.weight
      degree[relation.target, default: 0] += relation.weight
    }
    return degree
  }
}
