/// Membership through a park (ANNOTATION.md, "Relations"): in a sentence with a membership cue
/// (`membership.tsv`: 引进, 集聚, 入驻, 签约项目, 上市, 单项冠军, 金字招牌 …), the named
/// enterprises, institutes, platforms and sub-parks are members (`location`) of the sentence's
/// park, or of the article's subject park when the sentence names none.
///
/// `以X为龙头的Y产业园` ties X to Y. A member already tied to that park by another pattern
/// in the sentence (P与X合作, P建设X) keeps that tie only. The tie is `stated` when the park
/// is named in the sentence and `context` when the article supplies it.
struct MembershipMatcher: Sendable {
  let lexicon: Lexicon

  /// Verbs that name a park as a support, not as the members' place (依托P优势).

  /// Kinds that become members through a plain cue; universities need a strong cue (入驻).
  static let memberKinds: Set<EntityKind> = [.enterprise, .institute, .platform]

  /// Membership ties in one sentence.
  /// - Parameters:
  ///   - items: the sentence's entities in text order (anaphora included, marked `fromContext`).
  ///   - found: ties the trigger patterns already found in the sentence.
  ///   - subject: the article's subject park, if any.
  /// - Complexity: O(*n* + *m*²) for *n* scalars and *m* items.
  ///   - pendingMembers: in: names the last sentences enumerated up to an ellipsis (A的技术；B的技术…)
  ///     with no cue, members when this sentence's cue names none of its own; out: the same for this one.
  ///   - pendingList: in: the previous sentence ended with a cue and named no member (引入重大功能
  ///     平台。包括A，B…), so a sentence opening with an intro word (包括) lists them; out: the same for this one.
  func relations(
    in text: [Unicode.Scalar], items: [RelationMatcher.Item], found: [RelationMatcher.Found],
    subject: RelationMatcher.Item?, pendingList: inout Bool, pendingMembers: inout [RelationMatcher.Item]
  ) -> [RelationMatcher.Found] {
    let pending = pendingList
    pendingList = false
    let enumerated = pendingMembers
    pendingMembers = []
    // Clause of every scalar; a cue makes its clause a membership clause.
    var clause = [Int](repeating: 0, count: text.count)
    var count = 0
    for (i, c) in text.enumerated() {
      clause[i] = count
      if lexicon.clauseBreaks.contains(c) { count += 1 }
    }
    var cued: [Int: Bool] = [:]  // clause → strong
    var leads: [Range<Int>] = []
    var cues: [(at: Int, strong: Bool)] = []
    var i = 0
    while i < text.count {
      if let m = lexicon.leadWords.longestMatch(startingAt: i, in: text, upperBound: text.count) {
        leads.append(i..<(i + m.length))
        i += m.length
        continue
      }
      if let m = lexicon.membershipCues.longestMatch(startingAt: i, in: text, upperBound: text.count),
        !items.contains(where: { !$0.fromContext && $0.range.overlaps(i..<(i + m.length)) })
      {
        if m.value != .not {
          cued[clause[i], default: false] = cued[clause[i]] == true || m.value == .strong
          cues.append((i, m.value == .strong))
        }
        i += m.length
        continue
      }
      // P聚焦A、B两大重点片区: parks summed up as parts of a larger one are its members.
      if i > 0, items.contains(where: { $0.kind == .park && !$0.fromContext && $0.range.upperBound == i }),
        let end = subparkSum(text, at: i)
      {
        cued[clause[i]] = cued[clause[i]] ?? false
        i = end
        continue
      }
      if let end = Self.countedList(text, at: i) {
        cued[clause[i]] = cued[clause[i]] ?? false
        i = end
        continue
      }
      i += 1
    }
    // A、B、C……目前P已集聚…: names enumerated before an ellipsis are summed up by a cue after it.
    if let dots = text.firstIndex(of: "…"), let after = cues.first(where: { $0.at > dots }) {
      for c in 0...clause[dots] where cued[c] == nil { cued[c] = after.strong }
    }
    // A list opened by 包括/其中 right after a cue runs to the sentence's end (包括提供…的A，布局…的B);
    // so does a sentence opened by one after a sentence that announced a list.
    let named0 = items.filter { !$0.fromContext }
    var listFrom: Int?
    if pending, lexicon.introWords.longestMatch(startingAt: 0, in: text, upperBound: text.count) != nil {
      listFrom = 0
    }
    for c in cued.keys.sorted() where c + 1 <= count {
      guard listFrom == nil, let start = clause.firstIndex(of: c + 1),
        lexicon.introWords.longestMatch(startingAt: start, in: text, upperBound: text.count) != nil
      else { continue }
      listFrom = c + 1
    }
    if let from = listFrom {
      let strong = from > 0 ? (cued[from - 1] ?? false) : false
      for c in from...count where cued[c] == nil { cued[c] = strong }
    }
    // 引入重大功能平台。: a last clause with a cue and no member announces the next sentence's list.
    if let last = cued.keys.max(), last == clause.last ?? -1 || (last == count - 1 && text.last.map { lexicon.clauseBreaks.contains($0) } == true),
      !named0.contains(where: { $0.kind != .park && clause[$0.range.lowerBound] == last })
    {
      pendingList = true
    }
    // 湖南A公司的技术；B的技术……一批新的“小巨人”正在P成长: a cue that names no member of its
    // own sums up the names enumerated before the ellipsis; a clause ending with ；keeps the enumeration open.
    let last = text.last { !" \u{3000}".unicodeScalars.contains($0) }
    if cued.isEmpty, leads.isEmpty, found.isEmpty, let last, "；;…".unicodeScalars.contains(last) {
      pendingMembers = enumerated + named0.filter { Self.memberKinds.contains($0.kind) }
      if last != "…" { pendingMembers = pendingMembers.map(\.asContext) }
      return []
    }
    var summed: [RelationMatcher.Item] = []
    if !cued.isEmpty, enumerated.contains(where: { !$0.fromContext }),
      !named0.contains(where: { Self.memberKinds.contains($0.kind) || $0.kind == .university })
    {
      summed = enumerated.map(\.asContext)
    }
    guard !cued.isEmpty || !leads.isEmpty else { return [] }
    // A sentence whose triggers already place a member in another park (X入驻P的Y) is read by
    // them alone; when they place it in the sentence's own park (A、B，首批2家平台入驻P), the
    // cue still lists the rest.
    let placed = found.filter { $0.kind == .location }
    if !placed.isEmpty {
      guard let p = sentencePark(text, named: items, subject: subject) ?? subject, placed.allSatisfy({ $0.target == p.key }) else { return [] }
    }
    let named = items.filter { !$0.fromContext }
    var result: [RelationMatcher.Found] = []
    var led = Set<String>()
    var unplaced: [RelationMatcher.Item] = []
    // 以X为龙头的Y产业园: X → Y (or → the sentence's park when no park follows).
    for lead in leads {
      let group = leadGroup(text, before: lead.lowerBound, items: named)
      guard !group.isEmpty else { continue }
      let end = clauseEnd(text, after: lead.upperBound)
      if let y = named.first(where: { $0.kind == .park && $0.range.lowerBound >= lead.upperBound && $0.range.upperBound <= end }) {
        for x in group where x.key != y.key { result.append(tie(x, y, text: text)) }
      } else {
        unplaced += group
      }
      for x in group { led.insert(x.key) }
    }
    // The sentence's park may be a stand-in (园区, 产业园) resolved from the article.
    guard let park = sentencePark(text, named: items, subject: subject) ?? subject else { return result }
    // A name tied to the park itself in this sentence (P与X签约, P建设X) keeps that tie only. A
    // partner of someone else (A局与X签约) is still a member; a name founded, invested in,
    // incubated or owned by someone else only after a strong cue (入驻, 落户, 引进).
    let tied = Set(found.filter { $0.source == park.key || $0.target == park.key }.flatMap { [$0.source, $0.target] })
    let otherwiseTied = Set(found.filter { $0.kind != .cooperation }.flatMap { [$0.source, $0.target] })
    // A cue's clause; the clause right before one that names no actor of its own
    // (A、B，均是P的金字招牌); a clause opened by 包括 right after one (签约项目，包括A、B).
    func isCued(_ item: RelationMatcher.Item) -> Bool? {
      let c = clause[item.range.lowerBound]
      if let strong = cued[c] { return strong }
      if let strong = cued[c + 1],
        !named.contains(where: { $0.kind != .park && clause[$0.range.lowerBound] == c + 1 })
      {
        return strong
      }
      if c > 0, let strong = cued[c - 1], let start = clause.firstIndex(of: c),
        lexicon.introWords.longestMatch(startingAt: start, in: text, upperBound: text.count) != nil
      {
        return strong
      }
      return nil
    }
    // Names of earlier sentences: their place in this text is unknown, so only the tie checks apply.
    for item in summed where item.key != park.key && !tied.contains(item.key) && !otherwiseTied.contains(item.key) {
      result.append(tie(item, park, text: text))
    }
    var members: [(item: RelationMatcher.Item, strong: Bool)] = unplaced.map { ($0, false) }
    for item in named where !led.contains(item.key) {
      if let strong = isCued(item) { members.append((item, strong)) }
    }
    for (item, strong) in members where item.key != park.key && !tied.contains(item.key) && !isPlace(text, item)
      && (strong || !otherwiseTied.contains(item.key)) && !isSpeaker(text, item) && !isPossessor(text, item)
      && !isCategory(text, item)
    {
      if item.kind == .park {
        guard isSubpark(text, item) || summedAsSubparks(text, item, items: named), !contains(park, item) else { continue }
      } else if !(Self.memberKinds.contains(item.kind) || (strong && item.kind == .university)) {
        continue
      }
      result.append(tie(item, park, text: text))
    }
    return result
  }

