/// Finds typed relations inside one sentence from trigger words (`relations.jsonl`).
///
/// Entities next to each other joined by 、/和/及 form a coordinated group, and 与/同/跟 split
/// a group into a subject and its partners. A trigger links the nearest group on its left
/// with the nearest on its right within its clause, so `X与A、B、C等…合作` gives three
/// cooperation ties and `A与B共建Y` gives cooperation A–B plus establishment A→Y, B→Y.
/// Passive markers (由, 被, 受, 获得) swap the roles; a clause without a subject takes the
/// sentence's subject; 该区/园区 stand for the article's subject park and 该所/该基金 for the
/// last institute/fund named. Two names that merely co-occur are never linked.
struct RelationMatcher: Sendable {
  /// An entity occurrence as the relation matcher sees it.
  struct Item: Sendable {
    var range: Range<Int>
    var key: String
    var kind: EntityKind
    /// Whether the article, not this sentence, names it (subject park, 该区, a carried subject).
    var fromContext = false

    /// The same entity, supplied by the article (for items carried over from an earlier sentence).
    var asContext: Item {
      var item = self
      item.fromContext = true
      return item
    }
  }

  /// A relation found in a sentence, between entity keys.
  struct Found: Sendable, Hashable {
    var source: String
    var target: String
    var kind: RelationKind
    /// `context` when one end is supplied by the article rather than the sentence.
    var basis: RelationBasis = .stated
  }

  /// What the sentence can refer back to.
  struct Context: Sendable {
    /// The article's subject park (stands for 该区, 园区, bare 高新区).
    var subject: (key: String, kind: EntityKind)?
    /// The last entity of each kind named before this sentence in the article.
    var last: [EntityKind: String] = [:]
    /// The first entity of each kind the article names anywhere (for 我校 before any university is named).
    var first: [EntityKind: String] = [:]
    /// The previous sentence's subject, for a sentence that opens with a verb (落地…，建设…).
    var carried: [Item] = []
    /// The parties of the last cooperation, for 双方/三方 in the next sentence.
    var parties: [Item] = []
    /// Whether the last sentence ended with a membership cue naming no member (引入重大功能平台。).
    var pendingList = false
    /// Members-to-be named by the last sentences, which enumerated them up to an ellipsis with no
    /// cue (A的技术；B的技术…), for a cue in the next sentence (一批小巨人正在P成长).
    var pendingMembers: [Item] = []
  }

  let lexicon: Lexicon
  /// The matcher's word lists (relation-words.tsv), by role.
  let words: RelationWords
  /// Punctuation that ends a clause (character-classes.tsv).
  let clauseBreaks: Set<Unicode.Scalar>
  /// Longest gap (scalars) between a group and its trigger.
  var maxGap = 30

  init(lexicon: Lexicon, maxGap: Int = 30) {
    self.lexicon = lexicon
    self.words = lexicon.relationWords
    self.clauseBreaks = lexicon.clauseBreaks
    self.maxGap = maxGap
  }

  /// Relations in `text`.
  /// - Parameters:
  ///   - items: top-level entity spans, in text order.
  ///   - context: what 该区 and 该所 refer to.
  /// - Complexity: O(*n·k* + *t·m*) for *n* scalars, *t* triggers and *m* items.
  func relations(in text: [Unicode.Scalar], items spans: [Item], context: inout Context) -> [Found] {
    var items = dropAppositives(spans, in: text)
    addAnaphora(to: &items, in: text, context: context)
    guard !items.isEmpty else {
      context.pendingList = false
      context.pendingMembers = []
      return []
    }
    // 科学城企业X, 园区企业X: a company of the park (no trigger needed).
    var parkCompanies: [Found] = []
    for (a, b) in zip(items, items.dropFirst()) where a.kind == .park && b.kind == .enterprise {
      let gap = string(text, a.range.upperBound..<b.range.lowerBound)
      if words.parkCompanyGaps.contains(gap) { parkCompanies += pairs([b], [a], .location) }
    }
    // A和B双方…: the two named as the sides work together.
    for (a, b) in zip(items, items.dropFirst()) where a.key != b.key && words.sidesLinks.contains(string(text, a.range.upperBound..<b.range.lowerBound)) {
      if string(text, b.range.upperBound..<min(text.count, b.range.upperBound + 2)) == "双方" {
        parkCompanies += pairs([a], [b], .cooperation)
      }
    }
    // X作为P的核心区, X是P的先行启动区: a part of the park is in it.
    for (a, b) in zip(items, items.dropFirst()) where a.kind != .government && b.kind == .park && a.key != b.key {
      guard words.copulas.contains(string(text, a.range.upperBound..<b.range.lowerBound)) else { continue }
      let rest = string(text, b.range.upperBound..<clauseEnd(text, after: b.range.upperBound))
      if rest.hasPrefix("的"), rest.unicodeScalars.count <= 8, words.parkParts.contains(where: { rest.hasSuffix($0) }) {
        parkCompanies += pairs([a], [b], .location)
      }
    }
    // P是C的核心区 (C a science centre, not a park): P is a part of C's programme; so of D in
    // P是C的核心区、“D”核心区, a second programme listed with the same part word.
    for (a, b) in zip(items, items.dropFirst()) where a.kind == .park && (b.kind == .platform || b.kind == .institute) {
      guard words.copulas.contains(string(text, a.range.upperBound..<b.range.lowerBound)) else { continue }
      let after = string(text, b.range.upperBound..<min(text.count, b.range.upperBound + 6))
      guard let part = words.programmeParts.first(where: { after.hasPrefix($0) }) else { continue }
      parkCompanies += pairs([b], [a], .affiliation)
      var q = b.range.upperBound + part.unicodeScalars.count
      while q < text.count, text[q] == "、" {
        var start = q + 1
        if start < text.count, lexicon.openingQuotes.contains(text[start]) { start += 1 }
        guard let c = items.first(where: { $0.range.lowerBound == start && $0.kind != .government }) else { break }
        var end = c.range.upperBound
        if end < text.count, lexicon.closingQuotes.contains(text[end]) { end += 1 }
        let rest = string(text, end..<min(text.count, end + 6))
        guard let same = [part, String(part.dropFirst())].first(where: { rest.hasPrefix($0) }) else { break }
        parkCompanies += pairs([c], [a], .affiliation)
        q = end + same.unicodeScalars.count
      }
    }
    // X是区内(龙头/首家…)企业: a member of the park, said of the company itself.
    for (a, b) in zip(items, items.dropFirst()) where a.kind != .park && a.kind != .government && b.kind == .park {
      guard words.copulas.contains(string(text, a.range.upperBound..<b.range.lowerBound)) else { continue }
      let rest = string(text, b.range.upperBound..<clauseEnd(text, after: b.range.upperBound))
      if rest.unicodeScalars.count <= 20, words.residentHeads.contains(where: { rest.hasSuffix($0) }),
        !items.contains(where: { $0.range.lowerBound >= b.range.upperBound && $0.range.upperBound <= clauseEnd(text, after: b.range.upperBound) })
      {
        parkCompanies += pairs([a], [b], .location)
      }
    }
    parkCompanies += grants(text, items: items, park: context.subject)
    var triggers: [(range: Range<Int>, patterns: [TriggerPattern])] = []
    var i = 0
    while i < text.count {
      if let m = lexicon.triggers.longestMatch(startingAt: i, in: text, upperBound: text.count),
        !items.contains(where: { $0.range.overlaps(i..<(i + m.length)) })
      {
        triggers.append((i..<(i + m.length), m.value))
        i += m.length
        continue
      }
      i += 1
    }
    let articlePark = context.subject.map { Item(range: 0..<0, key: $0.key, kind: $0.kind, fromContext: true) }
    guard !triggers.isEmpty else {
      return dedupe(parkCompanies + MembershipMatcher(lexicon: lexicon).relations(in: text, items: items, found: parkCompanies, subject: articlePark, pendingList: &context.pendingList, pendingMembers: &context.pendingMembers))
    }
    var found: [Found] = parkCompanies
    let groups = makeGroups(text, items: items, triggers: triggers, found: &found)
    var participants: [Item] = []
    var campusParties: [Item] = []
    let groupWordAt = words.groupWordScalars.compactMap { Self.firstOffset(of: $0, in: text) }.min()
    // 双方 means the previous sentence's parties unless this sentence names two before it
    // (A与B签署协议，双方将共同组建Y).
    if let at = groupWordAt, items.filter({ !$0.fromContext && $0.range.upperBound <= at }).count < 2 {
      participants = context.parties.map(\.asContext)
      // 早在2013年,校地携手共建Y with no parties before: the last university named and the article's park.
      if participants.isEmpty, words.campusPairs.contains(where: { Self.firstOffset(of: $0, in: text) == at }),
        let university = context.last[.university], let park = context.subject
      {
        participants = [
          Item(range: 0..<0, key: university, kind: .university, fromContext: true),
          Item(range: 0..<0, key: park.key, kind: park.kind, fromContext: true),
        ]
        campusParties = participants
      }
    }
    // 2019年入驻P, 同月，又与A合作…: a sentence that opens (after a time phrase) with a trigger or
    // its preposition has left its subject out; it is the previous sentence's.
    let opening = openingEnd(text)
    let opensWithVerb = !context.carried.isEmpty && opening < text.count
      && (triggers.contains { $0.range.lowerBound == opening } || lexicon.openingLinks.contains(text[opening]))
    let carried = opensWithVerb ? context.carried.map(\.asContext) : []
    var investees: [Item] = []
    for trigger in triggers {
      for pattern in trigger.patterns {
        let results = apply(
          pattern, at: trigger.range, groups: groups, text: text, participants: &participants,
          carried: context.carried.map(\.asContext), articleSubject: context.subject.map { Item(range: 0..<0, key: $0.key, kind: $0.kind, fromContext: true) },
          omitted: carried
        ).map { inClause($0, trigger: trigger.range, items: items, text: text) }
        found += results
        if pattern.kind == .investment {
          if results.isEmpty, string(text, trigger.range) == "跟投" {
            // A跟投: A invests in what the sentence's lead investor invested in.
            if let investor = groups.last(where: { $0.range.upperBound <= trigger.range.lowerBound && $0.range.lowerBound >= clauseStart(text, before: trigger.range.lowerBound) }),
              !groups.contains(where: { $0.range.lowerBound >= trigger.range.upperBound && $0.range.upperBound <= clauseEnd(text, after: trigger.range.upperBound) })
            {
              found += pairs(investor.members, investees.isEmpty ? carried : investees, .investment)
            }
          }
          for f in results { if let item = (items + carried).first(where: { $0.key == f.target }), !investees.contains(where: { $0.key == item.key }) { investees.append(item) } }
        }
      }
    }

    found += agreementObjects(text, items: items, found: found)
    let cooperating = found.filter { $0.kind == .cooperation }
    if !cooperating.isEmpty {
      var keys: [String] = []
      for f in cooperating { for k in [f.source, f.target] where !keys.contains(k) { keys.append(k) } }
      context.parties = keys.compactMap { k in items.first { $0.key == k } }
    } else if !campusParties.isEmpty {
      context.parties = campusParties  // …校地共建Y。双方再次携手共建Z: the same two.
    }
    found += MembershipMatcher(lexicon: lexicon).relations(in: text, items: items, found: found, subject: articlePark, pendingList: &context.pendingList, pendingMembers: &context.pendingMembers)
    return dedupe(found)
  }

