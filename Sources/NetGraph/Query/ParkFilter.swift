/// Selects the parks whose name or alias contains a text, plus their neighbourhood (CLI.md
/// `--park`): `西安` keeps 西安高新区 and every entity tied to it.
public struct ParkFilter: Sendable {
  public var query: String
  public var depth: Int

  public init(_ query: String, depth: Int = 1) {
    self.query = query
    self.depth = depth
  }

  /// Parks matching the query, in id order.
  public func matchingParks(in network: InnovationNetwork) -> [Entity] {
    network.entities.filter { entity in
      entity.kind == .park && (entity.name.contains(query) || entity.aliases.contains { $0.contains(query) })
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
