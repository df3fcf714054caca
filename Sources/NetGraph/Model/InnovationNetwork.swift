/// A typed innovation network: entities as nodes, relations as edges, each edge with its evidence.
///
/// This is the graph that extraction produces, queries filter, and renderers and exporters
/// consume. Algorithms work on the compact `Graph` built from it.
public struct InnovationNetwork: Hashable, Codable, Sendable {
  /// Entities ordered by id.
  public var entities: [Entity]
  /// Relations ordered by (source, target, kind).
  public var relations: [Relation]
  /// Whether untyped edges are directed (graph files read with `--directed`).
  public var isDirected: Bool

  public init(entities: [Entity] = [], relations: [Relation] = [], isDirected: Bool = false) {
    self.entities = entities
    self.relations = relations
    self.isDirected = isDirected
  }

  enum CodingKeys: String, CodingKey {
    case entities, relations
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    entities = try container.decode([Entity].self, forKey: .entities)
    relations = try container.decode([Relation].self, forKey: .relations)
    isDirected = false
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(entities, forKey: .entities)
    try container.encode(relations, forKey: .relations)
  }

  /// Entity by id; O(n). Build `entityIndex` for repeated lookups.
  public func entity(_ id: EntityID) -> Entity? {
    entities.first { $0.id == id }
  }

  /// Position of each entity in `entities`.
  public var entityIndex: [EntityID: Int] {
    Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
  }

  /// The sub-network induced by `ids`: those entities and the relations among them.
  public func induced(by ids: Set<EntityID>) -> InnovationNetwork {
    InnovationNetwork(
      entities: entities.filter { ids.contains($0.id) },
      relations: relations.filter { ids.contains($0.source) && ids.contains($0.target) },
      isDirected: isDirected)
  }

  /// Count of entities per kind, in kind order (untyped nodes are not counted).
  public var entityCounts: [(EntityKind, Int)] {
    EntityKind.allCases.map { kind in (kind, entities.filter { $0.kind == kind }.count) }
  }

  /// Count of relations per kind, in kind order.
  public var relationCounts: [(RelationKind, Int)] {
    RelationKind.allCases.map { kind in (kind, relations.filter { $0.kind == kind }.count) }
  }
}