  /// The end of `等` + a number + `家` before 企业 (A、B等20多家企业) at `i`: a counted list of
  /// companies names members as a cue does.
  static func countedList(_ text: [Unicode.Scalar], at i: Int) -> Int? {
    guard text[i] == "等" else { return nil }
    var j = i + 1
    while j < text.count, EntityMatcher.isDigit(text[j]) || EntityMatcher.isNumeral(text[j]) { j += 1 }
    guard j > i + 1 else { return nil }
    if j < text.count, "多余".unicodeScalars.contains(text[j]) { j += 1 }
    guard j < text.count, text[j] == "家" else { return nil }
    // …等20多家(龙头)企业, not 等10余家科研单位 (whose members need a cue of their own).
    let head = String(String.UnicodeScalarView(text[(j + 1)..<min(text.count, j + 9)]))
    guard let r = head.range(of: "企业"), !head[..<r.lowerBound].contains(where: { "，,。；;、".contains($0) }) else { return nil }
    return j + 1
  }

  /// Whether a place word (在, 于) comes right before the name: 在上海证券交易所上市.
  private func isPlace(_ text: [Unicode.Scalar], _ item: RelationMatcher.Item) -> Bool {
    lexicon.placeWords.contains { word in
      item.range.lowerBound >= word.count && text[(item.range.lowerBound - word.count)..<item.range.lowerBound].elementsEqual(word)
    }
  }

