/// Finds typed relations inside one sentence from trigger words (`relations.jsonl`).
///
/// Entities next to each other joined by 、/和/与/及 form a coordinated group; a trigger links
/// the nearest group on its left with the nearest on its right within its clause, so
/// `X与A、B、C等…合作` gives three cooperation ties. Passive markers (由, 被, 受, 获) swap the
/// roles, `G下属H` inside a list stands for H, and the article's subject park stands in for
/// 该区/园区 and for a missing subject. Two names that merely co-occur are never linked.
struct RelationMatcher: Sendable {
  /// An entity occurrence as the relation matcher sees it.
  struct Item: Sendable {
    var range: Range<Int>
    var key: String
    var kind: EntityKind
  }

  /// A relation found in a sentence, between entity keys.
  struct Found: Sendable, Hashable {
    var source: String
    var target: String
    var kind: RelationKind
  }

  let lexicon: Lexicon
  /// Longest gap (scalars) between a group and its trigger.
  var maxGap = 30

  static let clauseBreaks: Set<Unicode.Scalar> = ["，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?"]
  static let listLinks: Set<String> = ["、", "和", "与", "及", "以及", "同", "跟", "、和", "，与", "或"]
  static let withLinks: Set<String> = ["与", "同", "跟", "和", "及", "以及"]
  static let passiveMarkers: [String] = ["由", "被", "受", "获", "获得", "得到", "经"]

