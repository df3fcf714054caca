/// One period of `evolve` (CLI.md): the network of that period (or, cumulative, up to its end)
/// and its change against the previous period.
public struct TimelineRow: Hashable, Sendable {
  public var period: TimePeriod
  /// Dated articles read for the row.
  public var articles: Int
  public var entities: Int
  public var relations: Int
  /// Entities (ties) present now and not in the previous period's network.
  public var newEntities: Int
  public var newTies: Int
  /// Ties of the previous period's network that are not in this one.
  public var lostTies: Int
  /// Density of the undirected view (as `stats`).
  public var density: Double
  /// Nodes in the largest connected component.
  public var largestComponent: Int
  /// The three entities of highest degree (ties broken by name).
  public var topEntities: [String]

  /// The CSV header of `evolve` (CLI.md).
  public static let columns = [
    "period", "articles", "entities", "relations", "new_entities", "new_ties", "lost_ties", "density",
    "largest_component", "top_entities",
  ]

  /// Cells in `columns` order.
  public var cells: [String] {
    [
      period.description, String(articles), String(entities), String(relations), String(newEntities),
      String(newTies), String(lostTies), NumberFormat.fixed(density, 4), String(largestComponent),
      topEntities.joined(separator: ";"),
    ]
  }
}
