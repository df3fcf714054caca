/// The network over time (CLI.md, `evolve`): one network per year, quarter or month of the
/// articles' dates, with counts, change against the previous period and structure.
///
/// From a corpus, each period's articles are extracted on their own, so a row agrees with
/// `extract --from P --to P` (or, `cumulative`, `extract --to P`): one-article documents
/// (`.jsonl`, `.csv`, HTML) are extracted independently, and extraction merges across
/// articles only by entity key, which `NetworkMerger` repeats to build the cumulative
/// networks and the union. Entities are matched across periods by that key. From a network
/// file, each period is the part found in its dated articles (`InnovationNetwork.dated`).
///
/// Articles without a date are left out; so are, per period, articles dated more coarsely than
/// the slice (a year against months) — cumulative rows take those in at the end of their
/// year, as `extract --to` does.
public struct NetworkTimeline: Sendable {
  public var slice: TimeSlice
  public var cumulative: Bool
  public var rows: [TimelineRow]
  /// Each row's network, with entity ids of `union`.
  public var networks: [InnovationNetwork]
  /// Every dated article's network: the layout shared by all frames.
  public var union: InnovationNetwork
  /// Articles left out (undated, or too coarse for the slice), for stderr.
  public var warning: CorpusWarning?

  /// The timeline of a corpus.
  /// - Throws: `TimelineError.noDatedArticles` when no article has a usable date.
  /// - Complexity: one extraction of the dated articles, plus merging (cumulative: one merge
  ///   per period).
  public init(corpus: Corpus, extractor: Extractor, slice: TimeSlice, cumulative: Bool = false) throws {
    var byPeriod: [TimePeriod: [Document]] = [:]
    var undated = 0
    var imprecise = 0
    for document in corpus.documents {
      guard document.articleIndex != nil, let date = document.metadata?.date else {
        undated += document.articleIndex != nil ? 1 : document.articles().count
        continue
      }
      guard let period = Self.period(of: date, slice: slice, cumulative: cumulative) else {
        imprecise += 1
        continue
      }
      byPeriod[period, default: []].append(document)
    }
    let periods = try Self.periods(Array(byPeriod.keys), undated: undated + imprecise)
    let merger = extractor.merger
    var parts: [KeyedNetwork] = []
    var articles: [Int] = []
    var accumulated = KeyedNetwork(network: InnovationNetwork(), keys: [])
    var total = 0
    for period in periods {
      let documents = byPeriod[period] ?? []
      let part = extractor.keyedExtract(Corpus(documents: documents))
      total += documents.count
      if cumulative {
        accumulated = merger.merge([accumulated, part])
        parts.append(accumulated)
        articles.append(total)
      } else {
        parts.append(part)
        articles.append(documents.count)
      }
    }
    let union = cumulative ? accumulated : merger.merge(parts)
    self.init(
      slice: slice, cumulative: cumulative, periods: periods, articles: articles, parts: parts, union: union,
      warning: undated + imprecise > 0 ? .leftOutArticles(undated: undated, imprecise: imprecise) : nil)
  }

  /// The timeline of a network read from a file, from the dates on its mentions and evidence.
  /// - Throws: `TimelineError.noDatedArticles` when no mention or evidence has a usable date.
  public init(network: InnovationNetwork, slice: TimeSlice, cumulative: Bool = false) throws {
    var counts: [TimePeriod: Int] = [:]
    var undated = 0
    var imprecise = 0
    for date in network.articleDates.values {
      guard let date else {
        undated += 1
        continue
      }
      guard let period = Self.period(of: date, slice: slice, cumulative: cumulative) else {
        imprecise += 1
        continue
      }
      counts[period, default: 0] += 1
    }
    let periods = try Self.periods(Array(counts.keys), undated: undated + imprecise)
    var parts: [KeyedNetwork] = []
    var articles: [Int] = []
    var total = 0
    for period in periods {
      let part = network.dated(from: cumulative ? nil : period.from, to: period.to)
      parts.append(KeyedNetwork(network: part, keys: part.entities.map(\.id.rawValue)))
      total += counts[period] ?? 0
      articles.append(cumulative ? total : counts[period] ?? 0)
    }
    let dated = network.dated(from: nil, to: nil)
    self.init(
      slice: slice, cumulative: cumulative, periods: periods, articles: articles, parts: parts,
      union: KeyedNetwork(network: dated, keys: dated.entities.map(\.id.rawValue)),
      warning: undated + imprecise > 0 ? .leftOutArticles(undated: undated, imprecise: imprecise) : nil)
  }

