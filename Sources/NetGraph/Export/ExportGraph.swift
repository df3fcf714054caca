import Foundation

/// The format-neutral view every writer serialises, so that all formats carry the same
/// node set, edge set and attributes.
///
/// Conventions shared by all formats (README "Exports"):
/// - Nodes are the entities in network order; a node's id is its `EntityID` (`e1`).
/// - Edges are the relations in network order; edge `i` (0-based) has id `r<i+1>`.
/// - The graph is directed when the network is (`--directed`) or when any relation has a
///   directed kind. Then a cooperation relation (undirected) is written **once**, source →
///   target as stored, with the edge attribute `directed = false`, so every reader's edge
///   count equals the number of relations. In an undirected graph all edges are undirected.
/// - The graph is a multigraph exactly when two relations join the same pair (same ordered
///   pair when directed, same unordered pair otherwise), e.g. cooperation and investment
///   between the same two entities; formats that have a flag or edge keys say so and key
///   the edges by their `r…` id.
/// - Aliases are joined with `;` where a format has no list type; an ASCII `;` inside an
///   alias becomes U+FF1B `；` so the list splits back into the same number of aliases.
/// - Registry columns (`registry_id`, `province`, `city`) appear only when some entity is
///   linked to the park registry, so the output of an unlinked network is unchanged.
struct ExportGraph {
  struct Node {
    var id: String
    var name: String
    var kind: EntityKind?
    var aliases: [String]
    var mentionCount: Int
    /// The registry park the entity is linked to, if any.
    var registry: RegistryLink?
  }

  struct Edge {
    var id: String
    /// Positions in `nodes`.
    var sourceIndex: Int
    var targetIndex: Int
    var source: String
    var target: String
    var kind: RelationKind?
    /// Whether this edge is ordered (cooperation and undirected untyped edges are not).
    var isDirected: Bool
    var weight: Double
    var evidenceCount: Int
    /// The first evidence sentence, if any.
    var sentence: String?
    /// Stated or context (extracted relations); nil when the input did not say.
    var basis: RelationBasis?
    /// The first evidence item's article title, date, source and url, when its corpus gives them.
    var title: String?
    var date: String?
    var articleSource: String?
    var url: String?

    /// The article fields as (name, value) pairs, in file order, present values only.
    var articleFields: [(String, String)] {
      [("title", title), ("date", date), ("source", articleSource), ("url", url)].compactMap { name, value in
        value.map { (name, $0) }
      }
    }
  }

  var nodes: [Node]
  var edges: [Edge]
  var isDirected: Bool
  var isMultigraph: Bool
  /// Whether any node is linked to the registry (registry columns are written).
  var hasRegistry: Bool { nodes.contains { $0.registry != nil } }

  /// Names of the article fields (title, date, source, url) that some edge carries, in that
  /// order; writers declare only these, so a plain-text corpus exports as before.
  var articleFieldNames: [String] {
    ["title", "date", "source", "url"].filter { name in edges.contains { $0.articleFields.contains { $0.0 == name } } }
  }

  /// Separator of joined alias lists.
  static let aliasSeparator = ";"

  /// Builds the view and checks what every format relies on.
  /// - Throws: `ExportError.duplicateEntityID`, `.unknownEntity`, `.nonFiniteWeight`.
  /// - Complexity: O(*n* + *m*) expected, for *n* entities and *m* relations.
  init(_ network: InnovationNetwork) throws {
    var index: [EntityID: Int] = [:]
    index.reserveCapacity(network.entities.count)
    nodes = []
    nodes.reserveCapacity(network.entities.count)
    for entity in network.entities {
      guard index[entity.id] == nil else { throw ExportError.duplicateEntityID(entity.id.rawValue) }
      index[entity.id] = nodes.count
      nodes.append(
        Node(
          id: entity.id.rawValue, name: entity.name, kind: entity.kind, aliases: entity.aliases,
          mentionCount: entity.mentions.count, registry: entity.registry))
    }
    isDirected = network.isDirected || network.relations.contains { $0.kind?.isDirected == true }
    edges = []
    edges.reserveCapacity(network.relations.count)
    var pairs: Set<[Int]> = []
    var multigraph = false
    for (position, relation) in network.relations.enumerated() {
      guard let s = index[relation.source] else {
        throw ExportError.unknownEntity(relation: position, id: relation.source.rawValue)
      }
      guard let t = index[relation.target] else {
        throw ExportError.unknownEntity(relation: position, id: relation.target.rawValue)
      }
      guard relation.weight.isFinite else {
        throw ExportError.nonFiniteWeight(
          relation: position, source: relation.source.rawValue, target: relation.target.rawValue)
      }
      let pair = isDirected ? [s, t] : [min(s, t), max(s, t)]
      if !pairs.insert(pair).inserted { multigraph = true }
      edges.append(
        Edge(
          id: "r\(position + 1)", sourceIndex: s, targetIndex: t,
          source: relation.source.rawValue, target: relation.target.rawValue, kind: relation.kind,
          isDirected: relation.kind?.isDirected ?? network.isDirected, weight: relation.weight,
          evidenceCount: relation.evidence.count, sentence: relation.evidence.first?.sentence,
          basis: relation.basis,

          title: relation.evidence.first?.title, date: relation.evidence.first?.date,
          articleSource: relation.evidence.first?.source, url: relation.evidence.first?.url))
    }
    isMultigraph = multigraph
  }

  /// The `registry_id`, `province`, `city` CSV fields of a node (empty when unlinked).
  static func registryFields(_ link: RegistryLink?) -> [String] {
    guard let link else { return ["", "", ""] }
    return [link.id, link.province, link.city].map { $0.isEmpty ? "" : Escaping.csvField($0) }
  }

  /// `aliases` joined with `;`, an ASCII `;` inside an alias written as `；` (U+FF1B).
  static func joinedAliases(_ aliases: [String]) -> String {
    aliases.map { $0.replacingOccurrences(of: ";", with: "\u{FF1B}") }
      .joined(separator: aliasSeparator)
  }

  /// Shortest text that reads back as `value` (`2.0`, `0.5`, `1e-05`); `value` is finite.
  static func number(_ value: Double) -> String {
    value == 0 ? "0.0" : "\(value)"
  }
}
