/// The ego network of a set of entities: everything within `depth` ties, and the ties among them.
public struct Neighbourhood: Sendable {
  public var depth: Int

  public init(depth: Int = 1) { self.depth = max(0, depth) }

  /// Entities within `depth` hops of `centres` (ties followed in both directions).
  /// - Complexity: O(*n* + *m*).
  public func members(of centres: Set<EntityID>, in network: InnovationNetwork) -> Set<EntityID> {
    var adjacency: [EntityID: [EntityID]] = [:]
    for relation in network.relations {
      adjacency[relation.source, default: []].append(relation.target)
      adjacency[relation.target, default: []].append(relation.source)
    }
    var seen = centres
    var frontier = Array(centres)
    for _ in 0..<depth {
      var next: [EntityID] = []
      for id in frontier {
        for neighbour in adjacency[id] ?? [] where !seen.contains(neighbour) {
          seen.insert(neighbour)
          next.append(neighbour)
        }
      }
      frontier = next
    }
    return seen
  }

  /// The sub-network of `centres`' neighbourhood.
  public func network(around centres: Set<EntityID>, in network: InnovationNetwork) -> InnovationNetwork {
    network.induced(by: members(of: centres, in: network))
  }
}
