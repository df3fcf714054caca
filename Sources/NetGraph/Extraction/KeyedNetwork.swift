/// A network with the merge key of each entity (`AliasResolver.key`), so that networks
/// extracted from different parts of a corpus can be united exactly (`NetworkMerger`).
struct KeyedNetwork: Sendable {
  var network: InnovationNetwork
  /// `keys[i]` is the key of `network.entities[i]`.
  var keys: [String]
}