  /// Whether a person's title follows the name within a few characters (X副主任孙某介绍, X陈某总裁,
  /// X银川项目负责人): the name introduces a speaker, it is not listed as a member.
  func isSpeaker(_ text: [Unicode.Scalar], _ item: RelationMatcher.Item) -> Bool {
    var j = item.range.upperBound
    while j < text.count, j - item.range.upperBound <= 4 {
      if lexicon.speakerTitles.longestMatch(startingAt: j, in: text, upperBound: text.count) != nil { return true }
      guard EntityMatcher.isHan(text[j]) else { return false }
      j += 1
    }
    return false
  }

  /// Whether the list holding a park is summed up by a sub-park category (A、B等功能区, A、B两大重点片区):
  /// then its parks are parts of a larger one, whatever their own heads.
  /// - Complexity: O(*l*) for a list of *l* scalars.
  func summedAsSubparks(_ text: [Unicode.Scalar], _ item: RelationMatcher.Item, items: [RelationMatcher.Item]) -> Bool {
    var j = item.range.upperBound
    while j < text.count {
      if "、和及 ".unicodeScalars.contains(text[j]) { j += 1; continue }
      if let next = items.first(where: { $0.range.lowerBound == j && $0.kind == .park }) {
        j = next.range.upperBound
        continue
      }
      // A member the recogniser did not take as a name (、灵山湾文化区、): Han characters up to the next 、.
      var k = j
      while k < text.count, k - j <= 10, EntityMatcher.isHan(text[k]), text[k] != "等" { k += 1 }
      guard k > j, k < text.count, text[k] == "、" || text[k] == "等", text[j - 1] == "、" else { break }
      j = k
    }
    return subparkSum(text, at: j) != nil
  }

  /// The end of a sub-park category summing up a list at `position` (等功能区, 两大重点片区), if any.
  func subparkSum(_ text: [Unicode.Scalar], at position: Int) -> Int? {
    guard position < text.count else { return nil }
    var j = position
    if text[j] == "等" {
      j += 1
    } else {
      guard let end = Self.countEnd(text, from: position, classifiers: lexicon.classifiers) else { return nil }
      j = end
    }
    // The category ends within a few characters, before any punctuation (两大重点片区).
    var k = j
    while k < text.count, k - j < 6, EntityMatcher.isHan(text[k]) {
      k += 1
      let head = String(String.UnicodeScalarView(text[j..<k]))
      if lexicon.relationWords.subparkCategories.contains(where: { head.hasSuffix($0) }) { return k }
    }
    return nil
  }