  /// A tie is stated only when both ends are named in the trigger's own clause; an end taken
  /// from an earlier clause (the sentence's subject, 双方) is read from context.
  private func inClause(_ found: Found, trigger: Range<Int>, items: [Item], text: [Unicode.Scalar]) -> Found {
    guard found.basis == .stated else { return found }
    let clause = clauseStart(text, before: trigger.lowerBound)..<clauseEnd(text, after: trigger.upperBound)
    let named = { (key: String) in
      items.contains { !$0.fromContext && $0.key == key && clause.contains($0.range.lowerBound) }
    }
    var f = found
    if !named(f.source) || !named(f.target) { f.basis = .context }
    return f
  }

  /// Drops self-ties and repeats; a tie found both stated and from context is stated.
  private func dedupe(_ found: [Found]) -> [Found] {
    var index: [Found: Int] = [:]
    var result: [Found] = []
    for f in found where f.source != f.target {
      var key = f
      key.basis = .stated
      if let i = index[key] {
        result[i].basis = result[i].basis.merged(with: f.basis)
      } else {
        index[key] = result.count
        result.append(f)
      }
    }
    return result
  }

  // MARK: - Items

  /// Drops a name written in brackets right after another (X（以下简称“Y”）): it is X again.
  private func dropAppositives(_ items: [Item], in text: [Unicode.Scalar]) -> [Item] {
    var kept: [Item] = []
    var bracketEnd = -1
    for item in items {
      if item.range.lowerBound < bracketEnd { continue }
      kept.append(item)
      let after = item.range.upperBound
      if after < text.count, text[after] == "（" || text[after] == "(" {
        var j = after + 1
        while j < text.count, j - after <= 40, text[j] != "）", text[j] != ")" { j += 1 }
        bracketEnd = j
      } else {
        bracketEnd = -1
      }
    }
    return kept
  }

