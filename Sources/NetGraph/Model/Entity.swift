/// A named actor: a park, university, institute, enterprise, fund, government body or platform.
public struct Entity: Hashable, Codable, Sendable {
  public var id: EntityID
  /// Canonical name (the fullest form seen, or the name in the graph file).
  public var name: String
  /// `nil` only for nodes read from an untyped graph file (edge list, plain GraphML).
  public var kind: EntityKind?
  /// Other names of the same thing, sorted, without `name`.
  public var aliases: [String]
  /// Every occurrence, in file/offset order.
  public var mentions: [Mention]
  /// The registry park this entity is (CLI.md `"registry"`); `nil` when unlinked, and then
  /// the key is left out of JSON.
  public var registry: RegistryLink?

  public init(
    id: EntityID, name: String, kind: EntityKind?, aliases: [String] = [],
    mentions: [Mention] = [], registry: RegistryLink? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.mentions = mentions
    self.registry = registry
  }

  enum CodingKeys: String, CodingKey {
    case id, name, kind, aliases, mentions, registry
  }

  /// Reads netgraph JSON; `aliases`, `mentions` and `registry` may be omitted.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(EntityID.self, forKey: .id),
      name: try container.decode(String.self, forKey: .name),
      kind: try container.decodeIfPresent(EntityKind.self, forKey: .kind),
      aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
      mentions: try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? [],
      registry: try container.decodeIfPresent(RegistryLink.self, forKey: .registry))
  }
}
