/// Selects the parks whose name or alias contains a text, plus their neighbourhood (CLI.md
/// `--park`): `西安` keeps 西安高新区 and every entity tied to it. A park linked to the registry
/// also matches through its registry name and short forms (`西安高新技术产业开发区`,
/// `西安国家高新区` keep the entity named 西安高新区).
public struct ParkFilter: Sendable {
  public var query: String
  public var depth: Int
  /// Registry whose names and short forms linked parks also match; `nil`: names and aliases only.
  public var registry: ParkRegistry?

  public init(_ query: String, depth: Int = 1, registry: ParkRegistry? = nil) {
    self.query = query
    self.depth = depth
    self.registry = registry
  }

  /// Parks matching the query, in id order.
  /// - Complexity: O(*n*·*f*) for *n* entities with at most *f* names and forms each.
  public func matchingParks(in network: InnovationNetwork) -> [Entity] {
    network.entities.filter { entity in
      guard entity.kind == .park else { return false }
      if entity.name.contains(query) || entity.aliases.contains(where: { $0.contains(query) }) { return true }
      guard let link = entity.registry else { return false }
      if link.name.contains(query) { return true }
      return registry?.park(id: link.id)?.forms.contains { $0.contains(query) } ?? false
    }
  }

  /// The matching parks and their neighbourhood.
  /// - Throws: `QueryError.noSuchPark` listing the parks that exist.
  /// - Complexity: O(*n* + *m*).
  public func apply(to network: InnovationNetwork) throws -> InnovationNetwork {
    let parks = matchingParks(in: network)
    guard !parks.isEmpty else {
      let available = network.entities.filter { $0.kind == .park }.map(\.name).sorted()
      throw QueryError.noSuchPark(query: query, available: available)
    }
    return Neighbourhood(depth: depth).network(around: Set(parks.map(\.id)), in: network)
  }
}
