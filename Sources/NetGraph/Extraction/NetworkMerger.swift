/// Unites networks extracted from parts of a corpus into the network one extraction over the
/// whole corpus gives (CLI.md, `merge`).
///
/// Extraction makes one entity of all mentions with the same key (`AliasResolver.key`: kind
/// plus normalised name); short forms are resolved within a document, so the only merging
/// across documents is by key. The merger does the same: entities with one key become one,
/// named by their fullest form (forms: every name and alias), mentions and relations united,
/// parallel relations merged with their evidence (weight: the evidence count; basis stated
/// when any part states the tie, as extraction merges it). Ids are
/// renumbered by first mention in (file, article, offset) order, which is the order
/// extraction meets them in. A part read from JSON gets its keys from its entities: the
/// registry id of a linked park, else the key of the name (an extracted entity's name is its
/// fullest form, whose key is the entity's key; a test checks this on every fixture corpus).
public struct NetworkMerger: Sendable {
  let resolver: AliasResolver

  /// Loads the bundled lexicons (the key normalises park and region forms with them).
  /// - Throws: `LexiconError` with the file and line of a malformed entry.
  public init() throws {
    self.resolver = AliasResolver(lexicon: try LexiconLoader.load())
  }

  init(lexicon: Lexicon) {
    self.resolver = AliasResolver(lexicon: lexicon)
  }

  /// The union of `networks` (for example, `extract --shard` outputs read back).
  /// - Complexity: O(*m* log *m*) in the total number of mentions and evidence items.
  public func merge(_ networks: [InnovationNetwork]) -> InnovationNetwork {
    merge(networks.map { KeyedNetwork(network: $0, keys: $0.entities.map(key)) }).network
  }

  /// The merge key of an entity read from a file: its registry id when linked (extraction
  /// makes every form of a registry park one entity), else its kind and normalised name.
  func key(_ entity: Entity) -> String {
    guard let kind = entity.kind else { return "|" + entity.name }
    if let registry = entity.registry { return kind.rawValue + "|@" + registry.id }
    return resolver.key(entity.name, kind: kind)
  }

  /// The union of keyed parts, keyed by the same keys.
  func merge(_ parts: [KeyedNetwork]) -> KeyedNetwork {
    struct Pending {
      var kind: EntityKind?
      var forms: Set<String> = []
      var mentions: Set<Mention> = []
      var firstSeen: Int
      var registry: RegistryLink?
    }
    var pending: [String: Pending] = [:]
    var seen = 0
    for part in parts {
      for (entity, key) in zip(part.network.entities, part.keys) {
        if pending[key] == nil {
          pending[key] = Pending(kind: entity.kind, firstSeen: seen)
          seen += 1
        }
        pending[key]!.forms.insert(entity.name)
        pending[key]!.forms.formUnion(entity.aliases)
        pending[key]!.mentions.formUnion(entity.mentions)
        if let registry = entity.registry { pending[key]!.registry = registry }
      }
    }
    func mentionOrder(_ a: Mention, _ b: Mention) -> Bool {
      (a.file, a.article, a.scalarOffset, b.text.unicodeScalars.count)
        < (b.file, b.article, b.scalarOffset, a.text.unicodeScalars.count)
    }
    let sorted: [(key: String, mentions: [Mention], value: Pending)] = pending.map { key, value in
      (key, value.mentions.sorted(by: mentionOrder), value)
    }.sorted { a, b in
      switch (a.mentions.first, b.mentions.first) {
      case let (x?, y?):
        if mentionOrder(x, y) { return true }
        if mentionOrder(y, x) { return false }
        return a.key < b.key
      case (_?, nil): return true
      case (nil, _?): return false
      case (nil, nil): return a.value.firstSeen < b.value.firstSeen
      }
    }
    var ids: [String: EntityID] = [:]
    var entities: [Entity] = []
    for (ordinal, entry) in sorted.enumerated() {
      let id = EntityID(ordinal: ordinal + 1)
      ids[entry.key] = id
      let forms = entry.value.forms.sorted {
        let l = $0.unicodeScalars.count, r = $1.unicodeScalars.count
        return l != r ? l > r : $0 < $1
      }
      entities.append(
        Entity(
          id: id, name: forms[0], kind: entry.value.kind, aliases: Array(forms.dropFirst()).sorted(),
          mentions: entry.mentions, registry: entry.value.registry))
    }
    var relations: [String: Relation] = [:]
    for part in parts {
      let keyOf = Dictionary(uniqueKeysWithValues: zip(part.network.entities.map(\.id), part.keys))
      for relation in part.network.relations {
        guard let s = keyOf[relation.source].flatMap({ ids[$0] }), let t = keyOf[relation.target].flatMap({ ids[$0] }),
          s != t
        else { continue }
        var source = s, target = t
        if !relation.isDirected && !(relation.kind == nil && part.network.isDirected) && target < source {
          swap(&source, &target)
        }
        let id = "\(source.rawValue)|\(target.rawValue)|\(relation.kind?.rawValue ?? "")"
        var merged = relations[id] ?? Relation(source: source, target: target, kind: relation.kind, evidence: [], weight: 0)
        merged.evidence += relation.evidence
        if let basis = relation.basis { merged.basis = merged.basis.map { $0.merged(with: basis) } ?? basis }
        if relation.evidence.isEmpty { merged.weight += relation.weight }
        relations[id] = merged
      }
    }
    let relationList = relations.values.map { relation -> Relation in
      var r = relation
      var unique: [Evidence] = []
      var seenEvidence: Set<Evidence> = []
      for e in r.evidence where seenEvidence.insert(e).inserted { unique.append(e) }
      r.evidence = unique.sorted { ($0.file, $0.article, $0.scalarOffset) < ($1.file, $1.article, $1.scalarOffset) }
      if !r.evidence.isEmpty { r.weight = Double(r.evidence.count) }
      return r
    }.sorted {
      if $0.source != $1.source { return $0.source < $1.source }
      if $0.target != $1.target { return $0.target < $1.target }
      switch ($0.kind, $1.kind) {
      case let (a?, b?): return a < b
      case (nil, _?): return true
      default: return false
      }
    }
    let network = InnovationNetwork(
      entities: entities, relations: relationList, isDirected: parts.contains { $0.network.isDirected })
    return KeyedNetwork(network: network, keys: sorted.map(\.key))
  }
}
