extension InnovationNetwork {
  /// Community of each entity (0 = largest community), for colouring diagrams.
  /// - Parameter settings: Method, resolution and seed (deterministic for a given seed).
  /// - Throws: `AlgorithmError` from the method.
  /// - Complexity: that of the method.
  public func communityMembership(_ settings: CommunitySettings = CommunitySettings()) throws -> [EntityID: Int] {
    let graph = Graph(network: self)
    let result = try graph.communities(settings)
    var membership: [EntityID: Int] = [:]
    for (node, community) in result.partition.membership.enumerated() {
      membership[graph.entityIDs[node]] = community
    }
    return membership
  }
}
