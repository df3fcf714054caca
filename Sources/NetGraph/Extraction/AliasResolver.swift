/// Decides which forms name the same thing: declared short forms, brand forms, park forms.
///
/// Every mention gets a key `kind|normalised name`; mentions with one key are one entity.
/// Normalising drops quotes and bracketed notes, maps long park and department forms to short
/// ones (西安高新技术产业开发区 → 西安高新区, 科学技术厅 → 科技厅) and bare region forms (陕西省科技厅 → 陕西科技厅).
/// Short forms are learnt from the document: `X（以下简称“Y”）` and company brand forms
/// (甘肃东方钛业有限公司 → 东方钛业) become names that refer back to the full name.
struct AliasResolver: Sendable {
  let lexicon: Lexicon

  /// The merge key of a name of `kind`.
  /// - Complexity: O(*n*) in the name length.
  func key(_ name: String, kind: EntityKind) -> String {
    var scalars = Array(name.unicodeScalars).filter { !"“”\"‘’「」『』".unicodeScalars.contains($0) }
      // 技术交叉与转化中心 / 技术交叉和转化中心: the two conjunctions inside a name are one.
      .map { $0 == "与" ? "和" : $0 }
    if kind == .park { scalars = Self.parkBracketsKept(scalars) }
    // Drop bracketed notes: 杭州高新区(滨江) → 杭州高新区.
    var out: [Unicode.Scalar] = []
    var depth = 0
    for c in scalars {
      if c == "(" || c == "（" { depth += 1; continue }
      if c == ")" || c == "）" { depth = max(0, depth - 1); continue }
      if depth == 0 { out.append(c) }
    }
    if !out.isEmpty { scalars = out }
    scalars = replacingForms(lexicon.parkForms, in: scalars)
    if kind == .government { scalars = replacingForms(lexicon.governmentForms, in: scalars) }
    scalars = bareRegionPrefix(scalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return kind.rawValue + "|" + String(view)
  }

  /// In a park's name two brackets are the name, not notes: the province of 中国(安徽)自由贸易试验区
  /// (→ 安徽自由贸易试验区, the form news writes) and an area 片区 closing it (浙江自贸试验区(宁波片区) →
  /// 浙江自贸试验区宁波片区).
  static func parkBracketsKept(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var scalars = scalars
    let open: Set<Unicode.Scalar> = ["(", "（"]
    let close: Set<Unicode.Scalar> = [")", "）"]
    if scalars.count > 6, scalars[0] == "中", scalars[1] == "国", open.contains(scalars[2]),
      let end = scalars[3...].firstIndex(where: { close.contains($0) }), (5...7).contains(end), end + 1 < scalars.count
    {
      scalars = Array(scalars[3..<end]) + Array(scalars[(end + 1)...])
    }
    if scalars.count > 5, let last = scalars.last, close.contains(last), scalars[scalars.count - 3] == "片",
      scalars[scalars.count - 2] == "区", let start = scalars.lastIndex(where: { open.contains($0) }), start > 0
    {
      scalars = Array(scalars[..<start]) + Array(scalars[(start + 1)..<(scalars.count - 1)])
    }
    return scalars
  }

  /// The name with the first (longest) long form it holds replaced by its short form.
  private func replacingForms(_ forms: [(long: [Unicode.Scalar], short: [Unicode.Scalar])], in scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    for form in forms {
      if let r = Self.firstRange(of: form.long, in: scalars) {
        return Array(scalars[..<r.lowerBound]) + form.short + Array(scalars[r.upperBound...])
      }
    }
    return scalars
  }

  /// 陕西省科技厅 → 陕西科技厅, when the name starts with a region written with its suffix.
  private func bareRegionPrefix(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard scalars.count >= 4 else { return scalars }
    let ends: Set<Unicode.Scalar> = ["省", "市"]
    if lexicon.hasRegions {
      guard let m = lexicon.regions.longestMatch(startingAt: 0, in: scalars, upperBound: scalars.count),
        m.length >= 3, m.length < scalars.count - 1, ends.contains(scalars[m.length - 1])
      else { return scalars }
      return Array(scalars[..<(m.length - 1)]) + Array(scalars[m.length...])
    }
    // Without a region list, only 省 is unambiguous enough (福建省 → 福建).
    for length in [3, 4] where scalars.count > length + 1 && scalars[length - 1] == "省" {
      return Array(scalars[..<(length - 1)]) + Array(scalars[length...])
    }
    return scalars
  }

  /// For keys of one document: each key whose name is another key's name without its leading
  /// region (天府国际生物城 / 成都天府国际生物城), mapped to that fuller key.
  /// - Complexity: O(*k*·*m*) for *k* keys of at most *m* scalars.
  func regionlessForms(of keys: Set<String>) -> [String: String] {
    var map: [String: String] = [:]
    for key in keys.sorted() {
      guard let (kind, name) = Self.parts(of: key) else { continue }
      guard let region = lexicon.regions.longestMatch(startingAt: 0, in: name, upperBound: name.count),
        region.value.isStrong, name.count - region.length >= 3
      else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: name[region.length...])
      let short = kind + "|" + String(view)
      guard keys.contains(short) else { continue }
      if let existing = map[short], existing.unicodeScalars.count >= key.unicodeScalars.count { continue }
      map[short] = key
    }
    return map
  }