  private func addAnaphora(to items: inout [Item], in text: [Unicode.Scalar], context: Context) {
    var added: [Item] = []
    var i = 0
    while i < text.count {
      if let m = lexicon.anaphora.longestMatch(startingAt: i, in: text, upperBound: text.count),
        !items.contains(where: { $0.range.overlaps(i..<(i + m.length)) })
      {
        let range = i..<(i + m.length)
        // 等产业园区, 两个产业园: a head after 等 or a classifier names a category, not a park.
        if i > 0, lexicon.categoryMarkers.contains(text[i - 1]) {
          i += m.length
          continue
        }
        var key: String?
        let surface = string(text, i..<(i + m.length))
        if m.value == .park, words.parkHeads.contains(surface) {
          // 产业园已引进X: a bare head stands for the last named park with that head, if any.
          let last = items.last(where: { $0.kind == .park && $0.range.upperBound <= i })?.key ?? context.last[.park]
          key = last.flatMap { $0.hasSuffix(surface) ? $0 : nil }
        } else if m.value == .park {
          key = context.subject?.key
        } else {
          key = items.last(where: { $0.kind == m.value && $0.range.upperBound <= i })?.key ?? context.last[m.value]
          // 我校与A共建的B大学研究院 opening an article: the writer's own institution, named later,
          // as a party (before 与) only.
          if key == nil, words.selfReferences.contains(surface), i + m.length < text.count,
            words.withLinks.contains(String(text[i + m.length]))
          {
            key = context.first[m.value]
          }
        }
        if let key { added.append(Item(range: range, key: key, kind: m.value, fromContext: true)) }
        i += m.length
        continue
      }
      i += 1
    }
    if !added.isEmpty {
      items = (items + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
  }

  // MARK: - Groups

  /// Coordinated entities: members, and where a with-link (与/同/跟) splits subject from partners.
  struct Group {
    var members: [Item]
    /// Index in `members` of the first partner after 与/同/跟; nil when none.
    var partnersStart: Int?
    var range: Range<Int>
  }

  /// The text between two positions with brackets, quotes and adverbs removed.
  private func link(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var scalars: [Unicode.Scalar] = []
    var depth = 0
    for c in text[range] {
      if c == "（" || c == "(" { depth += 1; continue }
      if c == "）" || c == ")" { depth = max(0, depth - 1); continue }
      if depth > 0 || "“”\"‘’ ".unicodeScalars.contains(c) { continue }
      scalars.append(c)
    }
    var changed = true
    while changed {
      changed = false
      for adverb in words.adverbs {
        if let r = AliasResolver.firstRange(of: adverb, in: scalars) {
          scalars.removeSubrange(r)
          changed = true
        }
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// A few name characters the recogniser left off before 、 (北京师范大学|珠海校区、): still a list link.
  func isNameTail(_ gap: String) -> Bool {
    let scalars = Array(gap.unicodeScalars)
    guard scalars.count >= 2, scalars.count <= 5, scalars.last == "、" else { return false }
    return scalars.dropLast().allSatisfy { EntityMatcher.isHan($0) && !lexicon.nameTailStops.contains($0) }
  }

  private func makeGroups(
    _ text: [Unicode.Scalar], items: [Item], triggers: [(range: Range<Int>, patterns: [TriggerPattern])],
    found: inout [Found]
  ) -> [Group] {
    var groups: [Group] = []
    for item in items {
      if var last = groups.last {
        let gapRange = last.range.upperBound..<max(last.range.upperBound, item.range.lowerBound)
        let gap = link(text, gapRange)
        let triggerInGap = triggers.first { t in t.range.lowerBound >= gapRange.lowerBound && t.range.upperBound <= gapRange.upperBound }
        if item.range.lowerBound < last.range.upperBound || (triggerInGap == nil && ((gap.isEmpty || words.listLinks.contains(gap)) || isNameTail(gap) || isRegionLead(gap) || isUnnamedMember(gap))) {
          if words.withLinks.contains(gap), last.partnersStart == nil { last.partnersStart = last.members.count }
          last.members.append(item)
          last.range = last.range.lowerBound..<max(last.range.upperBound, item.range.upperBound)
          groups[groups.count - 1] = last
          continue
        }
        if let t = triggerInGap, t.patterns.contains(where: { $0.kind == .affiliation && $0.order == .sourceFirst }),
          gapRange.count - t.range.count <= 2, last.members.count > 1
        {
          // A、G下属H inside a list: H stands in the list for the pair.
          found += pairs([last.members[last.members.count - 1]], [item], .affiliation)
          last.members[last.members.count - 1] = item
          last.range = last.range.lowerBound..<item.range.upperBound
          groups[groups.count - 1] = last
          continue
        }
      }
      groups.append(Group(members: [item], partnersStart: nil, range: item.range))
    }
    return groups
  }

  // MARK: - Patterns

  private func clauseStart(_ text: [Unicode.Scalar], before position: Int) -> Int {
    var i = position
    while i > 0, !clauseBreaks.contains(text[i - 1]) { i -= 1 }
    return i
  }

  private func clauseEnd(_ text: [Unicode.Scalar], after position: Int) -> Int {
    var i = position
    while i < text.count, !clauseBreaks.contains(text[i]) { i += 1 }
    return i
  }

  /// Offset of the first occurrence of `word` in `text` (a plain scalar search; `String.range(of:)`
  /// bridged every sentence to `NSString`).
  static func firstOffset(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
    guard !word.isEmpty, word.count <= text.count else { return nil }
    for start in 0...(text.count - word.count) where text[start] == word[0] {
      if text[start..<(start + word.count)].elementsEqual(word) { return start }
    }
    return nil
  }

  private func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
    ScalarString.make(text[range])
  }

  /// The sentence's subject before `position`: the last group that opens a clause (after at
  /// most a short adverb such as 目前, never after a preposition such as 在 or 与).
  private func subject(before position: Int, groups: [Group], text: [Unicode.Scalar]) -> Group? {
    guard let g = clauseSubject(before: position, groups: groups, text: text) else { return nil }
    // A委托B与C开展合作，成立了X: the one A entrusts acts for it (its partners after 与 do not).
    if let i = groups.firstIndex(where: { $0.range == g.range }), i + 1 < groups.count, groups[i + 1].range.upperBound <= position,
      words.delegateVerbs.contains(link(text, g.range.upperBound..<groups[i + 1].range.lowerBound))
    {
      var delegate = groups[i + 1]
      if let p = delegate.partnersStart, p > 0 {
        delegate.members = Array(delegate.members[..<p])
        delegate.partnersStart = nil
      }
      return delegate
    }
    return g
  }

  private func clauseSubject(before position: Int, groups: [Group], text: [Unicode.Scalar]) -> Group? {
    groups.last { g in
      guard g.range.upperBound <= position else { return false }
      let start = clauseStart(text, before: g.range.lowerBound)
      let prefix = text[start..<g.range.lowerBound]
      guard prefix.count <= 4, !prefix.contains(where: { words.prepositions.contains($0) }) else { return false }
      // 组建A、B: an object after a verb is not a subject.
      var j = g.range.lowerBound
      while j > start {
        if let m = lexicon.stopWords.longestMatch(endingAt: j, in: text, lowerBound: start) {
          if m.value == .verb || m.value == .commonVerb || m.value == .weakVerb { return false }
          j -= m.length
        } else {
          j -= 1
        }
      }
      return true
    }
  }

  private func apply(
    _ pattern: TriggerPattern, at trigger: Range<Int>, groups: [Group], text: [Unicode.Scalar],
    participants: inout [Item], carried: [Item], articleSubject: Item?, omitted: [Item] = []
  ) -> [Found] {
    let clauseLow = clauseStart(text, before: trigger.lowerBound)
    let clauseHigh = clauseEnd(text, after: trigger.upperBound)
    let leftIndex = groups.lastIndex {
      $0.range.upperBound <= trigger.lowerBound && $0.range.lowerBound >= clauseLow
        && trigger.lowerBound - $0.range.upperBound <= maxGap
    }
    var rightIndex = groups.firstIndex {
      $0.range.lowerBound >= trigger.upperBound && $0.range.upperBound <= clauseHigh
        && $0.range.lowerBound - trigger.upperBound <= maxGap
    }
    // 打造“两中心一基地”，即A、B、C: the list after 即 spells out the clause's object.
    if rightIndex == nil, let list = appositiveList(text, after: clauseHigh) {
      rightIndex = groups.firstIndex { list.contains($0.range.lowerBound) && list.contains($0.range.upperBound - 1) && !modifiesNoun($0, text: text) }
    }
    // 在P投资建设Y: a name after 在/于/从/向/对 is a place or object, not the agent.
    var left = leftIndex.map { groups[$0] }
    // 与A在P共建Y: the park after 在 is where Y is built.
    var placePark: Group?
    if pattern.kind != .cooperation, let l = left {
      let before = link(text, clauseLow..<l.range.lowerBound)
      if let last = before.unicodeScalars.last, lexicon.placePrepositions.contains(last) {
        if last == "在", l.members.allSatisfy({ $0.kind == .park }) { placePark = l }
        left = nil
      }
    }
    // 单体投资超10亿美元的X, 总投资50亿元的Y: an amount after 投资 sizes a project; no investor is named.
    if pattern.kind == .investment, isAmount(text, at: trigger.upperBound),
      left == nil || (trigger.lowerBound > 0 && text[trigger.lowerBound - 1] == "总")
    {
      return []
    }
    // 政府投资基金, 投资决议, 投资方: 投资 before a noun names a kind of thing, not an act.
    if pattern.kind == .investment,
      words.investmentNouns.contains(where: { string(text, trigger.upperBound..<min(text.count, trigger.upperBound + $0.unicodeScalars.count)) == $0 })
    {
      return []
    }
    // 纳入…建设序列, 建设范围内的P: 建设 before such a noun names no founding.
    if pattern.kind == .establishment,
      words.establishmentNouns.contains(where: { string(text, trigger.upperBound..<min(text.count, trigger.upperBound + $0.unicodeScalars.count)) == $0 })
    {
      return []
    }
    // A走进位于…的P: a visitor, not a member.
    if pattern.kind == .location, let l = left, words.visitVerbs.contains(where: { link(text, l.range.upperBound..<trigger.lowerBound).hasSuffix($0) }) {
      return []
    }
    // X在P落户/投产/揭牌成立: the park after 在 is the place, the name before it the member.
    if pattern.kind == .location, let li = leftIndex, left == nil,
      groups[li].members.allSatisfy({ $0.kind == .park }),
      link(text, clauseLow..<groups[li].range.lowerBound).hasSuffix("在")
    {
      let member = li > 0 && groups[li - 1].range.lowerBound >= clauseLow
        ? groups[li - 1] : subject(before: groups[li].range.lowerBound, groups: groups, text: text)
      guard let m = member, !triggersBetween(m.range.upperBound, groups[li].range.lowerBound, text: text) else { return [] }
      // A sub-park (…产业园一期工程在P开工) is a member too; a park of its own rank is not.
      let members = m.members.filter { item in
        item.kind != .park || lexicon.subparkHeads.contains { item.key.hasSuffix($0) && !groups[li].members.contains { $0.key.hasSuffix(item.key) } }
      }
      participants += members
      return pairs(members, groups[li].members, .location)
    }
    if pattern.afterPlace { return [] }
    // A领投、B跟投，C完成融资: B is a co-investor; C, named after the second trigger, the investee.
    if pattern.kind == .investment, let ri = rightIndex, let l = left,
      link(text, trigger.upperBound..<groups[ri].range.lowerBound) == "、",
      words.coInvestmentVerbs.contains(where: {
        string(text, groups[ri].range.upperBound..<min(text.count, groups[ri].range.upperBound + 4)).hasPrefix($0)
      })
    {
      guard let investee = groups.first(where: { $0.range.lowerBound > groups[ri].range.upperBound }) else { return [] }
      participants += l.members + groups[ri].members
      return pairs(l.members + groups[ri].members, investee.members, .investment)
    }
    // 打造东盟|数字产业高地: a name glued to the noun after it only modifies that noun.
    // (A place may be followed by a place noun: 位于园区独墅湖畔的….)
    let right = rightIndex.map { groups[$0] }.flatMap {
      pattern.kind != .location && modifiesNoun($0, text: text) ? nil : $0
    }.flatMap {
      // X旗下基金投资A: A is what the fund invests in, not X's child.
      pattern.kind == .affiliation && triggersBetween(trigger.upperBound, $0.range.lowerBound, text: text) ? nil : $0
    }
    let clauseText = string(text, clauseLow..<trigger.lowerBound)
    let namesGroup = words.groupWords.contains { clauseText.contains($0) }

    if pattern.kind == .cooperation {
      var found: [Found] = []
      switch pattern.right {
      case .partner:
        // A和B联合申报…, 由A与B联合发起的Y: the two sides right before 联合 work together.
        if right == nil || triggersBetween(trigger.upperBound, right!.range.lowerBound, text: text) {
          let gap = left.map { link(text, $0.range.upperBound..<trigger.lowerBound) } ?? ""
          guard let l = left, gap.isEmpty || isJointAgentGap(gap) else { return [] }
          if let p = l.partnersStart, p > 0 {
            found = pairs(Array(l.members[..<p]), Array(l.members[p...]), .cooperation)
          } else if l.members.count >= 2, !gap.isEmpty || link(text, clauseLow..<l.range.lowerBound).hasSuffix("由") {
            // A、B、C等单位联合申报, 由A、B联合编制的Y: the units summed up by 等, or the agents
            // after 由, act together.
            found = allPairs(l.members)
          } else if l.members.count == 2,
            words.pairLinks.contains(link(text, l.members[0].range.upperBound..<l.members[1].range.lowerBound))
          {
            found = pairs([l.members[0]], [l.members[1]], .cooperation)
          }
          participants += found.isEmpty ? [] : l.members
          return found
        }
        // X携手A, X联合A、B — but not 联合打造Y, where Y is what is built.
        guard let r = right else { return [] }
        // Y由团队联合A、B和C共同建设: Y is what they build, not a partner; the joined are partners.
        if let y = left ?? subject(before: trigger.lowerBound, groups: groups, text: text),
          link(text, y.range.upperBound..<trigger.lowerBound).hasPrefix("由"),
          !groups.contains(where: { $0.range.lowerBound >= y.range.upperBound && $0.range.upperBound <= trigger.lowerBound })
        {
          guard r.members.count >= 2 else { return [] }
          var found: [Found] = []
          for a in 0..<r.members.count {
            for b in (a + 1)..<r.members.count { found += pairs([r.members[a]], [r.members[b]], .cooperation) }
          }
          participants += r.members
          return found
        }
        var l = left?.members
        if l == nil, let frame = passiveFrame(groups: groups, text: text, before: trigger.lowerBound) {
          l = frame.agent.members  // X由A牵头，联合B…: A is the one who joins B
        }
        if l == nil { l = subject(before: trigger.lowerBound, groups: groups, text: text)?.members }
        if l == nil { l = mainActor(before: trigger.lowerBound, groups: groups, text: text)?.members }
        // 联合A共建Y opening a sentence: the left-out subject joins A (依托A is no partner frame).
        if l == nil, words.jointVerbScalars.contains(where: { text[trigger].starts(with: $0) }) {
          l = impliedSubject(omitted)
        }
        guard let leftMembers = l else { return [] }
        found = pairs(leftMembers, r.members, .cooperation)
        participants += leftMembers + r.members
      case .object:
        guard let l = left else { return [] }
        if let p = l.partnersStart, p > 0 {
          found = pairs(Array(l.members[..<p]), Array(l.members[p...]), .cooperation)
          // A、B与C签约: the subjects listed before 与 are one side that acts together.
          if p >= 2 { found += allPairs(Array(l.members[..<p])) }
          // A与B、C签订合作协议: two partners named without 等 (or 分别) are three parties to one agreement.
          if l.members.count - p == 2, !link(text, l.range.upperBound..<trigger.lowerBound).hasPrefix("等"),
            !string(text, clauseLow..<l.range.upperBound).contains("分别")
          {
            found += allPairs(Array(l.members[p...]))
          }
        } else if l.members.count >= 2, link(text, l.range.upperBound..<trigger.lowerBound).isEmpty,
          words.jointBuildVerbs.contains(string(text, trigger)),
          subject(before: trigger.lowerBound, groups: groups, text: text)?.range == l.range
        {
          // A、B、C共建Y: the builders named together as the subject are partners.
          found = allPairs(l.members)
        } else if words.withLinks.contains(where: { link(text, clauseLow..<l.range.lowerBound).hasSuffix($0) })
          || link(text, clauseLow..<l.range.lowerBound).hasSuffix("和")
        {
          // 与A合作: the subject comes before 与; a sentence that opens with 与 (a lead's list of
          // results) speaks for the article's park.
          var subjectMembers = subject(before: l.range.lowerBound, groups: groups, text: text)?.members
          if subjectMembers == nil, let park = articleSubject, clauseLow == 0,
            !groups.contains(where: { $0.range.lowerBound < l.range.lowerBound }),
            link(text, 0..<l.range.lowerBound) == "与"
          {
            subjectMembers = [park]
          }
          // …；与B共同创建Z: a clause that names no one before 与 speaks for the left-out subject.
          if subjectMembers == nil, !groups.contains(where: { $0.range.lowerBound >= clauseLow && $0.range.lowerBound < l.range.lowerBound }) {
            subjectMembers = impliedSubject(omitted)
          }
          guard let s = subjectMembers else { return [] }
          // A完成了与B、C的投资签约: signing an investment with them is investing in them.
          let invests = trigger.lowerBound >= 2 && string(text, (trigger.lowerBound - 2)..<trigger.lowerBound) == "投资"
          found = pairs(s, l.members, invests ? .investment : .cooperation)
          participants += s
        } else if namesGroup, l.members.count >= 2 {
          for a in 0..<l.members.count {
            for b in (a + 1)..<l.members.count { found += pairs([l.members[a]], [l.members[b]], .cooperation) }
          }
        }
        if !found.isEmpty { participants += l.members }
      }
      return found
    }

    // 推进X建设: X is what is built, by the subject of 推进 (or the left-out one).
    if pattern.kind == .establishment, let l = left {
      let after = link(text, l.range.upperBound..<trigger.lowerBound)
      let before = link(text, clauseLow..<l.range.lowerBound)
      if after.isEmpty || (words.objectLinks.contains(where: { after.hasPrefix($0) }) && !after.contains("、")) || isListTail(after),
        words.pushVerbs.contains(where: { before.hasSuffix($0) })
      {
        // 推进A建设世界一流企业: A is the one who builds; the push names no object here.
        if hasOwnObject(text, after: trigger.upperBound, clauseEnd: clauseHigh) { return [] }
        let builder = subject(before: l.range.lowerBound, groups: groups, text: text)?.members
          ?? impliedSubject(omitted)
          ?? (groups.contains { $0.range.lowerBound < l.range.lowerBound } ? nil : articleSubject.map { [$0] })
        guard let b = builder else { return [] }
        return pairs(b, l.members, .establishment)
      }
    }
    // Directed kinds. 经国务院批准建立: approving is not founding.
    if pattern.kind == .establishment, let l = left {
      let gap = string(text, l.range.upperBound..<trigger.lowerBound)
      if words.approvalWords.contains(where: { gap.contains($0) }) { return [] }
      // 由A毕业生团队创办: the graduates found it, not their university.
      if words.studentWords.contains(where: { gap.contains($0) }) { return [] }
    }
    var sources: [Item] = []
    var targets: [Item] = []
    var extra: [Found] = []
    if let l = left, let marker = passiveMarker(text, before: l.range.lowerBound, clauseLow: clauseLow)
      ?? jointPassiveMarker(text, before: l.range.lowerBound, clauseLow: clauseLow, groups: groups)
    {
      // B由A设立, B获得A投资: A is the source, B (before the marker) the target.
      var before = groups.last { $0.range.upperBound <= marker && $0.range.lowerBound >= clauseLow }
        ?? subject(before: marker, groups: groups, text: text)
      if before == nil, let r = right, string(text, trigger.upperBound..<min(text.count, trigger.upperBound + 1)) == "的" {
        before = r  // 由A、B共同打造的C
      }
      if before == nil, !omitted.isEmpty {
        before = Group(members: omitted, partnersStart: nil, range: 0..<0)  // …，由A领投: the sentence's left-out subject
      }
      guard let t = before else { return [] }
      sources = l.members
      targets = t.members
      if pattern.order == .targetFirst { swap(&sources, &targets) }
      if let p = l.partnersStart, p > 0, pattern.kind == .establishment || pattern.kind == .investment {
        extra = pairs(Array(l.members[..<p]), Array(l.members[p...]), .cooperation)
      }
    } else {
      var l: Group? = left
      if l == nil || l!.range.upperBound <= clauseLow, pattern.kind == .location, let r = right, r.members.allSatisfy({ $0.kind == .park }),
        let next = rightIndex.flatMap({ $0 + 1 < groups.count ? groups[$0 + 1] : nil }),
        next.range.upperBound <= clauseHigh, next.members.allSatisfy({ $0.kind != .park }),
        string(text, r.range.upperBound..<next.range.lowerBound).hasSuffix("的")
      {
        // 位于P独墅湖畔的M, …，正式入驻P的M: M is in P.
        return pairs(next.members, r.members, .location)
      }
      if l == nil || l!.range.upperBound <= clauseLow, pattern.kind == .location, let r = right, let ri = rightIndex,
        r.members.allSatisfy({ $0.kind == .park }), ri + 1 < groups.count, clauseHigh < text.count,
        "，,".unicodeScalars.contains(text[clauseHigh]), groups[ri + 1].range.lowerBound == clauseHigh + 1,
        isMemberHead(string(text, r.range.upperBound..<clauseHigh))
      {
        // 作为首批入驻P的企业之一，X…: X, opening the next clause, is that member.
        let members = groups[ri + 1].members.filter { $0.kind != .park && $0.kind != .government }
        return pairs(members, r.members, .location)
      }
      if l == nil, namesGroup, !participants.isEmpty {
        l = Group(members: participants, partnersStart: nil, range: trigger.lowerBound..<trigger.lowerBound)
      }
      // A设立B基金，已投资C: the fund that closes the previous clause is the investor.
      if l == nil, pattern.kind == .investment, clauseLow > 0,
        let fund = groups.last(where: { $0.range.upperBound == clauseLow - 1 }),
        fund.members.allSatisfy({ $0.kind == .fund })
      {
        l = fund
      }
      if l == nil, pattern.kind == .establishment, let place = placePark, let li = leftIndex, li > 0,
        groups[li - 1].range.lowerBound >= clauseLow, link(text, groups[li - 1].range.upperBound..<place.range.lowerBound) == "在"
      {
        // 与A在P共建Y: A, right before 在P, is a builder.
        l = groups[li - 1]
      }
      // …，旗下公司与地方国企合资成立X: a clause whose parties around 与 are unnamed has a subject
      // of its own; the sentence's subject does not found X.
      if l == nil, hasUnnamedParties(text, clauseLow..<trigger.lowerBound), !groups.contains(where: { $0.range.lowerBound >= clauseLow && $0.range.upperBound <= trigger.lowerBound }) {
        return []
      }
      if l == nil { l = subject(before: trigger.lowerBound, groups: groups, text: text) }
      if l == nil, !carried.isEmpty, !groups.contains(where: { $0.range.lowerBound < trigger.lowerBound }),
        link(text, clauseLow..<trigger.lowerBound).unicodeScalars.count <= 2 || !omitted.isEmpty
      {
        // The sentence opens with the verb: its subject is the previous sentence's.
        l = Group(members: carried, partnersStart: nil, range: 0..<0)
      }
      guard var leftGroup = l else { return [] }
      var r = right
      if r == nil {
        let after = string(text, trigger.upperBound..<min(text.count, trigger.upperBound + 2))
        let headNoun = words.ownedHeads.contains { string(text, trigger.upperBound..<min(text.count, trigger.upperBound + 3)).hasPrefix($0) }
        // B是A的控股子公司: the trigger closes the clause after A的.
        let ofOwner = pattern.kind == .affiliation && string(text, leftGroup.range.upperBound..<trigger.lowerBound) == "的"
          && trigger.upperBound == clauseHigh
        if after.hasPrefix("的") || after.hasPrefix("了的") || headNoun || ofOwner,
          let s = subject(before: leftGroup.range.lowerBound, groups: groups, text: text),
          words.copulas.contains(where: { string(text, s.range.upperBound..<leftGroup.range.lowerBound).contains($0) })
        {
          // 光谷产业投资基金是A旗下的…基金, X是A团队创办的企业: the sentence's subject.
          r = s
        } else if pattern.kind == .location, leftGroup.members.allSatisfy({ $0.kind != .park }),
          let s = subject(before: leftGroup.range.lowerBound, groups: groups, text: text),
          s.members.allSatisfy({ $0.kind == .park })
        {
          // 园区吸引了A、B等企业入驻.
          r = s
        }
      }
      if r == nil, pattern.kind == .establishment || pattern.kind == .investment,
        let frame = passiveFrame(groups: groups, text: text, before: leftGroup.range.lowerBound),
        frame.patient.range != leftGroup.range
      {
        // X由A牵头，联合B、C共同组建: X is what they build.
        r = frame.patient
      }
      // 建设以A为龙头的Y: A leads Y; Y is what is built.
      if let lead = r, lead.range.lowerBound >= trigger.upperBound, case let gap = link(text, trigger.upperBound..<lead.range.lowerBound),
        gap.isEmpty || words.leadMarkers.contains(gap),
        lexicon.leadWords.longestMatch(startingAt: lead.range.upperBound, in: text, upperBound: text.count) != nil
      {
        r = groups.first { $0.range.lowerBound > lead.range.upperBound && $0.range.upperBound <= clauseHigh }
      }
      guard let rightGroup = r else { return [] }
      // X依托A建设Y, 园区依托A引进Y: X is the one who acts; A is its partner.
      if let li = leftIndex, groups[li].range == leftGroup.range, li > 0,
        link(text, groups[li - 1].range.upperBound..<leftGroup.range.lowerBound).hasSuffix("依托")
      {
        leftGroup.members = groups[li - 1].members
      }
      // X联合A共建Y: X builds Y too; with X left out, the sentence's left-out subject does.
      if let li = leftIndex, groups[li].range == leftGroup.range, pattern.kind == .establishment || pattern.kind == .investment {
        let joint = words.jointVerbs
        if li > 0 {
          let between = link(text, groups[li - 1].range.upperBound..<leftGroup.range.lowerBound)
          if joint.contains(where: { between.hasSuffix($0) }) { leftGroup.members = groups[li - 1].members + leftGroup.members }
        } else if joint.contains(where: { link(text, clauseLow..<leftGroup.range.lowerBound).hasSuffix($0) }),
          let implied = impliedSubject(omitted)
        {
          leftGroup.members = implied + leftGroup.members
        }
      }
      // 并与A合作组建Y: the subject before 与 builds Y too.
      if let li = leftIndex, groups[li].range == leftGroup.range, leftGroup.partnersStart == nil,
        pattern.kind == .establishment || pattern.kind == .investment,
        words.withLinks.contains(where: { link(text, clauseLow..<leftGroup.range.lowerBound).hasSuffix($0) }),
        let s = subject(before: leftGroup.range.lowerBound, groups: groups, text: text)
          ?? (omitted.isEmpty || groups.contains(where: { $0.range.lowerBound < leftGroup.range.lowerBound })
            ? nil : Group(members: omitted, partnersStart: nil, range: 0..<0))
      {
        extra += pairs(s.members, leftGroup.members, .cooperation)
        leftGroup.members = s.members + leftGroup.members
      }
      sources = leftGroup.members
      targets = rightGroup.members
      if pattern.order == .targetFirst { swap(&sources, &targets) }
      if let p = leftGroup.partnersStart, p > 0, pattern.kind == .establishment || pattern.kind == .investment {
        extra += pairs(Array(leftGroup.members[..<p]), Array(leftGroup.members[p...]), .cooperation)
      }
    }
    switch pattern.kind {
    case .location:
      // Member → park; the park side must be a park.
      if !targets.allSatisfy({ $0.kind == .park }) {
        if sources.allSatisfy({ $0.kind == .park }) { swap(&sources, &targets) } else { return [] }
      }
      sources = sources.filter { $0.kind != .park || !targets.contains { $0.key == "" } }
      // A government body signs or hosts; it does not move into the park.
      sources = sources.filter { $0.kind != .government }
      // A的5家生态伙伴企业落户P: A owns what settles; it is not the member.
      let membership = MembershipMatcher(lexicon: lexicon)
      sources = sources.filter { $0.fromContext || !membership.isPossessor(text, $0) }
    case .incubation:
      targets = targets.filter { $0.kind == .enterprise }
    case .establishment:
      // A在P建设Y: Y lies in P.
      if let place = placePark {
        extra += pairs(targets.filter { $0.kind != .government && $0.kind != .university }, place.members, .location)
      }
    default:
      break
    }
    // 园区着力打造X等一批领军企业: a park that builds up companies incubates them; it founds none.
    if pattern.kind == .establishment, string(text, trigger) == "打造", !sources.isEmpty, !targets.isEmpty,
      sources.allSatisfy({ $0.kind == .park }), targets.allSatisfy({ $0.kind == .enterprise })
    {
      return pairs(sources, targets, .incubation) + extra
    }
    return pairs(sources, targets, pattern.kind) + extra
  }

  /// The group A of `以A为主体` before `position`, whose clauses then speak for A.
  private func mainActor(before position: Int, groups: [Group], text: [Unicode.Scalar]) -> Group? {
    groups.last { g in
      guard g.range.upperBound <= position, g.range.lowerBound > 0, text[g.range.lowerBound - 1] == "以" else { return false }
      let after = string(text, g.range.upperBound..<min(text.count, g.range.upperBound + 5))
      return words.actorRoles.contains { after.hasPrefix($0) }
    }
  }

  /// The subject a sentence that opens with a verb leaves out (`omitted`, the previous
  /// sentence's), for a clause whose own subject was not found: 联合A共建Y；与B共同创建Z.
  /// Call it only after `subject(before:)` found none.
  private func impliedSubject(_ omitted: [Item]) -> [Item]? {
    omitted.isEmpty ? nil : omitted
  }

  /// In `P由A牵头…`, the patient P and agent A, when P opens the sentence and 由 follows it.
  private func passiveFrame(groups: [Group], text: [Unicode.Scalar], before position: Int) -> (patient: Group, agent: Group)? {
    guard let p = subject(before: position, groups: groups, text: text),
      let i = groups.firstIndex(where: { $0.range == p.range }), i + 1 < groups.count
    else { return nil }
    let agent = groups[i + 1]
    guard agent.range.upperBound <= position else { return nil }
    let gap = link(text, p.range.upperBound..<agent.range.lowerBound)
    return gap == "由" ? (p, agent) : nil
  }

  /// The index after a sentence's opening time phrase, adverbs and commas (2019年, 同月，又, 今年3月，).
  /// - Complexity: O(*k*) for an opening of *k* scalars.
  func openingEnd(_ text: [Unicode.Scalar]) -> Int {
    var p = 0
    var moved = true
    while moved, p < text.count, p < 16 {
      moved = false
      var q = p
      while q < text.count, EntityMatcher.isDigit(text[q]) || EntityMatcher.isNumeral(text[q]) { q += 1 }
      if q > p, q < text.count, lexicon.dateUnits.contains(text[q]) {
        p = q + 1
        if p < text.count, lexicon.dateParts.contains(text[p]) { p += 1 }
        moved = true
        continue
      }
      if "，,、 ".unicodeScalars.contains(text[p]) { p += 1; moved = true; continue }
      for word in words.openingWords where p + word.count <= text.count && text[p..<(p + word.count)].elementsEqual(word) {
        p += word.count
        moved = true
        break
      }
      if moved { continue }
      for end in stride(from: min(text.count, p + 4), to: p + 1, by: -1) {
        if let m = lexicon.stopWords.longestMatch(endingAt: end, in: text, lowerBound: p), m.length == end - p,
          m.value == .time || m.value == .adverb
        {
          p = end
          moved = true
          break
        }
      }
    }
    return p
  }

  /// The subject of a sentence, carried to the next one when that opens with a verb.
  /// A sentence that opens with a trigger or 与/同/跟 (联合A共建Y) keeps the subject it left out,
  /// `carried`, for the next one.
  func sentenceSubject(in text: [Unicode.Scalar], items: [Item], carried: [Item] = []) -> [Item] {
    let opening = openingEnd(text)
    if !carried.isEmpty, opening < text.count, items.allSatisfy({ $0.range.lowerBound > opening }) {
      let joint = words.jointVerbScalars.contains { w in opening + w.count <= text.count && text[opening..<(opening + w.count)].elementsEqual(w) }
        || words.withLinks.contains(String(text[opening]))
      // 建设以A为龙头的Y: a park keeps running the article through sentences that open with a verb.
      let verb = lexicon.triggers.longestMatch(startingAt: opening, in: text, upperBound: text.count) != nil
      if joint || (verb && carried.allSatisfy { $0.kind == .park }) { return carried }
    }
    guard let first = items.first else { return [] }
    // The first name, when it opens its clause (环境越来越好，P对企业…: P is the subject).
    let prefix = text[clauseStart(text, before: first.range.lowerBound)..<first.range.lowerBound]
    guard prefix.count <= 4, !prefix.contains(where: { words.prepositions.contains($0) }) else { return [] }
    return [first]
  }

  /// Whether the group's last name runs straight into more name characters that start no
  /// function word, trigger or punctuation (东盟数字产业高地): then it is a modifier, not an argument.
  private func modifiesNoun(_ group: Group, text: [Unicode.Scalar]) -> Bool {
    let after = group.range.upperBound
    // 建设了清华大学—贵州…基地: a name joined by a dash to more words is part of a longer name.
    if after + 1 < text.count, lexicon.dashes.contains(text[after]), EntityMatcher.isHan(text[after + 1]) { return true }
    guard after < text.count, EntityMatcher.isHan(text[after]) else { return false }
    // 共建Y协议, 共建Y框架协议: the agreement is about building Y.
    if words.agreementNouns.contains(where: { string(text, after..<min(text.count, after + $0.unicodeScalars.count)) == $0 }) { return false }
    for length in 1...4 where after + length <= text.count {
      if lexicon.stopWords.longestMatch(endingAt: after + length, in: text, lowerBound: after)?.length == length { return false }
    }
    if lexicon.triggers.longestMatch(startingAt: after, in: text, upperBound: text.count) != nil { return false }
    return !lexicon.modifierStops.contains(text[after])
  }

  /// Whether a trigger word lies in `lower..<upper`.
  private func triggersBetween(_ lower: Int, _ upper: Int, text: [Unicode.Scalar]) -> Bool {
    var i = lower
    while i < upper {
      if lexicon.triggers.longestMatch(startingAt: i, in: text, upperBound: upper) != nil { return true }
      i += 1
    }
    return false
  }

  /// Position of 由 in `Y由团队联合A…` before `position`: 由, words that name no one, then 联合.
  private func jointPassiveMarker(_ text: [Unicode.Scalar], before position: Int, clauseLow: Int, groups: [Group]) -> Int? {
    let before = link(text, clauseLow..<position)
    guard words.jointVerbScalars.contains(where: { w in before.unicodeScalars.reversed().starts(with: w.reversed()) }) else { return nil }
    var i = position - 1
    while i >= clauseLow, position - i <= 12 {
      if text[i] == "由" {
        return groups.contains(where: { $0.range.lowerBound > i && $0.range.upperBound <= position - 2 }) ? nil : i
      }
      i -= 1
    }
    return nil
  }

  /// Position of a passive marker right before `position` (within the clause), if any.
  private func passiveMarker(_ text: [Unicode.Scalar], before position: Int, clauseLow: Int) -> Int? {
    let before = link(text, max(clauseLow, position - 4)..<position)
    for marker in words.passiveMarkers where before.hasSuffix(marker) {
      // Find the marker's position in the raw text.
      var i = position - 1
      while i >= clauseLow {
        if string(text, i..<min(position, i + marker.unicodeScalars.count)) == marker { return i }
        i -= 1
      }
    }
    return nil
  }

  /// 科技部、财政部批复300万元扶持资金: government bodies that grant an amount of funds, with no
  /// recipient named after them, invest in the park the clause names, else the article's park.
  /// - Complexity: O(*m*·*c*) for *m* items and clauses of *c* scalars.
  func grants(_ text: [Unicode.Scalar], items: [Item], park subject: (key: String, kind: EntityKind)?) -> [Found] {
    var found: [Found] = []
    var i = 0
    while i < items.count {
      guard items[i].kind == .government, !items[i].fromContext else { i += 1; continue }
      // The bodies listed together (科技部、财政部).
      var j = i
      while j + 1 < items.count, items[j + 1].kind == .government,
        words.listLinks.contains(string(text, items[j].range.upperBound..<items[j + 1].range.lowerBound))
      {
        j += 1
      }
      defer { i = j + 1 }
      let low = clauseStart(text, before: items[i].range.lowerBound)
      let end = clauseEnd(text, after: items[j].range.upperBound)
      let rest = string(text, items[j].range.upperBound..<end)
      guard rest.unicodeScalars.count <= 24, rest.unicodeScalars.contains(where: { EntityMatcher.isDigit($0) || EntityMatcher.isNumeral($0) }),
        words.grantVerbs.contains(where: { rest.contains($0) }), words.grantNouns.contains(where: { rest.hasSuffix($0) }),
        !items.contains(where: { $0.range.lowerBound >= items[j].range.upperBound && $0.range.upperBound <= end })
      else { continue }
      let place = items.first { $0.kind == .park && $0.range.lowerBound >= low && $0.range.upperBound <= items[i].range.lowerBound }
      guard let recipient = place ?? subject.map({ Item(range: 0..<0, key: $0.key, kind: $0.kind, fromContext: true) }) else { continue }
      found += pairs(Array(items[i...j]), [recipient], .investment)
    }
    return found
  }

  /// 签订《Y共建框架协议》: the parties who sign build Y, named inside the title.
  private func agreementObjects(_ text: [Unicode.Scalar], items: [Item], found: [Found]) -> [Found] {
    var result: [Found] = []
    for item in items where !item.fromContext && item.kind != .government && item.range.lowerBound > 0 && text[item.range.lowerBound - 1] == "《" {
      var close = item.range.upperBound
      while close < text.count, close - item.range.upperBound <= 12, text[close] != "》" { close += 1 }
      guard close < text.count, text[close] == "》" else { continue }
      let rest = string(text, item.range.upperBound..<close)
      guard rest.hasSuffix("协议"), words.jointBuildVerbs.contains(where: { rest.hasPrefix($0) }) || rest.hasPrefix("建设") else { continue }
      var parties: [String] = []
      for f in found where f.kind == .cooperation && f.source != item.key && f.target != item.key {
        for k in [f.source, f.target] where !parties.contains(k) { parties.append(k) }
      }
      for p in parties { result.append(Found(source: p, target: item.key, kind: .establishment)) }
    }
    return result
  }

  /// The range of the list a clause break at `position` opens with 即 (，即A、B、C), up to the
  /// next clause break; nil when none follows (，即将… is no list: a name must open it).
  func appositiveList(_ text: [Unicode.Scalar], after position: Int) -> Range<Int>? {
    guard position + 2 < text.count, "，,：:".unicodeScalars.contains(text[position]), text[position + 1] == "即" else { return nil }
    var start = position + 2
    if lexicon.openingQuotes.contains(text[start]) { start += 1 }
    guard start < text.count, EntityMatcher.isHan(text[start]) || EntityMatcher.isDigit(text[start]),
      !lexicon.appositiveStops.contains(text[start])
    else { return nil }
    return start..<clauseEnd(text, after: start)
  }

  /// Whether the text before a trigger pairs two unnamed parties with 与 (旗下公司与地方国企合资):
  /// a noun of two or more characters on each side, no verb-bound 与 (参与, 给与).
  func hasUnnamedParties(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    guard range.count <= 16 else { return false }
    for k in range where text[k] == "与" && k - range.lowerBound >= 2 && range.upperBound - k >= 3 {
      if lexicon.boundWith.contains(text[k - 1]) { continue }
      if text[(k - 2)..<k].allSatisfy({ EntityMatcher.isHan($0) }) && text[(k + 1)...(k + 2)].allSatisfy({ EntityMatcher.isHan($0) }) { return true }
    }
    return false
  }

  /// 推进A、公共服务平台等建设: the rest of a list with unrecognised members, closed by 等.
  func isListTail(_ gap: String) -> Bool {
    let scalars = Array(gap.unicodeScalars)
    guard scalars.count >= 3, scalars.count <= 16, scalars.first == "、", scalars.last == "等" else { return false }
    return scalars.dropFirst().dropLast().allSatisfy { EntityMatcher.isHan($0) || $0 == "、" }
  }

  /// Whether 建设 at `position` takes an object of its own (A建设世界一流企业): four or more
  /// characters up to the clause's end that do not open with 的.
  func hasOwnObject(_ text: [Unicode.Scalar], after position: Int, clauseEnd: Int) -> Bool {
    guard clauseEnd - position >= 4, text[position] != "的" else { return false }
    return text[position..<clauseEnd].prefix(4).allSatisfy { EntityMatcher.isHan($0) }
  }

  /// Whether an amount starts at `position` (超10亿美元, 5000万元, 逾百亿): 投资 then sizes a project.
  func isAmount(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    var i = position
    for w in words.amountLeads {
      if i + w.count <= text.count, text[i..<(i + w.count)].elementsEqual(w) { i += w.count; break }
    }
    return i < text.count && (EntityMatcher.isDigit(text[i]) || EntityMatcher.isNumeral(text[i]))
  }

  /// 的企业之一, 的首家企业: the words after a park that make the next clause's name its member.
  func isMemberHead(_ rest: String) -> Bool {
    guard rest.hasPrefix("的"), rest.unicodeScalars.count <= 9 else { return false }
    let head = rest.hasSuffix("之一") ? String(rest.dropLast(2)) : rest
    return words.memberHeads.contains { head.hasSuffix($0) }
  }

  /// Cooperation among every two members of one group (joint agents: A、B、C共建Y).
  private func allPairs(_ members: [Item]) -> [Found] {
    var found: [Found] = []
    for a in members.indices {
      for b in members.indices where b > a { found += pairs([members[a]], [members[b]], .cooperation) }
    }
    return found
  }

  /// The text between joint agents and 联合: 等 with a short head noun (A、B、C等单位联合).
  func isJointAgentGap(_ gap: String) -> Bool {
    let scalars = Array(gap.unicodeScalars)
    guard scalars.first == "等", scalars.count <= 4 else { return false }
    return scalars.dropFirst().allSatisfy { EntityMatcher.isHan($0) && !lexicon.agentGapStops.contains($0) }
  }

  /// 、航天网信、: a list member the recogniser did not take as a name still links the list.
  func isUnnamedMember(_ gap: String) -> Bool {
    let scalars = Array(gap.unicodeScalars)
    guard scalars.count >= 4, scalars.count <= 14, scalars.first == "、", scalars.last == "、" else { return false }
    return scalars.dropFirst().dropLast().allSatisfy { EntityMatcher.isHan($0) && !lexicon.memberGapStops.contains($0) }
  }

  /// 、北京|理想汽车: a region the recogniser left off after 、 still links a list.
  private func isRegionLead(_ gap: String) -> Bool {
    let scalars = Array(gap.unicodeScalars)
    guard scalars.count >= 3, scalars.count <= 5, scalars.first == "、" else { return false }
    let rest = Array(scalars.dropFirst())
    return lexicon.regions.longestMatch(startingAt: 0, in: rest, upperBound: rest.count)?.length == rest.count
  }

  private func pairs(_ sources: [Item], _ targets: [Item], _ kind: RelationKind) -> [Found] {
    var found: [Found] = []
    for s in sources {
      for t in targets where s.key != t.key {
        let basis: RelationBasis = s.fromContext || t.fromContext ? .context : .stated
        found.append(Found(source: s.key, target: t.key, kind: kind, basis: basis))
      }
    }
    return found
  }
}