  private init(
    slice: TimeSlice, cumulative: Bool, periods: [TimePeriod], articles: [Int], parts: [KeyedNetwork],
    union: KeyedNetwork, warning: CorpusWarning?
  ) {
    self.slice = slice
    self.cumulative = cumulative
    self.union = union.network
    self.warning = warning
    var unionID: [String: EntityID] = [:]
    for (entity, key) in zip(union.network.entities, union.keys) { unionID[key] = entity.id }
    var rows: [TimelineRow] = []
    var networks: [InnovationNetwork] = []
    var previousEntities: Set<String> = []
    var previousTies: Set<String> = []
    for (index, part) in parts.enumerated() {
      let network = Self.renumbered(part, to: unionID)
      let entities = Set(part.keys)
      var keyOf: [EntityID: String] = [:]
      for (entity, key) in zip(part.network.entities, part.keys) { keyOf[entity.id] = key }
      let ties = Set(part.network.relations.map { r -> String in
        var ends = [keyOf[r.source] ?? "", keyOf[r.target] ?? ""]
        if !r.isDirected { ends.sort() }
        return ends.joined(separator: "\u{1F}") + "\u{1F}" + (r.kind?.rawValue ?? "")
      })
      let graph = Graph(network: network, directed: false)
      let top = graph.nodes.map { (name: network.entities[Int($0.rawValue)].name, degree: graph.degree(of: $0)) }
        .sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.name < $1.name }
        .prefix(3).map(\.name)
      rows.append(
        TimelineRow(
          period: periods[index], articles: articles[index], entities: network.entities.count,
          relations: network.relations.count, newEntities: entities.subtracting(previousEntities).count,
          newTies: ties.subtracting(previousTies).count, lostTies: previousTies.subtracting(ties).count,
          density: graph.density, largestComponent: graph.connectedComponents().first?.count ?? 0,
          topEntities: Array(top)))
      networks.append(network)
      previousEntities = entities
      previousTies = ties
    }
    self.rows = rows
    self.networks = networks
  }

  /// The row a dated article belongs to; cumulative rows place a coarse date at its end.
  private static func period(of date: ArticleDate, slice: TimeSlice, cumulative: Bool) -> TimePeriod? {
    cumulative ? slice.period(of: date.lastDay) : slice.period(of: date)
  }

  /// Every period from the first to the last one seen, gaps included.
  private static func periods(_ seen: [TimePeriod], undated: Int) throws -> [TimePeriod] {
    guard let first = seen.min(), let last = seen.max() else { throw TimelineError.noDatedArticles(undated: undated) }
    var periods = [first]
    while periods.last! < last { periods.append(periods.last!.next) }
    return periods
  }

  /// `part` with the ids `union` gives its entities' keys, in id order.
  private static func renumbered(_ part: KeyedNetwork, to unionID: [String: EntityID]) -> InnovationNetwork {
    var idMap: [EntityID: EntityID] = [:]
    var entities: [Entity] = []
    for (entity, key) in zip(part.network.entities, part.keys) {
      guard let id = unionID[key] else { continue }
      idMap[entity.id] = id
      var copy = entity
      copy.id = id
      entities.append(copy)
    }
    entities.sort { $0.id < $1.id }
    var relations: [Relation] = part.network.relations.compactMap { relation in
      guard let s = idMap[relation.source], let t = idMap[relation.target] else { return nil }
      var copy = relation
      copy.source = s
      copy.target = t
      if !relation.isDirected && t < s { swap(&copy.source, &copy.target) }
      return copy
    }
    relations.sort {
      if $0.source != $1.source { return $0.source < $1.source }
      if $0.target != $1.target { return $0.target < $1.target }
      return ($0.kind.map { RelationKind.allCases.firstIndex(of: $0)! } ?? -1)
        < ($1.kind.map { RelationKind.allCases.firstIndex(of: $0)! } ?? -1)
    }
    return InnovationNetwork(entities: entities, relations: relations, isDirected: part.network.isDirected)
  }
}
