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

  public init(
    source: EntityID, target: EntityID, kind: RelationKind?, evidence: [Evidence] = [],
    weight: Double? = nil
  ) {
    self.source = source
    self.target = target
    self.kind = kind
    self.evidence = evidence
    self.weight = weight ?? Double(max(evidence.count, 1))
  }

  /// Whether the tie is ordered. Untyped ties follow the graph's own directedness.
  public var isDirected: Bool { kind?.isDirected ?? false }
}
