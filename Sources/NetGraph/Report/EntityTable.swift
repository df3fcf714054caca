/// The entity review table of `netgraph entities`: one row per entity with its mention,
/// article and neighbour counts, aliases and registry link, for checking what extraction found
/// before analysing it (and writing a thesaurus).
public struct EntityTable: Sendable {
  /// The columns, in order (CLI.md).
  public static let columns = [
    "id", "name", "kind", "mentions", "articles", "degree", "aliases", "registry_id", "province", "city",
  ]

  /// One entity's row.
  public struct Row: Sendable, Hashable {
    public var id: EntityID
    public var name: String
    public var kind: EntityKind?
    /// Mentions in the corpus.
    public var mentions: Int
    /// Distinct (file, article) pairs among the mentions.
    public var articles: Int
    /// Distinct neighbours over all relation kinds, direction ignored, self-loops not counted
    /// (the unnormalised degree of `centrality --measure degree` when there are no self-loops).
    public var degree: Int
    public var aliases: [String]
    /// Registry id, province and city of a park linked to the park registry; empty when unlinked.
    public var registryID: String
    public var province: String
    public var city: String
  }

  /// Rows in the requested order.
  public let rows: [Row]

  /// Builds the table of `network`.
  /// - Parameters:
  ///   - kinds: Keep only entities of these kinds (`nil` keeps all); degrees still count
  ///     neighbours of every kind.
  ///   - sort: Row order; ties by name, then id.
  /// - Complexity: O(n log n + m + mentions).
  public init(network: InnovationNetwork, kinds: Set<EntityKind>? = nil, sort: EntitySort = .mentions) {
    var neighbours: [EntityID: Set<EntityID>] = [:]
    for relation in network.relations where relation.source != relation.target {
      neighbours[relation.source, default: []].insert(relation.target)
      neighbours[relation.target, default: []].insert(relation.source)
    }
    let rows = network.entities.filter { entity in
      guard let kinds else { return true }
      return entity.kind.map { kinds.contains($0) } ?? false
    }.map { entity in
      let articles = Set(entity.mentions.map { "\($0.article)\u{1F}\($0.file)" }).count
      return Row(
        id: entity.id, name: entity.name, kind: entity.kind, mentions: entity.mentions.count, articles: articles,
        degree: neighbours[entity.id]?.count ?? 0, aliases: entity.aliases,
        registryID: entity.registry?.id ?? "", province: entity.registry?.province ?? "",
        city: entity.registry?.city ?? "")
    }
    self.rows = rows.sorted { a, b in
      switch sort {
      case .mentions where a.mentions != b.mentions: return a.mentions > b.mentions
      case .degree where a.degree != b.degree: return a.degree > b.degree
      default: break
      }
      if a.name != b.name { return a.name < b.name }
      return a.id < b.id
    }
  }

  /// The table in `format`: CSV and Markdown/text with the columns of `columns` (aliases joined
  /// by `|`), JSON `{"entities": [{...}]}` with aliases as an array and empty registry fields as
  /// `null`.
  public func render(_ format: TableFormat) -> String {
    switch format {
    case .json:
      let items = rows.map { row in
        func optional(_ s: String) -> String { s.isEmpty ? "null" : JSONText.string(s) }
        return JSONText.object([
          ("id", JSONText.string(row.id.rawValue)),
          ("name", JSONText.string(row.name)),
          ("kind", row.kind.map { JSONText.string($0.rawValue) } ?? "null"),
          ("mentions", String(row.mentions)),
          ("articles", String(row.articles)),
          ("degree", String(row.degree)),
          ("aliases", JSONText.array(row.aliases.map(JSONText.string))),
          ("registry_id", optional(row.registryID)),
          ("province", optional(row.province)),
          ("city", optional(row.city)),
        ])
      }
      return JSONText.object([("entities", items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n]")]) + "\n"
    case .csv, .table, .markdown:
      let body = rows.map { row in
        [
          row.id.rawValue, row.name, row.kind?.rawValue ?? "", String(row.mentions), String(row.articles),
          String(row.degree), row.aliases.joined(separator: "|"), row.registryID, row.province, row.city,
        ]
      }
      let table = TextTable(header: Self.columns, rows: body, rightAligned: [3, 4, 5])
      switch format {
      case .csv: return table.csv()
      case .markdown: return table.markdown()
      default: return table.plainText()
      }
    }
  }
}