  /// For keys of one document: each key whose name is another key's name without a leading
  /// name of the same document — its owner (新经济产业园 / 合肥高新区新经济产业园, 中原研究院 /
  /// 浙江大学中原研究院) — mapped to that fuller key. A short form two owners share stays apart.
  /// - Complexity: O(*k*²·*m*) for *k* keys of at most *m* scalars.
  func ownerlessForms(of keys: Set<String>) -> [String: String] {
    let names = keys.sorted().compactMap(Self.parts(of:))
    var map: [String: String] = [:]
    var shared = Set<String>()
    for long in names {
      for owner in names where owner.name.count >= 2 && long.name.count - owner.name.count >= 4
        && long.name.starts(with: owner.name)
      {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: long.name[owner.name.count...])
        let short = long.kind + "|" + String(view)
        guard keys.contains(short) else { continue }
        let full = long.kind + "|" + String(String.UnicodeScalarView(long.name))
        if let existing = map[short], existing != full { shared.insert(short) }
        map[short] = full
      }
    }
    for short in shared { map[short] = nil }
    return map
  }

  /// For keys of one document: each key whose name is a longer key's name without a leading
  /// stretch that opens with a region (临港新片区 / 上海自贸试验区临港新片区, 集成电路设计产业园 /
  /// 无锡国家集成电路设计产业园), for parks, mapped to that fuller key. The short name holds at
  /// least four characters; a short form two fuller names share stays apart.
  /// - Complexity: O(*k*²·*m*) for *k* keys of at most *m* scalars.
  func prefixlessParkForms(of keys: Set<String>) -> [String: String] {
    let prefix = EntityKind.park.rawValue + "|"
    let names = keys.sorted().compactMap(Self.parts(of:)).filter { $0.kind == EntityKind.park.rawValue }.map(\.name)
    var map: [String: String] = [:]
    var shared = Set<String>()
    for short in names where short.count >= 4 {
      for long in names where long.count > short.count && long.suffix(short.count).elementsEqual(short) {
        let head = Array(long.prefix(long.count - short.count))
        guard let region = lexicon.regions.longestMatch(startingAt: 0, in: head, upperBound: head.count), region.value.isStrong
        else { continue }
        let shortKey = prefix + String(String.UnicodeScalarView(short))
        let full = prefix + String(String.UnicodeScalarView(long))
        if let existing = map[shortKey], existing != full {
          // The longer of two nested fuller names is still one thing (A / 省A / 省市A); two
          // unrelated owners are not.
          guard let e = Self.parts(of: existing)?.name else { continue }
          if e.suffix(long.count).elementsEqual(long) { continue }
          if !long.suffix(e.count).elementsEqual(e) { shared.insert(shortKey) }
        }
        map[shortKey] = full
      }
    }
    for short in shared { map[short] = nil }
    return map
  }

  /// For keys of one document: each company key whose name is another's without its closing
  /// legal form, when it ends in a legal form itself (常州投资集团 / 常州投资集团有限公司), mapped to
  /// the registered name.
  /// - Complexity: O(*k*·*f*·*m*) for *k* keys, *f* legal forms, names of at most *m* scalars.
  func legalFormlessForms(of keys: Set<String>) -> [String: String] {
    let prefix = EntityKind.enterprise.rawValue + "|"
    var map: [String: String] = [:]
    for key in keys.sorted() {
      guard let (kind, name) = Self.parts(of: key), kind == EntityKind.enterprise.rawValue else { continue }
      for form in lexicon.legalForms where name.count - form.count >= 4 && name.suffix(form.count).elementsEqual(form) {
        let short = Array(name.dropLast(form.count))
        guard lexicon.legalForms.contains(where: { short.count > $0.count + 1 && short.suffix($0.count).elementsEqual($0) }) else { continue }
        let shortKey = prefix + String(String.UnicodeScalarView(short))
        if keys.contains(shortKey), map[shortKey] == nil { map[shortKey] = key }
      }
    }
    return map
  }

  /// For keys of one document: every short form — without its region, its owner, a leading
  /// regioned stretch (parks) or a second legal form (companies) — mapped to the fullest key it
  /// names, chains followed (新经济产业园 → 天府新区新经济产业园 → 成都天府新区新经济产业园).
  /// Where two rules map one form, the earlier rule in that order wins.
  func fullerForms(of keys: Set<String>) -> [String: String] {
    let direct = regionlessForms(of: keys)
      .merging(ownerlessForms(of: keys)) { earlier, _ in earlier }
      .merging(prefixlessParkForms(of: keys)) { earlier, _ in earlier }
      .merging(legalFormlessForms(of: keys)) { earlier, _ in earlier }
    var map: [String: String] = [:]
    for (short, target) in direct {
      var full = target
      var seen: Set<String> = [short]
      while let next = direct[full], seen.insert(full).inserted { full = next }
      map[short] = full
    }
    return map
  }

  /// A key's kind and name scalars (`park|合肥高新区` → (park, 合肥高新区)); `nil` without a kind.
  private static func parts(of key: String) -> (kind: Substring, name: [Unicode.Scalar])? {
    guard let bar = key.firstIndex(of: "|") else { return nil }
    return (key[..<bar], Array(key[key.index(after: bar)...].unicodeScalars))
  }

  // MARK: - Learning short forms

  /// Declared short forms in `text`: `X（以下简称“Y”）`, `X(简称Y)`, `X，简称“Y”`.
  /// - Returns: (alias, index of the span it names) pairs.
  func declaredAliases(in text: [Unicode.Scalar], spans: [EntitySpan]) -> [(alias: String, span: Int)] {
    var found: [(String, Int)] = []
    for (index, span) in spans.enumerated() where !span.isNested {
      var i = span.range.upperBound
      guard i < text.count else { continue }
      let opened = text[i] == "（" || text[i] == "(" || text[i] == "，" || text[i] == ","
      guard opened else { continue }
      i += 1
      if i + 2 <= text.count, text[i] == "以", text[i + 1] == "下" { i += 2 }
      guard let marker = lexicon.aliasMarkers.longestMatch(startingAt: i, in: text, upperBound: text.count) else { continue }
      i += marker.length
      if i < text.count, text[i] == "：" || text[i] == ":" || text[i] == "为" { i += 1 }
      var quoted = false
      if i < text.count, lexicon.openingQuotes.contains(text[i]) { quoted = true; i += 1 }
      let start = i
      while i < text.count, i - start < 16, EntityMatcher.isNameScalar(text[i]) || EntityMatcher.isDigit(text[i]) { i += 1 }
      guard i - start >= 2 else { continue }
      if quoted { guard i < text.count, lexicon.closingQuotes.contains(text[i]) else { continue } }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: text[start..<i])
      found.append((String(view), index))
    }
    return found
  }

  /// The brand form of a company name, as a core plus the industry words that may follow it:
  /// 湖南惠同新材料股份有限公司 → core 惠同, extension 新材料. `nil` when too short to be safe.
  func brandForm(of name: [Unicode.Scalar]) -> (core: [Unicode.Scalar], extension: [Unicode.Scalar])? {
    var rest = name[...]
    // Strip legal forms (repeatedly: 集团 + 有限公司).
    var stripped = true
    var strippedAny = false
    while stripped {
      stripped = false
      for form in lexicon.legalForms where rest.count > form.count && rest.suffix(form.count).elementsEqual(form) {
        rest = rest.dropLast(form.count)
        stripped = true
        strippedAny = true
        break
      }
    }
    guard strippedAny else { return nil }
    // Strip leading regions (中国 / 湖南 / 重庆市…) and bracketed regions.
    var moved = true
    var rounds = 0
    while moved && rounds < 3 {
      moved = false
      rounds += 1
      let array = Array(rest)
      if let m = lexicon.regions.longestMatch(startingAt: 0, in: array, upperBound: array.count),
        m.value == .province || m.value == .prefecture, array.count - m.length >= 2
      {
        rest = rest.dropFirst(m.length)
        moved = true
      } else if array.count >= 4, let first = array.first, first == "(" || first == "（",
        let close = array.firstIndex(where: { $0 == ")" || $0 == "）" }), close <= 5
      {
        rest = rest.dropFirst(close + 1)
        moved = true
      }
    }
    if !lexicon.hasRegions, rest.count >= 5, rest.prefix(2).allSatisfy({ EntityMatcher.isHan($0) }) {
      // No region list: take the first two characters for a province or city (甘肃东方钛业).
      rest = rest.dropFirst(2)
    }
    // Trailing industry words form the extension.
    var core = Array(rest)
    var ext: [Unicode.Scalar] = []
    var more = true
    while more {
      more = false
      for word in lexicon.industryWords where core.count - word.count >= 2 && core.suffix(word.count).elementsEqual(word) {
        ext = word + ext
        core.removeLast(word.count)
        more = true
        break
      }
    }
    guard core.count >= 2, core.allSatisfy({ EntityMatcher.isNameScalar($0) }) else { return nil }
    return (core, ext)
  }

  static func firstRange(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Range<Int>? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
      if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
    }
    return nil
  }
}