  /// Relations in `text`.
  /// - Parameters:
  ///   - items: top-level entity spans, in text order.
  ///   - subject: key of the article's subject park, if any (stands for 该区, 园区 and missing subjects).
  /// - Complexity: O(*n·k* + *t·m*) for *n* scalars, *t* triggers and *m* items.
  func relations(in text: [Unicode.Scalar], items spans: [Item], subject: (key: String, kind: EntityKind)?) -> [Found] {
    var items = spans
    // Anaphora for the subject park.
    if let subject {
      var i = 0
      while i < text.count {
        if let m = lexicon.anaphora.longestMatch(startingAt: i, in: text, upperBound: text.count),
          !items.contains(where: { $0.range.overlaps(i..<(i + m.length)) })
        {
          items.append(Item(range: i..<(i + m.length), key: subject.key, kind: subject.kind))
          i += m.length
          continue
        }
        i += 1
      }
      items.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    guard !items.isEmpty else { return [] }
    // Triggers outside entity names.
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
    guard !triggers.isEmpty else { return [] }
    var found: [Found] = []
    let groups = makeGroups(text, items: items, triggers: triggers, found: &found)
    for trigger in triggers {
      for pattern in trigger.patterns {
        found += apply(pattern, at: trigger.range, groups: groups, text: text, subject: subject)
      }
    }
    var seen = Set<Found>()
    return found.filter { $0.source != $0.target && seen.insert($0).inserted }
  }

  // MARK: - Groups

  /// Coordinated entities: members, and where a with-link (与/和) splits subject from partners.
  struct Group {
    var members: [Item]
    /// Index in `members` of the first partner after 与/同/跟; nil when none.
    var partnersStart: Int?
    var range: Range<Int>
  }

  private func makeGroups(
    _ text: [Unicode.Scalar], items: [Item], triggers: [(range: Range<Int>, patterns: [TriggerPattern])],
    found: inout [Found]
  ) -> [Group] {
    var groups: [Group] = []
    for item in items {
      if var last = groups.last {
        let gap = text[last.range.upperBound..<max(last.range.upperBound, item.range.lowerBound)]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: gap)
        var link = String(view)
        if link.hasPrefix("等") { link.removeFirst() }  // A等、B
        let isAffiliation = triggers.contains { t in
          t.range.lowerBound >= last.range.upperBound && t.range.upperBound <= item.range.lowerBound
            && t.patterns.contains { $0.kind == .affiliation }
        } && gap.count <= 3
        if item.range.lowerBound <= last.range.upperBound || Self.listLinks.contains(link) || link.isEmpty {
          if Self.withLinks.contains(link), last.partnersStart == nil { last.partnersStart = last.members.count }
          last.members.append(item)
          last.range = last.range.lowerBound..<max(last.range.upperBound, item.range.upperBound)
          groups[groups.count - 1] = last
          continue
        }
        if isAffiliation {
          // G下属H inside a list: H stands in the list for the pair.
          found.append(Found(source: last.members[last.members.count - 1].key, target: item.key, kind: .affiliation))
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
    while i > 0, !Self.clauseBreaks.contains(text[i - 1]) { i -= 1 }
    return i
  }

  private func clauseEnd(_ text: [Unicode.Scalar], after position: Int) -> Int {
    var i = position
    while i < text.count, !Self.clauseBreaks.contains(text[i]) { i += 1 }
    return i
  }

  private func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text[range])
    return String(view)
  }

  private func apply(
    _ pattern: TriggerPattern, at trigger: Range<Int>, groups: [Group], text: [Unicode.Scalar],
    subject: (key: String, kind: EntityKind)?
  ) -> [Found] {
    let clauseLow = clauseStart(text, before: trigger.lowerBound)
    let clauseHigh = clauseEnd(text, after: trigger.upperBound)
    let leftIndex = groups.lastIndex {
      $0.range.upperBound <= trigger.lowerBound && $0.range.lowerBound >= clauseLow
        && trigger.lowerBound - $0.range.upperBound <= maxGap
    }
    let rightIndex = groups.firstIndex {
      $0.range.lowerBound >= trigger.upperBound && $0.range.upperBound <= clauseHigh
        && $0.range.lowerBound - trigger.upperBound <= maxGap
    }
    // The sentence's own subject: a group at the very start of the sentence.
    let sentenceSubject: Group? = groups.first.flatMap { g in
      g.range.upperBound <= trigger.lowerBound && g.range.lowerBound <= 6 ? g : nil
    }

    var left = leftIndex.map { groups[$0] }
    let right = rightIndex.map { groups[$0] }

    if pattern.kind == .cooperation {
      if let l = left {
        if let p = l.partnersStart, p > 0 {
          return pairs(Array(l.members[..<p]), Array(l.members[p...]), .cooperation)
        }
        // 与A合作 with the subject left out.
        let before = string(text, clauseLow..<l.range.lowerBound)
        if before.hasSuffix("与") || before.hasSuffix("同") || before.hasSuffix("跟") || before.hasSuffix("和") {
          if let s = sentenceSubject, s.range.upperBound <= clauseLow {
            return pairs(s.members, l.members, .cooperation)
          }
          return []
        }
        if let r = right { return pairs(l.members, r.members, .cooperation) }
        if l.members.count >= 2 && l.members.count <= 4 {
          var found: [Found] = []
          for a in 0..<l.members.count {
            for b in (a + 1)..<l.members.count {
              found += pairs([l.members[a]], [l.members[b]], .cooperation)
            }
          }
          return found
        }
        return []
      }
      if let r = right {
        if let s = sentenceSubject { return pairs(s.members, r.members, .cooperation) }
      }
      return []
    }

    // Directed kinds.
    var sources: [Item] = []
    var targets: [Item] = []
    if let l = left, let marker = passiveMarker(text, before: l.range.lowerBound, clauseLow: clauseLow) {
      // B由A设立: A is the source, B (before the marker) the target.
      let passiveTarget = groups.last { $0.range.upperBound <= marker && $0.range.lowerBound >= clauseStart(text, before: marker) }
        ?? sentenceSubject.flatMap { $0.range.upperBound <= marker ? $0 : nil }
      guard let t = passiveTarget else { return [] }
      sources = l.members
      targets = t.members
      if pattern.order == .targetFirst { swap(&sources, &targets) }
    } else {
      if left == nil {
        // A subject left out of this clause: the sentence's own subject, if it named one.
        if let s = sentenceSubject { left = s }
      }
      guard let l = left, let r = right else { return [] }
      sources = l.members
      targets = r.members
      if pattern.order == .targetFirst { swap(&sources, &targets) }
    }
    switch pattern.kind {
    case .location:
      // Member → park; the park side must be a park.
      if !targets.allSatisfy({ $0.kind == .park }) {
        if sources.allSatisfy({ $0.kind == .park }) { swap(&sources, &targets) } else { return [] }
      }
      sources = sources.filter { $0.kind != .park || targets.count == 0 }
    case .incubation:
      targets = targets.filter { $0.kind == .enterprise || $0.kind == .platform }
    default:
      break
    }
    return pairs(sources, targets, pattern.kind)
  }

  /// Position of a passive marker right before `position` (within the clause), if any.
  private func passiveMarker(_ text: [Unicode.Scalar], before position: Int, clauseLow: Int) -> Int? {
    let before = string(text, max(clauseLow, position - 2)..<position)
    for marker in Self.passiveMarkers where before.hasSuffix(marker) {
      return position - marker.unicodeScalars.count
    }
    return nil
  }

  private func pairs(_ sources: [Item], _ targets: [Item], _ kind: RelationKind) -> [Found] {
    var found: [Found] = []
    for s in sources {
      for t in targets where s.key != t.key {
        found.append(Found(source: s.key, target: t.key, kind: kind))
      }
    }
    return found
  }
}
