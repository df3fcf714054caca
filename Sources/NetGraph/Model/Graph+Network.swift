extension Graph {
  /// Builds the compact view of a typed network.
  ///
  /// Nodes are the entities in network order (`NodeID(i)` is `network.entities[i]` when no
  /// kind filter is given). In a directed view, cooperation (the only symmetric kind) becomes
  /// arcs both ways, the other kinds one arc source → target, and untyped relations follow
  /// `directed`. In an undirected view every relation is an edge. Several relations between
  /// the same pair merge into one edge whose weight is the sum of theirs (evidence counts add
  /// up); self-loops are kept, once per node.
  /// - Parameters:
  ///   - network: The typed network.
  ///   - directed: Whether to build the directed view (default: `network.isDirected`).
  ///   - nodeKinds: Keep only entities of these kinds (untyped entities are then dropped);
  ///     `nil` keeps all.
  ///   - relationKinds: Keep only relations of these kinds (untyped relations are then
  ///     dropped); `nil` keeps all.
  /// - Complexity: O(n + m log d).
  public init(
    network: InnovationNetwork, directed: Bool? = nil, nodeKinds: Set<EntityKind>? = nil,
    relationKinds: Set<RelationKind>? = nil
  ) {
    let directed = directed ?? network.isDirected
    var index: [EntityID: Int32] = [:]
    index.reserveCapacity(network.entities.count)
    var names: [String] = []
    var kinds: [EntityKind?] = []
    var ids: [EntityID] = []
    for entity in network.entities {
      if let nodeKinds {
        guard let kind = entity.kind, nodeKinds.contains(kind) else { continue }
      }
      guard index[entity.id] == nil else { continue }
      index[entity.id] = Int32(names.count)
      names.append(entity.name)
      kinds.append(entity.kind)
      ids.append(entity.id)
    }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    sources.reserveCapacity(network.relations.count)
    targets.reserveCapacity(network.relations.count)
    weights.reserveCapacity(network.relations.count)
    for relation in network.relations {
      if let relationKinds {
        guard let kind = relation.kind, relationKinds.contains(kind) else { continue }
      }
      guard let u = index[relation.source], let v = index[relation.target] else { continue }
      sources.append(u); targets.append(v); weights.append(relation.weight)
      let symmetric = relation.kind.map { !$0.isDirected } ?? false
      if directed && symmetric && u != v {
        sources.append(v); targets.append(u); weights.append(relation.weight)
      }
    }
    self.init(
      nodeCount: names.count, sources: sources, targets: targets, weights: weights,
      directed: directed, names: names, kinds: kinds, entityIDs: ids)
  }
}
