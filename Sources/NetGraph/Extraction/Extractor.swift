/// Entity–relation extractor: corpus in, typed innovation network out.
///
/// Each document is split into articles and sentences; `EntityMatcher` finds names in two
/// passes (the first learns the document's short forms and brand forms, the second uses
/// them), `AliasResolver` merges the forms of one thing across the corpus, and
/// `RelationMatcher` links names through trigger words, sentence by sentence.
public struct Extractor: Sendable {
  let lexicon: Lexicon
  let matcher: EntityMatcher
  let resolver: AliasResolver
  let relationMatcher: RelationMatcher
  /// Links parks to the registry; `nil` extracts without linking.
  let linker: ParkLinker?

  /// Loads the bundled lexicons and park registry.
  /// - Throws: `LexiconError` or `RegistryError` with the file and line of a malformed entry.
  public init() throws {
    // The registry is read on a second thread while the lexicons load; a lexicon error still
    // comes first.
    let parks = BackgroundResult { try ParkRegistry.load() }
    let lexicon: Lexicon
    do {
      lexicon = try LexiconLoader.load()
    } catch {
      _ = try? parks.value()
      throw error
    }
    self.init(lexicon: lexicon, parks: try parks.value())
  }

  init(lexicon: Lexicon, parks: ParkRegistry? = nil) {
    var lexicon = lexicon
    // Registry forms of four or more characters (杨凌示范区, 上海自贸试验区) are known park
    // names; shorter ones (a bare 城) are too often words. Lexicon entries win.
    for park in parks?.parks ?? [] {
      for form in park.forms where form.unicodeScalars.count >= 4 && lexicon.known.value(for: form) == nil {
        let name = Lexicon.KnownName(kind: .park, fullName: nil)
        lexicon.known.insert(form, name)
        lexicon.knownBackward.insert(form, name)
      }
    }
    self.lexicon = lexicon
    self.matcher = EntityMatcher(lexicon: lexicon)
    self.resolver = AliasResolver(lexicon: lexicon)
    self.relationMatcher = RelationMatcher(lexicon: lexicon)
    self.linker = parks.map { ParkLinker(registry: $0, lexicon: lexicon) }
  }

  /// Extracts entities and evidence-backed relations from every article of `corpus`.
  ///
  /// Entities are numbered `e1, e2, …` in order of first mention (files in name order);
  /// relations are sorted by (source, target, kind), cooperation stored with the smaller id
  /// first; the weight of a relation is its number of evidence sentences.
  ///
  /// Documents are extracted on up to `threads` threads, each on its own state; their
  /// findings are merged in file order, so the network is identical for every thread count.
  /// - Parameter threads: Worker threads (`nil`: one per core).
  /// - Complexity: O(*n*) in the corpus length (lexicon word lengths are bounded), divided
  ///   among the threads; the merge is linear in the mentions and relations found.
  public func extract(_ corpus: Corpus, threads: Int? = nil) -> InnovationNetwork {
    keyedExtract(corpus, threads: threads).network
  }

  /// `extract` with each entity's merge key, for `NetworkMerger`.
  func keyedExtract(_ corpus: Corpus, threads: Int? = nil) -> KeyedNetwork {
    let documents = corpus.documents
    let records = ParallelChunks.mapEach(count: documents.count, threads: threads) { index in
      var record = DocumentExtraction()
      extract(documents[index], into: &record)
      return record
    }
    var builder = NetworkBuilder()
    for record in records { builder.apply(record) }
    return builder.keyedNetwork()
  }

  /// A merger sharing this extractor's lexicon.
  public var merger: NetworkMerger { NetworkMerger(lexicon: lexicon) }

