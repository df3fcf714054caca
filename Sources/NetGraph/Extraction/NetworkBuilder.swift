/// Accumulates mentions and relations by entity key, then numbers and sorts them.
struct NetworkBuilder {
  private struct Pending {
    var kind: EntityKind
    var forms: Set<String>
    var mentions: [Mention]
    var order: Int
    var registry: RegistryLink?
  }

  private var entities: [String: Pending] = [:]
  private struct Tie: Hashable {
    var source: String
    var target: String
    var kind: RelationKind
  }

  private var relations: [Tie: (evidence: [Evidence], basis: RelationBasis)] = [:]

  mutating func add(key: String, kind: EntityKind, forms: [String], mention: Mention, registry: RegistryLink? = nil) {
    let order = entities.count
    entities[key, default: Pending(kind: kind, forms: [], mentions: [], order: order)].forms.formUnion(forms)
    entities[key]!.mentions.append(mention)
    if let registry { entities[key]!.registry = registry }
  }

  /// Records a tie; a tie seen with both bases is stated (RelationBasis).
  mutating func relate(_ found: RelationMatcher.Found, evidence: Evidence) {
    let tie = Tie(source: found.source, target: found.target, kind: found.kind)
    var entry = relations[tie] ?? ([], found.basis)
    if !entry.evidence.contains(evidence) { entry.evidence.append(evidence) }
    entry.basis = entry.basis.merged(with: found.basis)
    relations[tie] = entry
  }

  /// Adds one document's findings in the order they were found.
  mutating func apply(_ record: DocumentExtraction) {
    for added in record.added {
      add(key: added.key, kind: added.kind, forms: added.forms, mention: added.mention, registry: added.registry)
    }
    for (found, evidence) in record.related { relate(found, evidence: evidence) }
  }

  /// The finished network: ids by first mention, names the fullest form.
  func network() -> InnovationNetwork { keyedNetwork().network }

  /// The finished network with each entity's key.
  func keyedNetwork() -> KeyedNetwork {
    let ordered = entities.sorted { $0.value.order < $1.value.order }
    var ids: [String: EntityID] = [:]
    var result: [Entity] = []
    for (ordinal, (key, pending)) in ordered.enumerated() {
      let id = EntityID(ordinal: ordinal + 1)
      ids[key] = id
      let forms = pending.forms.sorted {
        let l = $0.unicodeScalars.count, r = $1.unicodeScalars.count
        return l != r ? l > r : $0 < $1
      }
      let mentions = pending.mentions.sorted {
        ($0.file, $0.article, $0.scalarOffset, $1.text.unicodeScalars.count)
          < ($1.file, $1.article, $1.scalarOffset, $0.text.unicodeScalars.count)
      }
      result.append(Entity(id: id, name: forms[0], kind: pending.kind, aliases: Array(forms.dropFirst()).sorted(), mentions: mentions, registry: pending.registry))
    }
    var merged: [String: Relation] = [:]
    for (found, entry) in relations {
      guard var source = ids[found.source], var target = ids[found.target], source != target else { continue }
      if !found.kind.isDirected && target < source { swap(&source, &target) }
      let key = "\(source.rawValue)|\(target.rawValue)|\(found.kind.rawValue)"
      var relation = merged[key] ?? Relation(source: source, target: target, kind: found.kind, evidence: [], basis: entry.basis)
      for e in entry.evidence where !relation.evidence.contains(e) { relation.evidence.append(e) }
      relation.basis = relation.basis.map { $0.merged(with: entry.basis) } ?? entry.basis
      merged[key] = relation
    }
    let relationList = merged.values.map { relation -> Relation in
      var r = relation
      r.evidence.sort { ($0.file, $0.article, $0.scalarOffset) < ($1.file, $1.article, $1.scalarOffset) }
      r.weight = Double(r.evidence.count)
      return r
    }.sorted {
      if $0.source != $1.source { return $0.source < $1.source }
      if $0.target != $1.target { return $0.target < $1.target }
      return $0.kind! < $1.kind!
    }
    return KeyedNetwork(
      network: InnovationNetwork(entities: result, relations: relationList), keys: ordered.map(\.key))
  }
}
