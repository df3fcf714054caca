/// What one document contributes to the network, in the order it was found: mentions by
/// entity key and relations with their evidence.
///
/// Documents are extracted independently (in parallel) into these records, which
/// `NetworkBuilder.apply(_:)` then replays in file order, so the network does not depend on
/// how many threads extracted it.
struct DocumentExtraction: Sendable {
  struct Added: Sendable {
    var key: String
    var kind: EntityKind
    var forms: [String]
    var mention: Mention
    var registry: RegistryLink?
  }

  private(set) var added: [Added] = []
  private(set) var related: [(found: RelationMatcher.Found, evidence: Evidence)] = []

  mutating func add(key: String, kind: EntityKind, forms: [String], mention: Mention, registry: RegistryLink? = nil) {
    added.append(Added(key: key, kind: kind, forms: forms, mention: mention, registry: registry))
  }

  mutating func relate(_ found: RelationMatcher.Found, evidence: Evidence) {
    related.append((found, evidence))
  }
}
