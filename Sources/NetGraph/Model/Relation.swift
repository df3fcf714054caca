/// A typed tie between two entities, backed by evidence sentences.
public struct Relation: Hashable, Codable, Sendable {
  public var source: EntityID
  public var target: EntityID
  /// `nil` only for edges read from an untyped graph file.
  public var kind: RelationKind?
  /// Supporting sentences, in file/offset order.
  public var evidence: [Evidence]
  /// Tie strength. For extracted relations, the number of evidence sentences;
  /// for graph files, the weight as written (default 1).
  public var weight: Double
  /// Whether a sentence states the tie or the article supplies one end; `nil` for edges
  /// read from a graph file that does not say.
  public var basis: RelationBasis?

  public init(
    source: EntityID, target: EntityID, kind: RelationKind?, evidence: [Evidence] = [],
    weight: Double? = nil, basis: RelationBasis? = nil
  ) {
    self.source = source
    self.target = target
    self.kind = kind
    self.evidence = evidence
    self.weight = weight ?? Double(max(evidence.count, 1))
    self.basis = basis
  }

  /// Whether the tie is ordered. Untyped ties follow the graph's own directedness.
  public var isDirected: Bool { kind?.isDirected ?? false }
}

extension Relation {
  enum CodingKeys: String, CodingKey {
    case source, target, kind, evidence, weight, basis
  }

  /// Reads netgraph JSON; a missing `weight` is the evidence count (at least 1).
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let evidence = try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    self.init(
      source: try container.decode(EntityID.self, forKey: .source),
      target: try container.decode(EntityID.self, forKey: .target),
      kind: try container.decodeIfPresent(RelationKind.self, forKey: .kind),
      evidence: evidence,
      weight: try container.decodeIfPresent(Double.self, forKey: .weight),
      basis: try container.decodeIfPresent(RelationBasis.self, forKey: .basis))
  }
}
