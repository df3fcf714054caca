/// Selects one entity by name (exact name or alias first, else the shortest name containing
/// the text) and its neighbourhood, for `--ego NAME --depth D`.
public struct EgoFilter: Sendable {
  public var query: String
  public var depth: Int

  public init(_ query: String, depth: Int = 1) {
    self.query = query
    self.depth = depth
  }

  /// The chosen centre.
  /// - Throws: `QueryError.noSuchEntity` with up to five names sharing a character run.
  public func centre(in network: InnovationNetwork) throws -> Entity {
    if let exact = network.entities.first(where: { $0.name == query || $0.aliases.contains(query) }) {
      return exact
    }
    let containing = network.entities.filter { $0.name.contains(query) || $0.aliases.contains { $0.contains(query) } }
    if let best = containing.min(by: { ($0.name.count, $0.id) < ($1.name.count, $1.id) }) {
      return best
    }
    let prefix = String(query.prefix(2))
    let suggestions = network.entities.filter { !prefix.isEmpty && $0.name.contains(prefix) }
      .map(\.name).sorted().prefix(5)
    throw QueryError.noSuchEntity(query: query, suggestions: Array(suggestions))
  }

  /// The centre and everything within `depth` ties.
  public func apply(to network: InnovationNetwork) throws -> InnovationNetwork {
    let centre = try centre(in: network)
    return Neighbourhood(depth: depth).network(around: [centre.id], in: network)
  }
}
