extension Thesaurus {
  /// The curated network and what changed.
  ///
  /// Rules, in order:
  /// 1. An entity whose name equals a row's `label` takes that row; otherwise the row of the
  ///    first of its aliases (in sorted order) that is a label. An empty `replace by` removes the
  ///    entity and its relations; otherwise the entity is renamed, its old name becoming an alias.
  /// 2. A row with a `kind` gives that kind to every entity named its `replace by` afterwards
  ///    (the renamed ones and one that already had the name), so `X,Y,fund` also says Y is a fund.
  /// 3. Entities touched by a row that now share name and kind become one: mentions, aliases and
  ///    relations united. It keeps the smallest id of its members (ids stay those of the
  ///    uncurated network; removed and absorbed ids leave gaps). Entities that would share a name
  ///    with different kinds are an error unless a `kind` settles it. Untouched entities are never
  ///    merged.
  /// 4. Relations are re-pointed to the surviving ids. Those that now join the same ends with the
  ///    same kind become one (undirected kinds with ends in id order), their evidence united and
  ///    the weight its count (the sum of weights for evidence-less graph-file edges); relations
  ///    that were not re-pointed are left as they are. A relation between two entities that
  ///    became one is dropped: the extractor never relates an entity to itself, and a self-tie
  ///    would count as degree in every measure (a self-loop a graph file already had is kept).
  /// - Returns: The network (entities by id, relations by source, target, kind) and a summary.
  /// - Throws: `ThesaurusError.kindConflict` naming both entities and the row.
  /// - Complexity: O((n + m) log(n + m)) for n entities and m relations, plus the mentions and
  ///   evidence moved.
  public func applied(to network: InnovationNetwork) throws -> (network: InnovationNetwork, summary: CurationSummary) {
    var summary = CurationSummary(file: file, rows: entries.count)
    var byLabel: [String: ThesaurusEntry] = [:]
    for entry in entries { byLabel[entry.label] = entry }
    var kindByName: [String: EntityKind] = [:]
    for entry in entries { if let kind = entry.kind, let name = entry.replacement { kindByName[name] = kind } }

    var matched = Set<String>()
    var removed = Set<EntityID>()
    var touchedBy: [EntityID: ThesaurusEntry] = [:]
    var entities: [Entity] = []
    for var entity in network.entities {
      let entry = byLabel[entity.name] ?? entity.aliases.sorted().lazy.compactMap { byLabel[$0] }.first
      if let entry {
        matched.insert(entry.label)
        touchedBy[entity.id] = entry
        guard let replacement = entry.replacement else {
          removed.insert(entity.id)
          summary.removed += 1
          continue
        }
        if replacement != entity.name {
          entity.aliases = Array(Set(entity.aliases + [entity.name]).subtracting([replacement])).sorted()
          entity.name = replacement
          summary.renamed += 1
        }
      }
      if let kind = kindByName[entity.name], entity.kind != kind {
        entity.kind = kind
        summary.retyped += 1
        if touchedBy[entity.id] == nil, let entry = entries.first(where: { $0.replacement == entity.name && $0.kind != nil }) {
          touchedBy[entity.id] = entry
        }
      }
      entities.append(entity)
    }
    summary.unmatchedLabels = entries.map(\.label).filter { !matched.contains($0) }
    summary.rowsUsed = matched.count

    // Group by name; a name shared across kinds by a touched entity is a conflict.
    var groups: [String: [Int]] = [:]
    for (i, entity) in entities.enumerated() { groups[entity.name, default: []].append(i) }
    var representative: [EntityID: EntityID] = [:]
    var absorbed = Set<Int>()
    for name in groups.keys.sorted() {
      let members = groups[name]!
      guard members.count > 1, members.contains(where: { touchedBy[entities[$0].id] != nil }) else { continue }
      if let first = members.first, let other = members.first(where: { entities[$0].kind != entities[first].kind }) {
        let row = members.compactMap { touchedBy[entities[$0].id]?.line }.min() ?? 0
        let (a, b) = (entities[first], entities[other])
        throw ThesaurusError.kindConflict(
          file: file, line: row, name: name, first: originalName(a, in: network), firstKind: a.kind?.rawValue ?? "untyped",
          second: originalName(b, in: network), secondKind: b.kind?.rawValue ?? "untyped")
      }
      let keep = members.min { entities[$0].id < entities[$1].id }!
      for i in members where i != keep {
        entities[keep] = Self.merge(entities[keep], entities[i])
        representative[entities[i].id] = entities[keep].id
        absorbed.insert(i)
        summary.merged += 1
      }
    }
    let curatedEntities = entities.indices.filter { !absorbed.contains($0) }.map { entities[$0] }.sorted { $0.id < $1.id }

    // Only re-pointed relations merge: parallel edges a graph file already had stay apart.
    func key(_ r: Relation) -> [String] {
      let directed = r.kind?.isDirected ?? network.isDirected
      let ends = directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source]
      return ends.map(\.rawValue) + [r.kind?.rawValue ?? ""]
    }
    var relations: [(relation: Relation, moved: Bool)] = []
    var firstUnmoved: [[String]: Int] = [:]
    var firstMoved: [[String]: Int] = [:]
    for var relation in network.relations {
      guard !removed.contains(relation.source), !removed.contains(relation.target) else { continue }
      guard representative[relation.source] != nil || representative[relation.target] != nil else {
        if firstUnmoved[key(relation)] == nil { firstUnmoved[key(relation)] = relations.count }
        relations.append((relation, false))
        continue
      }
      let wasLoop = relation.source == relation.target
      relation.source = representative[relation.source] ?? relation.source
      relation.target = representative[relation.target] ?? relation.target
      if relation.source == relation.target && !wasLoop {
        summary.droppedSelfTies += 1
        continue
      }
      let directed = relation.kind?.isDirected ?? network.isDirected
      if !directed && relation.target < relation.source { swap(&relation.source, &relation.target) }
      let k = key(relation)
      if let at = firstMoved[k] ?? firstUnmoved[k] {
        relations[at] = (Self.merge(relations[at].relation, relation), true)
        firstMoved[k] = at
      } else {
        firstMoved[k] = relations.count
        relations.append((relation, true))
      }
    }
    let curatedRelations = relations.indices.sorted { i, j in
      let a = relations[i].relation, b = relations[j].relation
      if a.source != b.source { return a.source < b.source }
      if a.target != b.target { return a.target < b.target }
      switch (a.kind, b.kind) {
      case let (l?, r?) where l != r: return l < r
      case (nil, _?): return true
      case (_?, nil): return false
      default: return i < j
      }
    }.map { relations[$0].relation }
    return (InnovationNetwork(entities: curatedEntities, relations: curatedRelations, isDirected: network.isDirected), summary)
  }

  /// The name `entity` had before curation (for messages).
  private func originalName(_ entity: Entity, in network: InnovationNetwork) -> String {
    network.entity(entity.id)?.name ?? entity.name
  }

  /// `a` with `b`'s mentions, names and registry link (when `a` has none): mentions in
  /// file/offset order (longer text first at one offset, as extraction orders them), aliases
  /// sorted without the name.
  static func merge(_ a: Entity, _ b: Entity) -> Entity {
    var merged = a
    merged.mentions = Array(Set(a.mentions + b.mentions)).sorted {
      ($0.file, $0.article, $0.scalarOffset, $1.text.unicodeScalars.count, $0.text)
        < ($1.file, $1.article, $1.scalarOffset, $0.text.unicodeScalars.count, $1.text)
    }
    merged.aliases = Array(Set(a.aliases + b.aliases + [b.name]).subtracting([a.name])).sorted()
    // The kept entity's registry link wins; an unlinked one takes the other's.
    merged.registry = a.registry ?? b.registry
    return merged
  }

  /// One relation from two with the same ends and kind: evidence united in file/offset order,
  /// weight its count, or the sum of weights when neither has evidence (graph-file edges).
  static func merge(_ a: Relation, _ b: Relation) -> Relation {
    var merged = a
    var evidence = a.evidence
    for e in b.evidence where !evidence.contains(e) { evidence.append(e) }
    merged.evidence = evidence.sorted {
      ($0.file, $0.article, $0.scalarOffset, $0.sentence) < ($1.file, $1.article, $1.scalarOffset, $1.sentence)
    }
    merged.weight = evidence.isEmpty ? a.weight + b.weight : Double(evidence.count)
    // Stated if either is (RelationBasis); unknown only when both are.
    merged.basis = a.basis.map { x in b.basis.map { x.merged(with: $0) } ?? x } ?? b.basis
    return merged
  }
}
