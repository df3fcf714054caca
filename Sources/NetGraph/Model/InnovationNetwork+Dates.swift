extension InnovationNetwork {
  /// The part of the network found in articles dated within `from...to` (inclusive, each
  /// bound optional): entities with a mention there (only those mentions kept), relations with
  /// evidence there between two kept entities (only that evidence; weight its count).
  ///
  /// Counts agree with extracting only those articles (every tie and entity found in an
  /// article is found there alone, for one-article documents); names stay those of the whole
  /// network. Mentions and evidence without a date are left out.
  /// - Complexity: O(total mentions and evidence).
  public func dated(from: ArticleDate?, to: ArticleDate?) -> InnovationNetwork {
    func inRange(_ text: String?) -> Bool {
      guard let text, let date = ArticleDate(parsing: text) else { return false }
      return date.lies(from: from, to: to)
    }
    var kept: Set<EntityID> = []
    var result = InnovationNetwork(isDirected: isDirected)
    for entity in entities {
      let mentions = entity.mentions.filter { inRange($0.date) }
      guard !mentions.isEmpty else { continue }
      var copy = entity
      copy.mentions = mentions
      result.entities.append(copy)
      kept.insert(entity.id)
    }
    for relation in relations where kept.contains(relation.source) && kept.contains(relation.target) {
      let evidence = relation.evidence.filter { inRange($0.date) }
      guard !evidence.isEmpty else { continue }
      var copy = relation
      copy.evidence = evidence
      copy.weight = Double(evidence.count)
      result.relations.append(copy)
    }
    return result
  }

  /// The warning for articles `dated(from:to:)` leaves out for having no date, or one too
  /// coarse for the range; `nil` when none is left out that way.
  public func leftOutWarning(from: ArticleDate?, to: ArticleDate?) -> CorpusWarning? {
    var undated = 0
    var imprecise = 0
    for case let (_, date) in articleDates {
      guard let date else {
        undated += 1
        continue
      }
      if !date.lies(from: from, to: to) && !ArticleDate.isOutside(date, from: from, to: to) { imprecise += 1 }
    }
    return undated + imprecise > 0 ? .leftOutArticles(undated: undated, imprecise: imprecise) : nil
  }

  /// The dated articles the network's mentions and evidence come from, as (file, article) → date;
  /// undated ones map to `nil`.
  public var articleDates: [ArticleKey: ArticleDate?] {
    var dates: [ArticleKey: ArticleDate?] = [:]
    for entity in entities {
      for mention in entity.mentions {
        dates[ArticleKey(file: mention.file, article: mention.article)] = mention.date.flatMap(ArticleDate.init(parsing:))
      }
    }
    for relation in relations {
      for evidence in relation.evidence {
        dates[ArticleKey(file: evidence.file, article: evidence.article)] = evidence.date.flatMap(ArticleDate.init(parsing:))
      }
    }
    return dates
  }
}