  /// Entities recognised in one line of text, for `extract --sentences`: the outermost names
  /// only, in text order (a flat span list, as NER benchmarks count them; a name nested in a
  /// longer one is reported by `extract` as a mention but not here).
  ///
  /// Short forms declared in the line itself (（简称“X”）) are recognised too.
  /// - Complexity: O(*n*) in the line length.
  public func recognize(_ text: String) -> [RecognizedSpan] {
    let scalars = Array(text.unicodeScalars)
    var spans = matcher.match(scalars)
    let dynamic = learn(from: [(scalars, spans)])
    if dynamic.count > 0 { spans = matcher.match(scalars, dynamic: dynamic) }
    return spans.filter { !$0.isNested }.map { span in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span.range])
      return RecognizedSpan(text: String(view), kind: span.kind)
    }
  }

  // MARK: - Per document

  private func extract(_ document: Document, into builder: inout DocumentExtraction) {
    let articles = document.articles()
    let date = document.metadata?.date?.description
    let splitter = SentenceSplitter()
    var sentences: [(article: Int, sentence: Sentence, scalars: [Unicode.Scalar])] = []
    for article in articles {
      for sentence in splitter.sentences(in: article, of: document) {
        sentences.append((article.index, sentence, Array(sentence.text.unicodeScalars)))
      }
    }
    // Pass 1: names from patterns, to learn the document's own short forms.
    let firstPass = sentences.map { ($0.scalars, matcher.match($0.scalars)) }
    let dynamic = learn(from: firstPass)
    // Pass 2: with them.
    var matched: [[EntitySpan]] = []
    matched.reserveCapacity(sentences.count)
    for (index, entry) in sentences.enumerated() {
      matched.append(dynamic.count > 0 ? matcher.match(entry.scalars, dynamic: dynamic) : firstPass[index].1)
    }
    // Keys, with a region-less form merged into the regioned one named in the same document
    // (天府国际生物城 → 成都天府国际生物城).
    var spanKeys: [[String]] = []
    var documentKeys = Set<String>()
    for (index, entry) in sentences.enumerated() {
      let keys = matched[index].map { span -> String in
        var view = String.UnicodeScalarView()
        view.append(contentsOf: entry.scalars[span.range])
        let surface = String(view)
        if span.fromLexicon, span.kind == .enterprise, span.referent == nil,
          let fullName = documentFullName(of: entry.scalars[span.range], in: dynamic), fullName != surface
        {
          return resolver.key(fullName, kind: span.kind)
        }
        return resolver.key(span.referent ?? surface, kind: span.kind)
      }
      documentKeys.formUnion(keys)
      spanKeys.append(keys)
    }
    // … and a form without its owner's name into the owned one (新经济产业园 → 合肥高新区新经济产业园).
    let fuller = resolver.fullerForms(of: documentKeys)
    for index in spanKeys.indices {
      spanKeys[index] = spanKeys[index].map { fuller[$0] ?? $0 }
    }
    // Registry links: every form of one registry park gets that park's key (one node).
    var links: [String: RegistryLink] = [:]
    let places = linkParks(sentences.map(\.article), matched: matched, keys: &spanKeys, links: &links)
    // Park names of the document by surface, for a sub-park named after its park (P + 新经济产业园).
    var parkSurfaces: [String: String] = [:]
    for (index, entry) in sentences.enumerated() {
      for (spanIndex, span) in matched[index].enumerated() where span.kind == .park && !span.isNested {
        let surface = String(String.UnicodeScalarView(entry.scalars[span.range]))
        parkSurfaces[surface] = parkSurfaces[surface] ?? spanKeys[index][spanIndex]
      }
    }
    // Mentions and keys.
    var keyed: [[RelationMatcher.Item]] = []
    var nestedTies: [[RelationMatcher.Found]] = []
    var parkCounts: [Int: [String: (count: Int, first: Int)]] = [:]
    for (index, entry) in sentences.enumerated() {
      var items: [RelationMatcher.Item] = []
      var keys: [String] = []
      for (spanIndex, span) in matched[index].enumerated() {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: entry.scalars[span.range])
        let surface = String(view)
        let key = spanKeys[index][spanIndex]
        keys.append(key)
        let mention = Mention(
          file: document.fileName, article: entry.article,
          scalarOffset: entry.sentence.scalarOffsets[span.range.lowerBound], text: surface, date: date)
        builder.add(
          key: key, kind: span.kind, forms: [surface] + (span.referent.map { [$0] } ?? []), mention: mention,
          registry: links[key])
        if !span.isNested {
          items.append(RelationMatcher.Item(range: span.range, key: key, kind: span.kind))
        }
        if span.kind == .park {
          var counts = parkCounts[entry.article] ?? [:]
          let old = counts[key] ?? (0, mention.scalarOffset)
          counts[key] = (old.count + 1, old.first)
          parkCounts[entry.article] = counts
        }
      }
      keyed.append(items)
      nestedTies.append(nestedRelations(matched[index], keys: keys, in: entry.scalars) + subparkRelations(matched[index], keys: keys, in: entry.scalars, parks: parkSurfaces))
    }
    // Names that open with another name of the document (南开大学 → 南开大学化学学院).
    var namesBySurface: [String: (key: String, kind: EntityKind)] = [:]
    for (index, entry) in sentences.enumerated() {
      for (spanIndex, span) in matched[index].enumerated() where !span.isNested {
        let surface = String(String.UnicodeScalarView(entry.scalars[span.range]))
        if namesBySurface[surface] == nil { namesBySurface[surface] = (spanKeys[index][spanIndex], span.kind) }
      }
    }
    for (index, entry) in sentences.enumerated() {
      let prefixed = prefixRelations(matched[index], keys: spanKeys[index], in: entry.scalars, names: namesBySurface)
      // 中国移动 in 中国移动上海产业研究院5G应用创新中心, where the document also names the
      // institute: the unit's parent is the longer name, not the one nested in both.
      nestedTies[index].removeAll { tie in
        prefixed.contains { $0.target == tie.target && $0.kind == tie.kind && $0.source != tie.source }
      }
      nestedTies[index] += prefixed
    }
    // Subject park per article: named in the title, else the most mentioned.
    var subjects: [Int: String] = [:]
    for article in articles {
      if let title = article.title {
        let scalars = Array(title.unicodeScalars)
        if let park = matcher.match(scalars, dynamic: dynamic.count > 0 ? dynamic : nil).first(where: { $0.kind == .park }) {
          var view = String.UnicodeScalarView()
          view.append(contentsOf: scalars[park.range])
          let plain = resolver.key(park.referent ?? String(view), kind: .park)
          let key = linkedKey(fuller[plain] ?? plain, place: places[article.index])
          // 绵阳科技城：… over a body about 绵阳高新区 (园区…): a park the body names three times
          // as often as the title's is what 园区 stands for.
          let counts = parkCounts[article.index] ?? [:]
          let titleCount = counts[key]?.count ?? 0
          if let top = counts.max(by: { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.value.first > $1.value.first }),
            top.key != key, top.value.count >= 3 * max(1, titleCount)
          {
            subjects[article.index] = top.key
          } else {
            subjects[article.index] = key
          }
          continue
        }
      }
      if let counts = parkCounts[article.index] {
        subjects[article.index] = counts.sorted {
          $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first
        }.first?.key
      }
    }
    // The first entity of each kind each article names, nested names included (我校 opening an article).
    var firstNamed: [Int: [EntityKind: String]] = [:]
    for (index, entry) in sentences.enumerated() {
      for (spanIndex, span) in matched[index].enumerated() where firstNamed[entry.article]?[span.kind] == nil {
        firstNamed[entry.article, default: [:]][span.kind] = spanKeys[index][spanIndex]
      }
    }
    var context = RelationMatcher.Context()
    var currentArticle = -1
    for (index, entry) in sentences.enumerated() {
      if entry.article != currentArticle {
        currentArticle = entry.article
        context = RelationMatcher.Context(subject: subjects[entry.article].map { (key: $0, kind: EntityKind.park) })
        context.first = firstNamed[entry.article] ?? [:]
      }
      let stated = relationMatcher.relations(in: entry.scalars, items: keyed[index], context: &context)
      let inner = nestedMembers(stated, spans: matched[index], keys: spanKeys[index])
      for found in stated + inner + nestedTies[index] {
        builder.relate(found, evidence: entry.sentence.evidence.with(document.metadata))
      }
      for item in keyed[index] { context.last[item.kind] = item.key }
      let subject = relationMatcher.sentenceSubject(in: entry.scalars, items: keyed[index], carried: context.carried)
      if !subject.isEmpty || !keyed[index].isEmpty { context.carried = subject }
    }
  }

  /// Ties stated by names nested in longer names (nested-relations.tsv): 中国科学院 →
  /// 中国科学院西安科学园, a park's own sub-park located in it.
  /// - Complexity: O(*k*²) for *k* spans in the sentence.
  func nestedRelations(_ spans: [EntitySpan], keys: [String], in text: [Unicode.Scalar]) -> [RelationMatcher.Found] {
    var ties: [RelationMatcher.Found] = []
    for (i, inner) in spans.enumerated() where inner.isNested {
      guard let o = spans.indices.first(where: { j in
        !spans[j].isNested && spans[j].range.lowerBound <= inner.range.lowerBound
          && spans[j].range.upperBound >= inner.range.upperBound && spans[j].range != inner.range
      }),
        let tie = lexicon.nestedTie(inner: inner.kind, outer: spans[o].kind), var kind = tie.kind,
        keys[i] != keys[o]
      else { continue }
      // 中国移动 in 中国移动上海产业研究院5G应用创新中心: the unit's parent is the longer nested
      // name holding it (the institute), not the company.
      if spans.indices.contains(where: { k in
        k != i && spans[k].isNested && spans[k].range != inner.range && spans[k].range.lowerBound <= inner.range.lowerBound
          && spans[k].range.upperBound >= inner.range.upperBound && spans[o].range.lowerBound <= spans[k].range.lowerBound
          && spans[o].range.upperBound >= spans[k].range.upperBound && spans[k].range != spans[o].range
          && keys[k] != keys[o] && lexicon.nestedTie(inner: spans[k].kind, outer: spans[o].kind)?.kind == kind
      }) {
        continue
      }
      // 中国科学院 + 大学: a bare two-character head makes an institution of its own, not a unit
      // (as in prefixRelations).
      if inner.range.lowerBound == spans[o].range.lowerBound, spans[o].range.upperBound - inner.range.upperBound <= 2 { continue }
      // 浙江大学—榆林…联合创新中心: a joint name (A—B) is built by A, not a unit of it.
      if kind == .affiliation, inner.range.lowerBound == spans[o].range.lowerBound, inner.range.upperBound < text.count,
        lexicon.dashes.contains(text[inner.range.upperBound])
      {
        kind = .establishment
      }
      // The name implies the tie; no trigger states it (CLI.md: stated needs a trigger).
      ties.append(RelationMatcher.Found(
        source: tie.innerIsSource ? keys[i] : keys[o], target: tie.innerIsSource ? keys[o] : keys[i], kind: kind,
        basis: .context))
    }
    return ties
  }

  /// A name that opens with another name of the document and adds a unit of it (南开大学 +
  /// 化学学院, 武汉理工大学 + 军山校区) states the tie nested-relations.tsv gives the two kinds,
  /// as a nested name does; joint names (浙江大学—榆林…中心) and short tails (中国科学院 + 大学) do not.
  /// - Complexity: O(*k*·*l*) for *k* spans of length at most *l*.
  func prefixRelations(
    _ spans: [EntitySpan], keys: [String], in text: [Unicode.Scalar], names: [String: (key: String, kind: EntityKind)]
  ) -> [RelationMatcher.Found] {
    var ties: [RelationMatcher.Found] = []
    for (i, span) in spans.enumerated() where !span.isNested && span.range.count >= 5 {
      for end in stride(from: span.range.upperBound - 3, through: span.range.lowerBound + 2, by: -1) {
        let prefix = String(String.UnicodeScalarView(text[span.range.lowerBound..<end]))
        guard let parent = names[prefix], parent.key != keys[i] else { continue }
        if lexicon.dashes.contains(text[end]) || "·(（".unicodeScalars.contains(text[end]) { break }
        // 常州投资集团 + 有限公司: a company's registered name is the company again.
        if parent.kind == .enterprise, span.kind == .enterprise,
          lexicon.legalForms.contains(where: { text[span.range].reversed().starts(with: $0.reversed()) })
        {
          break
        }
        if let tie = lexicon.nestedTie(inner: parent.kind, outer: span.kind), let kind = tie.kind {
          ties.append(RelationMatcher.Found(
            source: tie.innerIsSource ? parent.key : keys[i], target: tie.innerIsSource ? keys[i] : parent.key,
            kind: kind, basis: .context))
        }
        break
      }
    }
    return ties
  }

  /// A company named inside a member sub-park's name is a member too: 长光华芯光电产业园 in
  /// park P puts 长光华芯 in P (a project site carries its company's name).
  /// - Complexity: O(*r*·*k*) for *r* ties and *k* spans in the sentence.
  func nestedMembers(_ found: [RelationMatcher.Found], spans: [EntitySpan], keys: [String]) -> [RelationMatcher.Found] {
    var ties: [RelationMatcher.Found] = []
    for tie in found where tie.kind == .location {
      // Only a sub-park or project site (…产业园, …基地) carries its company along; a company's
      // own centre (华为(江门)创新中心) does not make the company a member.
      for (o, outer) in spans.enumerated() where !outer.isNested && outer.kind == .park && keys[o] == tie.source {
        for (i, span) in spans.enumerated() where span.isNested && span.kind == .enterprise
          && span.range.lowerBound >= outer.range.lowerBound && span.range.upperBound <= outer.range.upperBound
          && outer.range.upperBound - span.range.upperBound >= 3
          && keys[i] != tie.target && keys[i] != tie.source
        {
          ties.append(RelationMatcher.Found(source: keys[i], target: tie.target, kind: .location, basis: tie.basis))
        }
      }
    }
    return ties
  }

  /// A park named after another park of the document plus more words (合肥高新区新经济产业园)
  /// lies in it: the longest such prefix, leaving at least two scalars.
  /// - Complexity: O(*k*·*l*) for *k* spans of length at most *l*.
  func subparkRelations(_ spans: [EntitySpan], keys: [String], in text: [Unicode.Scalar], parks: [String: String]) -> [RelationMatcher.Found] {
    var ties: [RelationMatcher.Found] = []
    for (i, span) in spans.enumerated() where span.kind == .park && !span.isNested && span.range.count >= 5 {
      for end in stride(from: span.range.upperBound - 2, through: span.range.lowerBound + 3, by: -1) {
        let prefix = String(String.UnicodeScalarView(text[span.range.lowerBound..<end]))
        if let parent = parks[prefix], parent != keys[i] {
          ties.append(RelationMatcher.Found(source: keys[i], target: parent, kind: .location, basis: .context))
          break
        }
      }
    }
    return ties
  }

  /// The company a known name stands for in this document (成都极米科技股份有限公司 … 极米科技,
  /// X(简称Y) … Y): the name is the document's declared short form or a brand form (core plus
  /// the start of its industry words) of a company named in full there; `nil` otherwise.
  func documentFullName(of name: ArraySlice<Unicode.Scalar>, in dynamic: ScalarTrie<DynamicName>) -> String? {
    let scalars = Array(name)
    guard let m = dynamic.longestMatch(startingAt: 0, in: scalars, upperBound: scalars.count),
      m.value.kind == .enterprise, scalars.count >= m.value.minimumLength,
      scalars[m.length...].elementsEqual(m.value.continuation.prefix(scalars.count - m.length))
    else { return nil }
    return m.value.fullName
  }

  /// Short forms learnt from matched sentences: declared aliases and company brand forms.
  func learn(from sentences: [([Unicode.Scalar], [EntitySpan])]) -> ScalarTrie<DynamicName> {
    var dynamic = ScalarTrie<DynamicName>()
    var brands: [(core: [Unicode.Scalar], name: DynamicName)] = []
    var listed: [[Unicode.Scalar]] = []
    for (scalars, spans) in sentences {
      for (alias, index) in resolver.declaredAliases(in: scalars, spans: spans) {
        let span = spans[index]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.range])
        dynamic.insert(alias, DynamicName(kind: span.kind, fullName: span.referent ?? String(view)))
      }
      // Bare names typed by a list or a job title are names everywhere in the document.
      for span in spans where span.fromList {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.range])
        let name = String(view)
        if dynamic.value(for: name) == nil {
          dynamic.insert(name, DynamicName(kind: span.kind, fullName: name, minimumLength: span.range.count))
          if span.kind == .enterprise { listed.append(Array(scalars[span.range])) }
        }
      }
      for span in spans where span.kind == .enterprise && !span.isNested && span.referent == nil && !span.fromList {
        let name = Array(scalars[span.range])
        guard let brand = resolver.brandForm(of: name) else { continue }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: name)
        brands.append((brand.core, DynamicName(
          kind: .enterprise, fullName: String(view), continuation: brand.extension,
          minimumLength: brand.core.count >= 3 ? brand.core.count : 3)))
      }
    }
    // Declared aliases win over brand forms with the same core; a bare name typed by a list or
    // a job title (甬光、蓝海等企业) that is a company's brand core is that company, and is a
    // form of it everywhere, even when shorter than three scalars.
    for var brand in brands {
      if let existing = dynamic.longestMatch(startingAt: 0, in: brand.core, upperBound: brand.core.count),
        existing.length == brand.core.count
      {
        let bare = String(String.UnicodeScalarView(brand.core))
        guard existing.value.kind == .enterprise, existing.value.fullName == bare else { continue }
        brand.name.minimumLength = brand.core.count
      }
      dynamic.insert(brand.core, brand.name)
      // 甬光光电旗下: a typed bare name that is the core plus part of its industry words.
      for name in listed where name.count > brand.core.count && name.starts(with: brand.core)
        && brand.name.continuation.starts(with: name[brand.core.count...])
      {
        var form = brand.name
        form.continuation = []
        form.minimumLength = name.count
        dynamic.insert(name, form)
      }
    }
    return dynamic
  }
}

/// An entity span found in a single text.
public struct RecognizedSpan: Hashable, Codable, Sendable {
  public var text: String
  public var kind: EntityKind
  public init(text: String, kind: EntityKind) {
    self.text = text
    self.kind = kind
  }
}