  /// Whether the name follows the 等 that closes a list (A、B等中科院院所3家): it names the
  /// members' category or owner, it is not one of them.
  func isCategory(_ text: [Unicode.Scalar], _ item: RelationMatcher.Item) -> Bool {
    item.range.lowerBound > 0 && text[item.range.lowerBound - 1] == "等"
  }

  /// Whether a count follows a name that closes no list (中国科学院3个重点实验室): the name owns
  /// what is counted; those, not it, are the members. After a list (A、B、C3个设施) the count sums it up.
  func isPossessor(_ text: [Unicode.Scalar], _ item: RelationMatcher.Item) -> Bool {
    if item.range.lowerBound > 0, lexicon.listJoiners.contains(text[item.range.lowerBound - 1]) { return false }
    // A的5家生态伙伴企业: the count may follow 的.
    let start = item.range.upperBound < text.count && text[item.range.upperBound] == "的" ? item.range.upperBound + 1 : item.range.upperBound
    return Self.countEnd(text, from: start, classifiers: lexicon.unitClassifiers) != nil
  }

  /// The end of a count at `start` — digits or numerals, then one of `classifiers` (3个, 两大,
  /// 5家) — or `nil` when no number or no such classifier is there.
  static func countEnd(_ text: [Unicode.Scalar], from start: Int, classifiers: Set<Unicode.Scalar>) -> Int? {
    var j = start
    while j < text.count, EntityMatcher.isDigit(text[j]) || EntityMatcher.isNumeral(text[j]) { j += 1 }
    guard j > start, j < text.count, classifiers.contains(text[j]) else { return nil }
    return j + 1
  }

  /// The names of `以A、B为龙头`: the list ending right before the lead word, if 以 opens it.
  private func leadGroup(_ text: [Unicode.Scalar], before position: Int, items: [RelationMatcher.Item]) -> [RelationMatcher.Item] {
    var group: [RelationMatcher.Item] = []
    var j = position
    while j > 0 {
      let c = text[j - 1]
      if "“”\"、和".unicodeScalars.contains(c) { j -= 1; continue }
      guard let prev = items.last(where: { $0.range.upperBound == j }), prev.kind != .park || group.isEmpty else { break }
      group.insert(prev, at: 0)
      j = prev.range.lowerBound
    }
    // 以X为龙头的…, or 建设X为龙头的… with 以 left out.
    return group.filter { $0.kind != .park }
  }

  /// The park a sentence speaks about: the article's park when the sentence names it, else
  /// its first named park that is not a member-like sub-park inside a list and not a
  /// partner after 与/同/跟.
  private func sentencePark(_ text: [Unicode.Scalar], named: [RelationMatcher.Item], subject: RelationMatcher.Item?) -> RelationMatcher.Item? {
    if let subject, let named = named.first(where: { $0.key == subject.key }) { return named }
    for item in named where item.kind == .park {
      let before = item.range.lowerBound > 0 ? text[item.range.lowerBound - 1] : " "
      if "与同跟、".unicodeScalars.contains(before) { continue }
      // 依托P优势, 借助P: a park drawn on for support is not where the members are.
      let lead = String(String.UnicodeScalarView(text[max(0, item.range.lowerBound - 2)..<item.range.lowerBound]))
      if lexicon.relationWords.supportWords.contains(lead) { continue }
      let after = item.range.upperBound < text.count ? text[item.range.upperBound] : " "
      if after == "、" || after == "等" { continue }
      return item
    }
    return nil
  }

  /// Whether a park's name ends with a sub-park head (产业园, 片区): it can be a member.
  private func isSubpark(_ text: [Unicode.Scalar], _ item: RelationMatcher.Item) -> Bool {
    let name = String(String.UnicodeScalarView(text[item.range]))
    return lexicon.subparkHeads.contains { name.hasSuffix($0) }
  }

  /// Whether `outer`'s key contains `inner`'s (a park is never a member of its own part).
  private func contains(_ outer: RelationMatcher.Item, _ inner: RelationMatcher.Item) -> Bool {
    outer.key != inner.key && outer.key.contains(inner.key)
  }

  /// Stated when the sentence names the park (金桥集聚了华为); context when the article supplies it.
  private func tie(_ member: RelationMatcher.Item, _ park: RelationMatcher.Item, text: [Unicode.Scalar]) -> RelationMatcher.Found {
    let named = !member.fromContext && !park.fromContext
    return RelationMatcher.Found(
      source: member.key, target: park.key, kind: .location, basis: named ? .stated : .context)
  }

  func clauseEnd(_ text: [Unicode.Scalar], after position: Int) -> Int {
    var i = position
    while i < text.count, !lexicon.clauseBreaks.contains(text[i]) { i += 1 }
    return i
  }
}
