/// Finds organisation names in a text by suffix and head-word patterns plus known names.
///
/// For every position where a suffix of `suffixes.tsv` ends (the longest one wins), the name's
/// left boundary is found by scanning back over name characters; the scan steps over known
/// names and regions whole and stops at punctuation, numbers, and stop words (与, 在, 入驻…).
/// Bodies made only of determiners or generic modifiers (该区, 多所高校, 国家重点实验室) are
/// rejected. Overlaps keep the longest match, leftmost on ties (spaCy `EntityRuler`); a
/// shorter name of another kind inside a longer one is kept as a nested mention.
struct EntityMatcher: Sendable {
  let lexicon: Lexicon
  /// Longest name body (scalars before the suffix) searched.
  var maxBody = 28

  init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// Names in `text`, in text order; nested names follow their container.
  /// - Parameter dynamic: names learnt from the current document (aliases, brand forms).
  /// - Complexity: O(*n·k*) for text length *n* and longest lexicon word *k*, plus the left
  ///   scans, each at most `maxBody` steps.
  func match(_ text: [Unicode.Scalar], dynamic: ScalarTrie<DynamicName>? = nil) -> [EntitySpan] {
    var candidates: [EntitySpan] = []
    let n = text.count
    var i = 0
    while i < n {
      // Known names (lexicon, then the document's own forms).
      if let m = lexicon.known.longestMatch(startingAt: i, in: text, upperBound: n),
        knownBoundaryOK(text, start: i, end: i + m.length)
      {
        candidates.append(EntitySpan(range: i..<(i + m.length), kind: m.value.kind, referent: m.value.fullName, fromLexicon: true))
        // 香港科技大学(广州): a campus city in brackets names the university's own campus.
        if m.value.kind == .university || m.value.kind == .institute, let closed = regionBracketAfter(text, at: i + m.length) {
          candidates.append(EntitySpan(range: i..<closed, kind: m.value.kind, fromLexicon: true))
        }
        // 国家科技部: 国家 before a known ministry is part of its name.
        if m.value.kind == .government, let start = nationalPrefixStart(text, before: i) {
          candidates.append(EntitySpan(range: start..<(i + m.length), kind: .government, referent: m.value.fullName, fromLexicon: true))
        }
        // 中科院西光所: a known institute plus an abbreviation of two to four characters and 所
        // is one of its institutes.
        if m.value.kind == .institute, let end = instituteAbbreviationEnd(text, after: i + m.length) {
          candidates.append(EntitySpan(range: i..<end, kind: .institute))
        }
        // 格力电器, 腾讯音乐: a known brand followed by an industry word is its own company.
        if m.value.kind == .enterprise, let word = industryWord(text, at: i + m.length) {
          candidates.append(EntitySpan(range: i..<(i + m.length + word), kind: .enterprise, fromLexicon: true))
        }
      }
      // 全志科技, 闻泰、天岳等: a listed company's short name or brand stem between word boundaries.
      if let m = lexicon.brandStems.longestMatch(startingAt: i, in: text, upperBound: n), wordBoundary(text, at: i),
        wordEnds(text, at: i + m.length), !wordRunsOut(text, of: i..<(i + m.length))
      {
        let referent = m.length == m.value.unicodeScalars.count ? nil : m.value
        candidates.append(EntitySpan(range: i..<(i + m.length), kind: .enterprise, referent: referent, fromLexicon: true))
      }
      if let dynamic, let m = dynamic.longestMatch(startingAt: i, in: text, upperBound: n) {
        var end = i + m.length
        var e = 0
        while e < m.value.continuation.count, end < n, text[end] == m.value.continuation[e] {
          end += 1
          e += 1
        }
        if e == 1 { end -= 1 }  // half an industry word is not a form (惠同新 → 惠同)
        // 睿光公司, 鲁岳动力集团: a company's brand form with the bare word 公司 or 集团 is the company.
        if m.value.kind == .enterprise, end + 2 <= n,
          (text[end] == "公" && text[end + 1] == "司") || (text[end] == "集" && text[end + 1] == "团")
        {
          end += 2
        }
        if end - i >= m.value.minimumLength {
          candidates.append(EntitySpan(range: i..<end, kind: m.value.kind, referent: m.value.fullName, fromLexicon: true))
        }
      }
      i += 1
    }
    // Suffix matches, by end position.
    var end = 1
    while end <= n {
      if Self.isNameScalar(text[end - 1]) || text[end - 1] == "）" || text[end - 1] == ")" {
        // The longest suffix first; a shorter one when a region-bound head gives no name
        // (乡|党委 fails, 乡党|委 holds).
        for m in lexicon.suffixes.matches(endingAt: end, in: text, lowerBound: 0).reversed() {
          if let span = suffixCandidate(text, suffixStart: end - m.length, end: end, suffix: m.value) {
            candidates.append(span)
            break
          }
          // Only a region-bound head (党委, 县委) falls back to a shorter one; a generic body
          // (国家级|高新区, 政府|引导基金) stays rejected.
          if !m.value.needsRegion { break }
        }
      }
      end += 1
    }
    candidates += listCandidates(text)
    candidates += roleCandidates(text)
    candidates += projectCandidates(text)
    candidates += brandCandidates(text)
    candidates += cityParkInsideParkCandidates(text, candidates)
    // 华为ICT学院, 甬光工匠学院: a 学院 named after a known or learnt company is the company's
    // training programme (a platform), not a university.
    let xue: [Unicode.Scalar] = ["学", "院"]
    let da: [Unicode.Scalar] = ["大", "学"]
    for index in candidates.indices where candidates[index].kind == .university {
      let range = candidates[index].range
      guard range.count >= 4, text[range].suffix(2).elementsEqual(xue),
        AliasResolver.firstRange(of: da, in: Array(text[range])) == nil,
        candidates.contains(where: {
          $0.kind == .enterprise && $0.fromLexicon && $0.range.lowerBound == range.lowerBound
            && $0.range.upperBound < range.upperBound - 2
        })
      else { continue }
      candidates[index].kind = .platform
    }
    candidates.removeAll { !$0.fromLexicon && isDesignation(text, $0.range) }
    dropBareHeadAfterKnownPark(text, &candidates)
    return resolve(candidates, in: text)
  }

  /// The start of 国家 right before `position` when nothing name-like is glued to its left.
  private func nationalPrefixStart(_ text: [Unicode.Scalar], before position: Int) -> Int? {
    guard position >= 2, text[position - 2] == "国", text[position - 1] == "家",
      position == 2 || !Self.isNameScalar(text[position - 3])
        || lexicon.stopWords.longestMatch(endingAt: position - 2, in: text, lowerBound: 0) != nil
    else { return nil }
    return position - 2
  }

  /// Whether a phrase names a designation rather than an actor: a title (获评“X创建单位”,
  /// X、Y等19项国家级称号), a batch (国家第三批X) or a counted category (院士工作站3个，).
  private func isDesignation(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    let n = text.count
    var e = range.upperBound
    while e < n, lexicon.closingQuotes.contains(text[e]) { e += 1 }
    if lexicon.designationWords.longestMatch(startingAt: e, in: text, upperBound: n) != nil { return true }
    // The last item of a list of titles: …等19项国家级称号.
    if e < n, text[e] == "等" {
      var q = e + 1
      while q < n, q - e <= 10, Self.isNameScalar(text[q]) || Self.isNumeral(text[q]) {
        if lexicon.designationWords.longestMatch(startingAt: q, in: text, upperBound: n) != nil { return true }
        q += 1
      }
    }
    // A number and a classifier closing the clause count the phrase.
    var d = range.upperBound
    while d < n, Self.isDigit(text[d]) { d += 1 }
    if d > range.upperBound, d < n, lexicon.classifiers.contains(text[d]),
      d + 1 == n || !(Self.isNameScalar(text[d + 1]) || Self.isDigit(text[d + 1]))
    {
      return true
    }
    // 第三批|X.
    var b = range.lowerBound
    guard b >= 3, lexicon.batchClose.contains(text[b - 1]) else { return false }
    b -= 1
    while b > 0, Self.isNumeral(text[b - 1]) { b -= 1 }
    return b < range.lowerBound - 1 && b > 0 && lexicon.batchOpen.contains(text[b - 1])
  }

  /// The end of an institute abbreviation right at `position`: two to four Han characters and
  /// 所 closing the word (西光|所、, 地质地球|所与), none of them opening a common word that
  /// runs past 所 (院所, 所属); `nil` otherwise.
  private func instituteAbbreviationEnd(_ text: [Unicode.Scalar], after position: Int) -> Int? {
    let n = text.count
    for length in 2...4 where position + length < n && text[position + length] == "所" {
      let end = position + length + 1
      guard text[position..<(end - 1)].allSatisfy(Self.isHan), !text[position..<(end - 1)].contains("所"),
        !lexicon.brandNotFirst.contains(text[position]),
        !(position..<end).contains(where: { q in
          (lexicon.commonWords.longestMatch(startingAt: q, in: text, upperBound: n)?.length).map { q + $0 > end - 1 } ?? false
        }),
        end == n || !Self.isNameScalar(text[end]) || lexicon.strayEnders.contains(text[end])
          || lexicon.wordEnders.contains(text[end])
      else { continue }
      return end
    }
    return nil
  }

  /// Bare company names before a job title: `芯鸿数智总经理黄琪`.
  private func roleCandidates(_ text: [Unicode.Scalar]) -> [EntitySpan] {
    var found: [EntitySpan] = []
    var p = 2
    while p < text.count {
      guard let role = lexicon.roleHeads.longestMatch(startingAt: p, in: text, upperBound: text.count) else {
        p += 1
        continue
      }
      defer { p += role.length }
      // A name with a suffix (…公司, …集团) or a known name is found elsewhere.
      if lexicon.suffixes.longestMatch(endingAt: p, in: text, lowerBound: 0) != nil { continue }
      if lexicon.knownBackward.longestMatch(endingAt: p, in: text, lowerBound: 0) != nil { continue }
      guard let start = leftBoundary(text, suffixStart: p, kind: role.value), (2...8).contains(p - start),
        !isGeneric(text, start..<p),
        lexicon.nonEntityPrefixes.longestMatch(startingAt: start, in: text, upperBound: p) == nil,
        lexicon.regions.longestMatch(startingAt: start, in: text, upperBound: p)?.length != p - start,
        text[start..<p].allSatisfy({ Self.isNameScalar($0) })
      else { continue }
      // 以新能源汽车为龙头: an industry spelt by frequent words is no company.
      if segmentsIntoFrequentWords(text, start..<p) { continue }
      // 常州投资集团有限公司|陈利民|总裁: after a company's name comes a person's.
      if start > 0, lexicon.suffixes.longestMatch(endingAt: start, in: text, lowerBound: 0)?.value.kind == .enterprise
        || lexicon.knownBackward.longestMatch(endingAt: start, in: text, lowerBound: 0) != nil
      {
        continue
      }
      found.append(EntitySpan(range: start..<p, kind: role.value, fromList: true))
    }
    return found
  }

  /// The company heading an investment project: `总投资5亿元的中德博佩发动机零部件项目`,
  /// `总投资2000万美元的英国BP原油混调贸易项目` — after an amount's 元的 and an optional
  /// country, a Latin name or two to six Han characters up to the first dictionary word or
  /// industry word, when a weak list head (项目) closes the phrase.
  private func projectCandidates(_ text: [Unicode.Scalar]) -> [EntitySpan] {
    var found: [EntitySpan] = []
    let n = text.count
    for p in 1..<max(1, n - 4) where text[p] == "的" && text[p - 1] == "元" {
      let b = afterCountry(text, at: p + 1, upperBound: n)
      guard var brand = projectBrand(text, startingAt: b, upperBound: n) else { continue }
      // 韩国美科电子|半导体设备…项目: a two-character industry word right after the brand is the
      // company's (short names are brand + industry word: 美科电子); a longer one starts the product.
      if let head = lexicon.brandHeads.longestMatch(startingAt: brand.upperBound, in: text, upperBound: n),
        head.length == 2, brand.upperBound + head.length < n, Self.isHan(text[brand.upperBound + head.length])
      {
        brand = brand.lowerBound..<(brand.upperBound + head.length)
      }
      // A weak list head (项目) closes the phrase within a short stretch of name characters.
      var q = brand.upperBound
      var closed = false
      while q < n, q - brand.upperBound <= 16, Self.isNameScalar(text[q]) || Self.isDigit(text[q]) {
        if lexicon.listHeads.longestMatch(startingAt: q, in: text, upperBound: n)?.value.weak == true {
          closed = true
          break
        }
        q += 1
      }
      if closed { found.append(EntitySpan(range: brand, kind: .enterprise, fromList: true)) }
    }
    // 总部项目,包括A全球采购中心、B华南区域总部项目…: the items of a project list open with
    // the companies that run them. The list follows 项目 or its items end in 项目 or 总部.
    var p = 4
    while p + 2 < n {
      defer { p += 1 }
      guard text[p] == "包", text[p + 1] == "括" else { continue }
      var start = p + 2
      if start < n, text[start] == ":" || text[start] == "：" { start += 1 }
      var items: [Range<Int>] = []
      while start < n, items.count < 16 {
        var end = start
        // 甲—乙氢燃料电池: a dash joins two partners inside one item.
        while end < n, Self.isNameScalar(text[end]) || Self.isDigit(text[end]) || (end > start && lexicon.dashes.contains(text[end])) {
          end += 1
        }
        items.append(start..<end)
        guard end < n, text[end] == "、" else { break }
        start = end + 1
      }
      let afterProject = (max(0, p - 6)..<(p - 1)).contains { text[$0] == "项" && text[$0 + 1] == "目" }
      let projectItems = items.filter { item in
        item.count > 2 && (text[item].suffix(2).elementsEqual(["项", "目"]) || text[item].suffix(2).elementsEqual(["总", "部"]))
      }
      guard afterProject || projectItems.count >= 2 else { continue }
      for item in items where item.count > 4 {
        // 德国某某|氢燃料电池: a country before the brand is no part of it.
        let b = afterCountry(text, at: item.lowerBound, upperBound: item.upperBound)
        if let brand = projectBrand(text, startingAt: b, upperBound: item.upperBound, takesIndustryWord: true) {
          found.append(EntitySpan(range: brand, kind: .enterprise, fromList: true))
        }
      }
    }
    return found
  }

  /// The position after a country's name written at `position` (美国, 德国), else `position`.
  private func afterCountry(_ text: [Unicode.Scalar], at position: Int, upperBound n: Int) -> Int {
    guard let c = lexicon.regions.longestMatch(startingAt: position, in: text, upperBound: n),
      lexicon.countries.contains(String(String.UnicodeScalarView(text[position..<(position + c.length)])))
    else { return position }
    return position + c.length
  }

  /// The company opening a project phrase (中德博佩|高端装备项目, 三星半导体|12英寸…扩产): a
  /// foreign country, a Latin name, or two to six Han characters up to the first dictionary word,
  /// with an industry word right after it (科技, 电子) taken in when asked; `nil` when ordinary words,
  /// regions, or a known name (found as itself) start the phrase, or nothing follows the brand.
  private func projectBrand(_ text: [Unicode.Scalar], startingAt b: Int, upperBound n: Int, takesIndustryWord: Bool = false)
    -> Range<Int>?
  {
    // 年产250万吨|锂电池: a measure after a number opens no name.
    guard b < n, b == 0 || !(Self.isDigit(text[b - 1]) || Self.isNumeral(text[b - 1])) else { return nil }
    var e = b
    if Self.isLatin(text[b]) {
      while e < n, Self.isLatin(text[e]) || Self.isDigit(text[e]) { e += 1 }
    } else {
      while e < n, Self.isHan(text[e]), e - b < 6 {
        if e - b >= 2, lexicon.commonWords.longestMatch(startingAt: e, in: text, upperBound: n) != nil
          || lexicon.brandHeads.longestMatch(startingAt: e, in: text, upperBound: n) != nil
        {
          break
        }
        // 奕斯伟|硅产业基地: a material noun before a word is the product, not the brand.
        if e - b >= 2, lexicon.brandMaterials.contains(text[e]), e + 1 < n,
          lexicon.commonWords.longestMatch(startingAt: e + 1, in: text, upperBound: n) != nil
            || lexicon.brandHeads.longestMatch(startingAt: e + 1, in: text, upperBound: n) != nil
        {
          break
        }
        e += 1
      }
      guard e - b >= 2, e < n, !lexicon.brandNotFirst.contains(text[b]), !Self.isNumeral(text[b]),
        lexicon.commonWords.longestMatch(startingAt: b, in: text, upperBound: e)?.value.isProper ?? true,
        lexicon.genericWords.longestMatch(startingAt: b, in: text, upperBound: e) == nil,
        // In a list item only a brand that frequent words spell out, or one dictionary word
        // (阳光|电动动力), is refused (云学堂 holds).
        // (A whole dictionary word holds when an industry word follows it: 某建|国际.)
        takesIndustryWord
          ? !segmentsIntoFrequentWords(text, b..<e)
            && (lexicon.commonWords.longestMatch(startingAt: b, in: text, upperBound: e)?.length != e - b
              || lexicon.brandHeads.longestMatch(startingAt: e, in: text, upperBound: n) != nil)
          : !(b..<e).contains(where: { lexicon.commonWords.longestMatch(startingAt: $0, in: text, upperBound: e)?.value.isFrequent == true }),
        lexicon.regions.longestMatch(startingAt: b, in: text, upperBound: e) == nil,
        lexicon.known.longestMatch(startingAt: b, in: text, upperBound: n) == nil
      else { return nil }
      if takesIndustryWord, let head = lexicon.brandHeads.longestMatch(startingAt: e, in: text, upperBound: n), e + head.length < n {
        e += head.length
      }
    }
    guard e - b >= 2, e < n else { return nil }
    return b..<e
  }

  /// Bare names typed by the list they stand in: `诺瓦星云、爱科赛博、陕西华达等20家企业`,
  /// `华为、中兴两家企业`. Items between enumeration commas are taken whole; the first is cut
  /// at its left word boundary and a last `X和Y` is split.
  private func listCandidates(_ text: [Unicode.Scalar]) -> [EntitySpan] {
    var found: [EntitySpan] = []
    var p = 1
    while p < text.count {
      guard let marker = listMarker(text, at: p) else {
        p += 1
        continue
      }
      var items: [Range<Int>] = []
      var end = p
      var enumerated = false
      while items.count < 12 {
        // The segment back to the previous 、 (at most ten name characters).
        var c = end - 1
        // Project items (三星半导体12英寸闪存芯片扩产) run longer than names.
        let reach = marker.head.weak ? 21 : 11
        while c >= 0, end - c <= reach, Self.isNameScalar(text[c]) || Self.isDigit(text[c]) { c -= 1 }
        if c >= 0, end - c <= reach, text[c] == "、", end - c >= 3 {
          let segment = (c + 1)..<end
          if items.isEmpty, let j = conjunctionSplit(text, segment) {
            items.append((j + 1)..<end)
            items.append((c + 1)..<j)
          } else {
            items.append(segment)
          }
          enumerated = true
          end = c
          continue
        }
        // The first item: its left edge is a word boundary.
        // A start right after 等 cuts a word (青岛光电等|离子体所).
        guard let start = firstItemStart(text, end: end, kind: marker.head.kind), end - start >= 2,
          start == 0 || text[start - 1] != "等"
        else { break }
        if let j = items.isEmpty ? conjunctionSplit(text, start..<end) : nil {
          items.append((j + 1)..<end)
          items.append(start..<j)
          enumerated = true
        } else {
          items.append(start..<end)
        }
        // 华为和中兴等: a 和/及 before the first item joins one more.
        guard start >= 3, text[start - 1] == "和" || text[start - 1] == "及",
          !conjunctionInWord(text, at: start - 1)
        else { break }
        end = start - 1
        enumerated = true
      }
      if marker.counted && !enumerated {
        p += 1
        continue
      }
      for item in items {
        if listItemIsName(text, item, head: marker.head) {
          found.append(EntitySpan(range: item, kind: marker.head.kind, fromList: true))
        } else if marker.head.weak, item.count > 4, item.lowerBound > 0, text[item.lowerBound - 1] == "、",
          let brand = projectBrand(text, startingAt: item.lowerBound, upperBound: item.upperBound, takesIndustryWord: true)
        {
          found.append(EntitySpan(range: brand, kind: .enterprise, fromList: true))
        } else if marker.head.weak, let brand = regionLedProjectBrand(text, item) {
          found.append(EntitySpan(range: brand, kind: .enterprise, fromList: true))
        }
      }
      p += 1
    }
    return found
  }

  /// A project list's item opened by a region, which stays in the company's name: the region
  /// plus a brand before the product (宁波某某|高端制造总部), or plus two to four characters no
  /// ordinary word covers that end the item (黑龙江某某之众等6个…项目); else `nil`.
  private func regionLedProjectBrand(_ text: [Unicode.Scalar], _ item: Range<Int>) -> Range<Int>? {
    guard let region = lexicon.regions.longestMatch(startingAt: item.lowerBound, in: text, upperBound: item.upperBound),
      region.value.isStrong, region.length >= 2
    else { return nil }
    let b = item.lowerBound + region.length
    if let brand = projectBrand(text, startingAt: b, upperBound: item.upperBound, takesIndustryWord: true) {
      return item.lowerBound..<brand.upperBound
    }
    guard (2...4).contains(item.upperBound - b), text[b..<item.upperBound].allSatisfy(Self.isHan),
      !lexicon.brandNotFirst.contains(text[b]), !coversCommonWord(text, b..<item.upperBound),
      lexicon.regions.longestMatch(startingAt: b, in: text, upperBound: item.upperBound) == nil,
      lexicon.known.longestMatch(startingAt: b, in: text, upperBound: item.upperBound) == nil
    else { return nil }
    return item
  }

  /// The left edge of a list's first item ending at `end`; an industry word that is also a
  /// verb (维某|铸造等企业) ends the item, so the scan starts before it.
  private func firstItemStart(_ text: [Unicode.Scalar], end: Int, kind: EntityKind) -> Int? {
    let start = leftBoundary(text, suffixStart: end, kind: kind)
    if let start, end - start >= 2 { return start }
    for length in 2...3 where end - length >= 2 {
      guard lexicon.brandHeads.longestMatch(startingAt: end - length, in: text, upperBound: end)?.length == length,
        let before = leftBoundary(text, suffixStart: end - length, kind: kind), end - length - before >= 2
      else { continue }
      return before
    }
    return start
  }

  /// What a list ending at `position` names: `等（20家）企业` or a counted `两家企业`, `3所高校`.
  private func listMarker(_ text: [Unicode.Scalar], at position: Int) -> (head: Lexicon.ListHead, counted: Bool)? {
    let n = text.count
    var q = position
    var counted = false
    var batch = false
    if text[position] == "等" {
      // 同等, 高等, 等离子体: 等 inside a word ends no list (等高|校 still does).
      // A count right after it (碧迪、百特等一大批药企) makes it a list's 等 all the same.
      let countFollows = position + 1 < n && (Self.isNumeral(text[position + 1]) || Self.isDigit(text[position + 1]))
      if !countFollows,
        lexicon.commonWords.matches(startingAt: position - 1, in: text, upperBound: position + 1).contains(where: { $0.length == 2 })
          || (lexicon.commonWords.longestMatch(startingAt: position, in: text, upperBound: text.count)?.length ?? 0) >= 3
      {
        return nil
      }
      q += 1
      if let b = lexicon.listBatchWords.longestMatch(startingAt: q, in: text, upperBound: n) {
        q += b.length
        batch = true
      }
      while q < n, Self.isNumeral(text[q]) { q += 1 }
      if q > position + 1, q < n, lexicon.listClassifiers.contains(text[q]) { q += 1 }
    } else {
      // A count right after the last item (不是“等”之后): 两家, 3所, 十余个.
      guard Self.isNumeral(text[position]), Self.isNameScalar(text[position - 1]) || text[position - 1] == "）",
        !Self.isNumeral(text[position - 1]), text[position - 1] != "等"
      else { return nil }
      while q < n, Self.isNumeral(text[q]) { q += 1 }
      guard q < n, lexicon.listClassifiers.contains(text[q]) else { return nil }
      // 一家 is an article (一家企业), not a count of listed names.
      if q == position + 1, text[position] == "一" { return nil }
      q += 1
      counted = true
    }
    // 等一批创新水平高、成长潜力大的企业: a batch's description may run longer and hold its own 、.
    let limit = min(n, q + (counted ? 8 : batch ? 24 : 16))
    let first = q
    while q < limit {
      if batch, text[q] == "、" {
        q += 1
        continue
      }
      // 等一批VC/PE机构: a slash between two Latin words is part of the description.
      if text[q] == "/", q > first, q + 1 < n, Self.isLatin(text[q - 1]), Self.isLatin(text[q + 1]) {
        q += 1
        continue
      }
      if !(Self.isNameScalar(text[q]) || Self.isDigit(text[q])) { return nil }
      // 等领域的企业 lists fields; 等数字经济细分领域的领军企业 still lists companies.
      if q == first, lexicon.listFieldWords.longestMatch(startingAt: q, in: text, upperBound: n) != nil { return nil }
      if let head = lexicon.listHeads.longestMatch(startingAt: q, in: text, upperBound: n) {
        // The head noun must close the phrase (等企业联盟 is not a list of companies).
        if lexicon.listHeadCompounds.longestMatch(startingAt: q + head.length, in: text, upperBound: n) != nil { return nil }
        return (head.value, counted)
      }
      q += 1
    }
    return nil
  }

  /// The position of a 和/及 joining two names inside a list item (`华为和中兴`), when both
  /// sides have two or more characters and the character is no part of a word (和平, 以及).
  private func conjunctionSplit(_ text: [Unicode.Scalar], _ item: Range<Int>) -> Int? {
    for j in (item.lowerBound + 2)..<max(item.lowerBound + 2, item.upperBound - 1)
    where (text[j] == "和" || text[j] == "及") && !conjunctionInWord(text, at: j) {
      return j
    }
    return nil
  }

  /// Whether the 和 or 及 at `position` belongs to a dictionary word (和平, 以及, 普及).
  private func conjunctionInWord(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    for start in max(0, position - 3)...position {
      if let m = lexicon.commonWords.longestMatch(startingAt: start, in: text, upperBound: text.count),
        start + m.length > position, m.length >= 2
      {
        return true
      }
    }
    return false
  }

  /// Whether a list item is a bare name: two to ten name characters, no generic phrase,
  /// region or industry (新能源, 生物医药), not a name found by its suffix or a known one.
  private func listItemIsName(_ text: [Unicode.Scalar], _ item: Range<Int>, head: Lexicon.ListHead) -> Bool {
    guard (2...(head.weak ? 4 : 10)).contains(item.count), text[item].allSatisfy({ Self.isNameScalar($0) || Self.isDigit($0) }),
      !text[item].contains("的"),
      // 等 ends a list unless a word starts with it (上海激光|等离子体|所).
      !item.contains(where: {
        text[$0] == "等" && (lexicon.commonWords.longestMatch(startingAt: $0, in: text, upperBound: item.upperBound)?.length ?? 0) < 3
      }),
      !text[item].allSatisfy(Self.isDigit), !isGeneric(text, item),
      lexicon.nonEntityPrefixes.longestMatch(startingAt: item.lowerBound, in: text, upperBound: item.upperBound) == nil,
      lexicon.regions.longestMatch(startingAt: item.lowerBound, in: text, upperBound: item.upperBound)?.length != item.count,
      // A known name, or one with a known name in front (北京师范大学|珠海校区), is found as that name.
      lexicon.known.longestMatch(startingAt: item.lowerBound, in: text, upperBound: item.upperBound) == nil
    else { return false }
    // Names with a suffix (…大学, …有限公司) are found by the suffix matcher; one ending in a
    // list head (高新技术企业) is a category.
    if let suffix = lexicon.suffixes.longestMatch(endingAt: item.upperBound, in: text, lowerBound: item.lowerBound),
      !suffix.value.needsRegion || suffix.value.kind != head.kind
    {
      return false
    }
    for length in 1...min(4, item.count) {
      let s = item.upperBound - length
      if lexicon.listHeads.longestMatch(startingAt: s, in: text, upperBound: item.upperBound)?.length == length { return false }
    }
    // A whole dictionary word is a name only when the dictionary tags it as one (华为, 腾讯).
    if let word = lexicon.commonWords.longestMatch(startingAt: item.lowerBound, in: text, upperBound: item.upperBound),
      word.length == item.count
    {
      return word.value.isProper
    }
    if head.weak { return !segmentsIntoCommonWords(text, item) || rareWordBrand(text, item) }
    return !segmentsIntoFrequentWords(text, item)
  }

  /// Whether `item` is one rare dictionary word (no verb) plus an industry word ending it: a
  /// brand in a project list (某某汽车, where 某某 is a rare noun), not an industry.
  private func rareWordBrand(_ text: [Unicode.Scalar], _ item: Range<Int>) -> Bool {
    for length in 2...3 where item.count - length >= 2 {
      let h = item.upperBound - length
      guard lexicon.brandHeads.longestMatch(startingAt: h, in: text, upperBound: item.upperBound)?.length == length,
        let word = lexicon.commonWords.longestMatch(startingAt: item.lowerBound, in: text, upperBound: h),
        word.length == h - item.lowerBound, !word.value.isFrequent, !word.value.isVerb
      else { continue }
      return true
    }
    return false
  }

  /// Whether `range` splits entirely into frequent ordinary (not proper) words: an industry
  /// or a product (新能源汽车, 生物医药), not a name.
  private func segmentsIntoFrequentWords(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var reachable = Set([range.lowerBound])
    for i in range where reachable.contains(i) {
      for m in lexicon.commonWords.matches(startingAt: i, in: text, upperBound: range.upperBound)
      where m.value.isFrequent && !m.value.isProper {
        reachable.insert(i + m.length)
      }
    }
    return reachable.contains(range.upperBound)
  }

  /// Bare company names made of a brand and an industry word (艾为电子, 特康科技,
  /// 长光华芯光电): the brand is two to four characters that no common word covers, and a
  /// word boundary — punctuation, a function word, a common word or a region — precedes it.
  private func brandCandidates(_ text: [Unicode.Scalar]) -> [EntitySpan] {
    guard lexicon.commonWords.count > 0 else { return [] }
    var found: [EntitySpan] = []
    var p = 2
    while p < text.count {
      guard Self.isHan(text[p - 1]),
        let word = lexicon.brandHeads.longestMatch(startingAt: p, in: text, upperBound: text.count)
      else {
        p += 1
        continue
      }
      let end = p + word.length
      // 电子|商务: the industry word must not run into a longer common word.
      let runsOn = (p..<end).contains { q in
        (lexicon.commonWords.longestMatch(startingAt: q, in: text, upperBound: text.count)?.length).map { q + $0 > end } ?? false
      }
      if !runsOn, let start = brandStart(text, brandEnd: p) {
        found.append(EntitySpan(range: start..<end, kind: .enterprise, fromList: true))
      }
      p += 1
    }
    return found
  }

  /// The start of an unknown brand of two to four Han characters ending at `brandEnd`, the
  /// longest that begins on a word boundary; `nil` when there is none.
  private func brandStart(_ text: [Unicode.Scalar], brandEnd p: Int) -> Int? {
    for length in stride(from: 4, through: 2, by: -1) where p - length >= 0 {
      let b = p - length
      let brand = b..<p
      guard text[brand].allSatisfy(Self.isHan), !lexicon.strayEnders.contains(text[b]), !lexicon.brandNotFirst.contains(text[b]),
        !Self.isNumeral(text[b]), !coversCommonWord(text, brand),
        lexicon.regions.longestMatch(startingAt: b, in: text, upperBound: p) == nil,
        lexicon.known.longestMatch(startingAt: b, in: text, upperBound: p) == nil,
        lexicon.nonEntityPrefixes.longestMatch(startingAt: b, in: text, upperBound: p) == nil,
        lexicon.stopWords.longestMatch(endingAt: p, in: text, lowerBound: b) == nil,
        lexicon.suffixes.longestMatch(endingAt: p, in: text, lowerBound: b) == nil,
        wordBoundary(text, at: b), !knownNameRunsInto(text, at: b, before: p)
      else { continue }
      return b
    }
    return nil
  }

  /// Whether a known name that starts before `position` runs past it (比亚迪|新能源 gives no
  /// brand 迪 or 亚迪).
  private func knownNameRunsInto(_ text: [Unicode.Scalar], at position: Int, before end: Int) -> Bool {
    (1...3).contains { back in
      position >= back
        && (lexicon.known.longestMatch(startingAt: position - back, in: text, upperBound: end)?.length ?? 0) > back
    }
  }

  /// Whether a common word of two or more characters lies inside `range`.
  private func coversCommonWord(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    for q in range where lexicon.commonWords.longestMatch(startingAt: q, in: text, upperBound: range.upperBound) != nil {
      return true
    }
    return false
  }

  /// Whether a word ends right before `position`: the text start, a non-name character, a
  /// function word, a stop word, a common word or a region — and no common word runs across.
  private func wordBoundary(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    guard position > 0, Self.isNameScalar(text[position - 1]) else { return true }
    for back in 1...3 where position - back >= 0 {
      if let m = lexicon.commonWords.longestMatch(startingAt: position - back, in: text, upperBound: text.count),
        m.length > back
      {
        return false  // 包括|长光华芯 holds; 表示 in 表|示艾为 runs across
      }
    }
    if lexicon.strayEnders.contains(text[position - 1]) || lexicon.wordEnders.contains(text[position - 1]) { return true }
    let commonWordEnds = (2...4).contains { length in
      position >= length && lexicon.commonWords.longestMatch(startingAt: position - length, in: text, upperBound: position)?.length == length
    }
    return commonWordEnds
      || lexicon.stopWords.longestMatch(endingAt: position, in: text, lowerBound: 0) != nil
      || lexicon.regionsBackward.longestMatch(endingAt: position, in: text, lowerBound: 0)?.value.isStrong == true
  }

  /// Whether a common word that starts inside `range` runs past its end (发展中|密切 holds no 中密).
  private func wordRunsOut(_ text: [Unicode.Scalar], of range: Range<Int>) -> Bool {
    (1...2).contains { back in
      range.upperBound - back > range.lowerBound
        && (lexicon.commonWords.longestMatch(startingAt: range.upperBound - back, in: text, upperBound: text.count)?.length ?? 0) > back
    }
  }

  /// Whether a word may end before `position`: the text end, a non-name character, a
  /// function character, or the start of a common word or company head word.
  private func wordEnds(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    guard position < text.count, Self.isNameScalar(text[position]) else { return true }
    if lexicon.strayEnders.contains(text[position]) || lexicon.wordEnders.contains(text[position]) { return true }
    return lexicon.commonWords.longestMatch(startingAt: position, in: text, upperBound: text.count) != nil
      || lexicon.brandHeads.longestMatch(startingAt: position, in: text, upperBound: text.count) != nil
  }

  /// For a name body starting with a common word glued in front of a region, known name or
  /// national prefix (仪式|国家井冈山经济技术开发区, 协议书|井冈山经开区, 导入|江西省电子集团):
  /// the start of that anchor; else `nil`.
  private func gluedWordEnd(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Int? {
    guard lexicon.commonWords.count > 0, !anchorStarts(text, at: body.lowerBound, before: body.upperBound) else { return nil }
    // 继|浙江大学, 建好|中国科学院, 次|成都市人民政府: one or two characters before a known
    // university, institute or government body (never preceded by a brand), or function
    // characters before a region.
    for p in (body.lowerBound + 1)...min(body.lowerBound + 2, body.upperBound - 1) {
      // 县|粮食局: a level word stands for the local government and stays.
      guard text[body.lowerBound..<p].allSatisfy({ Self.isHan($0) && !lexicon.levelScalars.contains($0) }) else { break }
      if let known = lexicon.known.longestMatch(startingAt: p, in: text, upperBound: min(text.count, body.upperBound + 8)),
        known.value.kind != .enterprise, p + known.length >= body.upperBound || known.length >= 3
      {
        return p
      }
      if text[body.lowerBound..<p].allSatisfy({ lexicon.brandNotFirst.contains($0) }), anchorStarts(text, at: p, before: body.upperBound) {
        return p
      }
    }
    for p in (body.lowerBound + 1)..<min(body.lowerBound + 5, body.upperBound - 1) {
      guard anchorStarts(text, at: p, before: body.upperBound), segmentsIntoCommonWords(text, body.lowerBound..<p) else { continue }
      return p
    }
    return nil
  }

  /// Whether a region (a county's bare form of three or more characters included), a known
  /// name or a national prefix (国家, 中国) starts at `position`.
  private func anchorStarts(_ text: [Unicode.Scalar], at position: Int, before end: Int) -> Bool {
    if let r = lexicon.regions.longestMatch(startingAt: position, in: text, upperBound: end), r.length >= 2,
      r.value.isStrong || r.length >= 3
    {
      return true
    }
    if lexicon.known.longestMatch(startingAt: position, in: text, upperBound: end) != nil { return true }
    guard end - position >= 2 else { return false }
    return lexicon.nationalPrefixes.contains(String(String.UnicodeScalarView(text[position..<(position + 2)])))
  }

  /// Whether `range` splits entirely into common words (and single function characters).
  private func segmentsIntoCommonWords(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var reachable = Set([range.lowerBound])
    for i in range where reachable.contains(i) {
      for m in lexicon.commonWords.matches(startingAt: i, in: text, upperBound: range.upperBound) {
        reachable.insert(i + m.length)
      }
      if lexicon.strayEnders.contains(text[i]) { reachable.insert(i + 1) }
    }
    return reachable.contains(range.upperBound)
  }

  // MARK: - Candidates

  /// Length of the industry word (电器, 音乐, 科技…) starting at `position`, if one does and no
  /// more name characters follow it.
  private func industryWord(_ text: [Unicode.Scalar], at position: Int) -> Int? {
    for word in lexicon.industryWords where position + word.count <= text.count {
      guard text[position..<(position + word.count)].elementsEqual(word) else { continue }
      let after = position + word.count
      if after < text.count, lexicon.suffixes.longestMatch(endingAt: min(text.count, after + 4), in: text, lowerBound: after) != nil {
        return nil  // 腾讯音乐娱乐集团: the suffix match covers it
      }
      // 格力电器|发布 ends the name; 比亚迪新能源|汽车整车 is a product phrase, not a company.
      if after < text.count, Self.isNameScalar(text[after]) {
        let stopFollows = (1...3).contains { length in
          after + length <= text.count
            && lexicon.stopWords.longestMatch(endingAt: after + length, in: text, lowerBound: after)?.length == length
        }
        if !stopFollows { return nil }
      }
      return word.count
    }
    return nil
  }

  /// A known name must not sit inside another word: a region running into it from the left
  /// (四川大足 is not 川大, 华北大部分 is not 北大), or a blocked word running out of its last
  /// character (民政部门 is not 民政部).
  private func knownBoundaryOK(_ text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    for back in 1...2 where start - back >= 0 {
      if let r = lexicon.regions.longestMatch(startingAt: start - back, in: text, upperBound: end),
        r.length > back, r.value.isStrong || r.length >= 2
      {
        return false
      }
    }
    if start >= 1, end - start == 2, EntityMatcher.isHan(text[start - 1]),
      let r = lexicon.regionsBackward.longestMatch(endingAt: start + 1, in: text, lowerBound: max(0, start - 3)),
      r.length >= 2
    {
      return false
    }
    if let b = lexicon.blocked.matches(startingAt: end - 1, in: text, upperBound: text.count).last, b.length > 1 {
      return false
    }
    return true
  }

  private func suffixCandidate(_ text: [Unicode.Scalar], suffixStart s: Int, end e: Int, suffix: Lexicon.Suffix)
    -> EntitySpan?
  {
    let kind = suffix.kind
    // 大学生, 研究院所: the suffix is the start of another word.
    for blocked in lexicon.blocked.matches(startingAt: s, in: text, upperBound: text.count)
    where blocked.length > e - s {
      return nil
    }
    // 质子加速器: a longer word ending here that is not a name.
    if let blocked = lexicon.blockedBackward.longestMatch(endingAt: e, in: text, lowerBound: 0), blocked.length > e - s {
      return nil
    }
    // 招商银行北京分行: a branch carries its parent's name.
    let surface = String(String.UnicodeScalarView(text[s..<e]))
    let branch = surface == "分行" || surface == "支行" || surface == "分公司"
    var found = leftBoundary(text, suffixStart: s, kind: kind, branch: branch)
    // 、平遥华兴电机铸造有限公司: a registered company name runs from a delimiter to its legal
    // form even where the word scan stops early (at 铸造, 合作).
    if kind == .enterprise, found.map({ s - $0 < 2 || !bodyIsName(text, $0..<s, kind: kind) }) ?? true,
      e - s >= 4, lexicon.legalForms.contains(where: { $0.elementsEqual(text[s..<e]) }),
      let delimited = delimitedCompanyStart(text, suffixStart: s)
    {
      found = delimited
    }
    guard var start = found, s - start >= 2 else { return nil }
    // 底经|北京市政府: one or two stray characters before the first region are not the name.
    if let cut = strayPrefixEnd(text, start..<s) ?? gluedWordEnd(text, start..<s),
      // 农药|国家工程研究中心: a field before 国家 names a national lab; the prefix alone does not,
      // also when the lab's name opens a longer one (精细化工国家重点实验室|榆林市…平台).
      kind != .platform || (!isGeneric(text, cut..<s) && !opensWithGenericHead(text, cut..<s) && !branchOfCentre(text, start..<s))
    {
      start = cut
    }
    // 组织|电气学院, 推动|…: a frequent verb opening an unanchored body is not part of the name.
    if let verb = lexicon.commonWords.longestMatch(startingAt: start, in: text, upperBound: s), verb.value.isVerb,
      verb.value.isFrequent, s - start - verb.length >= 2, !startsWithAnchor(text, start..<s)
    {
      start += verb.length
    }
    guard s - start >= 2, !startCutsWord(text, at: start),
      bodyIsName(text, start..<s, kind: kind, provinceLevel: suffix.provinceLevel)
    else { return nil }
    // 360企业安全集团: a number that opens a company's name after a delimiter is part of it.
    if kind == .enterprise, start > 0, Self.isDigit(text[start - 1]), !lexicon.classifiers.contains(text[start]) {
      var d = start - 1
      while d > 0, Self.isDigit(text[d - 1]) { d -= 1 }
      if d == 0 || !(Self.isNameScalar(text[d - 1]) || text[d - 1] == "." || text[d - 1] == "%") { start = d }
    }
    // 跨国公司, 陪伴公司: one common word before a bare 公司 or 集团 describes, it does not name.
    if kind == .enterprise, surface == "公司" || surface == "集团",
      lexicon.commonWords.longestMatch(startingAt: start, in: text, upperBound: s)?.length == s - start,
      lexicon.known.longestMatch(startingAt: start, in: text, upperBound: s) == nil
    {
      return nil
    }
    // 双阳|物流园区: a county's bare form anchors a park, though not a government body.
    if suffix.needsRegion && !startsWithAnchor(text, start..<s)
      && !(kind == .park && (lexicon.regions.longestMatch(startingAt: start, in: text, upperBound: s)?.length ?? 0) >= 2)
      && !(kind == .government && parkNameOpens(text, start..<s))
      && !(kind == .platform && branchOfCentre(text, start..<s))
    {
      return nil
    }
    // 美国生物科技公司, 澳大利亚矿业公司: a place and an industry describe, they do not name;
    // a Chinese region's industry group does (广西汽车集团: provincial state-owned groups).
    if kind == .enterprise, e - s <= 2, !branch, let r = lexicon.regions.longestMatch(startingAt: start, in: text, upperBound: s),
      start + r.length == s || isGeneric(text, (start + r.length)..<s),
      start + r.length == s || surface != "集团"
        || lexicon.countries.contains(String(String.UnicodeScalarView(text[start..<(start + r.length)])))
    {
      return nil
    }
    var end = e
    var spanKind = kind
    // 双创工作委员会, 软件园…咨询委员会: a committee no region, national prefix or public body
    // opens is an alliance's or association's own body (a platform), not a government one.
    if suffix.platformUnanchored, !startsWithAnchor(text, start..<s) { spanKind = .platform }
    if kind == .park, let closed = bracketAfter(text, at: e) { end = closed }  // 杭州高新区(滨江)
    // 香港科技大学(广州), 农药国家工程研究中心(天津): a bracketed city names the branch.
    if kind == .university || kind == .institute || kind == .platform, let closed = regionBracketAfter(text, at: e) {
      end = closed
    }
    // 阿拉善高新区|盐化工基地, 常州科教城|国际创新基地: a base whose name opens with the park
    // it lies in is a park of its own.
    if kind == .platform, e - s >= 2, text[e - 2] == "基", text[e - 1] == "地", parkNameOpens(text, start..<s) {
      return EntitySpan(range: start..<end, kind: .park)
    }
    return EntitySpan(range: start..<end, kind: spanKind)
  }

  /// Whether `body` opens with a generic platform or institute name (国家重点实验室) that
  /// more name follows.
  private func opensWithGenericHead(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    guard body.count > 5 else { return false }
    for q in (body.lowerBound + 4)..<body.upperBound {
      guard let m = lexicon.suffixes.longestMatch(endingAt: q, in: text, lowerBound: body.lowerBound),
        m.value.kind == .platform || m.value.kind == .institute, !m.value.needsRegion, q - m.length >= body.lowerBound + 2
      else { continue }
      return isGeneric(text, body.lowerBound..<(q - m.length))
    }
    return false
  }

  /// Whether a name starting at `position` would cut a word in two: a dictionary word of three
  /// or more characters (可靠|性验证…平台) or a region (和|林格尔新区) that begins before it and
  /// runs into it. (Two-character words are left alone: 在华|为 must still give 华为.)
  private func startCutsWord(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    for back in 1...3 where position - back >= 0 && Self.isHan(text[position - back]) {
      if let m = lexicon.commonWords.longestMatch(startingAt: position - back, in: text, upperBound: text.count),
        m.length > back, m.length >= 3
      {
        return true
      }
      if let r = lexicon.regions.longestMatch(startingAt: position - back, in: text, upperBound: text.count),
        r.length > back, r.length >= 3
      {
        return true
      }
    }
    return false
  }

  /// `(滨江)` right after a park name: the index after the closing bracket.
  private func bracketAfter(_ text: [Unicode.Scalar], at e: Int) -> Int? {
    guard e < text.count, text[e] == "(" || text[e] == "（" else { return nil }
    var j = e + 1
    while j < text.count, j - e <= 6, Self.isHan(text[j]) { j += 1 }
    guard j < text.count, j > e + 1, text[j] == ")" || text[j] == "）" else { return nil }
    if lexicon.aliasMarkers.longestMatch(startingAt: e + 1, in: text, upperBound: j) != nil { return nil }
    // (二期), (一期): a construction phase, not part of the park's name.
    if text[j - 1] == "期", Self.isNumeral(text[j - 2]) { return nil }
    return j + 1
  }

  /// The start of a company name that fills the stretch from the previous delimiter (any
  /// character that is no name character) to its legal form, when it starts with a region of
  /// two or more characters (安徽省|甬蚌合作产业发展|有限公司); `nil` otherwise.
  private func delimitedCompanyStart(_ text: [Unicode.Scalar], suffixStart s: Int) -> Int? {
    var d = s
    while d > 0, s - d < maxBody, Self.isNameScalar(text[d - 1]) || Self.isDigit(text[d - 1]) { d -= 1 }
    // No function character (的, 是) and no other company's name inside.
    guard d == 0 || !Self.isNameScalar(text[d - 1]), s - d >= 4,
      !text[d..<s].contains(where: { lexicon.strayEnders.contains($0) || lexicon.wordEnders.contains($0) }),
      !(d + 2..<s).contains(where: { lexicon.suffixes.longestMatch(endingAt: $0, in: text, lowerBound: d)?.value.kind == .enterprise }),
      let region = lexicon.regions.longestMatch(startingAt: d, in: text, upperBound: s), region.value.isStrong, region.length >= 2,
      region.length < s - d, bodyIsName(text, d..<s, kind: .enterprise)
    else { return nil }
    return d
  }

  /// The end of a bracket right at `e` that holds only a region (`(广州)`), else `nil`.
  private func regionBracketAfter(_ text: [Unicode.Scalar], at e: Int) -> Int? {
    guard let closed = bracketAfter(text, at: e),
      lexicon.regions.longestMatch(startingAt: e + 1, in: text, upperBound: closed - 1)?.length == closed - e - 2
    else { return nil }
    return closed
  }

  /// Scans left from the suffix start to where the name begins; `nil` when no clear start.
  func leftBoundary(_ text: [Unicode.Scalar], suffixStart s: Int, kind: EntityKind, branch: Bool = false) -> Int? {
    var k = s
    var consumed = false
    var skippedWeakVerb: Int?
    let limit = max(0, s - maxBody)
    scan: while k > limit {
      let c = text[k - 1]
      // 武汉东湖高新区|投资建设|激光器研发中心: a name ending before skipped verbs is the
      // subject of those verbs, not part of this name.
      // (Companies and funds do carry a park in their names: 青岛高新区创业投资有限公司.)
      if kind != .enterprise, kind != .fund,
        let weak = skippedWeakVerb, let m = lexicon.suffixes.longestMatch(endingAt: k, in: text, lowerBound: limit),
        m.length >= 2, !m.value.needsRegion
      {
        if startsWithAnchor(text, k..<s) { break scan }
        return weak
      }
      // 连江县人民政府|福州大学: a government body's name ends here; a university or institute
      // is not named after one.
      if kind == .university || kind == .institute || kind == .park, consumed,
        let m = lexicon.suffixes.longestMatch(endingAt: k, in: text, lowerBound: limit), m.value.kind == .government, m.length >= 2
      {
        break scan
      }
      // Another company's name ends here: a company name does not contain one.
      if kind == .enterprise, consumed, !branch, let m = lexicon.suffixes.longestMatch(endingAt: k, in: text, lowerBound: limit),
        m.value.kind == .enterprise, m.length >= 2
      {
        break scan
      }
      if let m = lexicon.knownBackward.longestMatch(endingAt: k, in: text, lowerBound: limit), m.length >= 2 {
        k -= m.length
        consumed = true
        continue
      }
      if let m = lexicon.nameWords.longestMatch(endingAt: k, in: text, lowerBound: limit) {
        k -= m.length
        consumed = true
        continue
      }
      // A region is stepped over whole — but not a county's bare short form, which is too often
      // a stop word and a character (和政 in 企业和政府…).
      if let m = lexicon.regionsBackward.longestMatch(endingAt: k, in: text, lowerBound: limit), m.value.isStrong {
        k -= m.length
        consumed = true
        continue
      }
      if let stop = lexicon.stopWords.longestMatch(endingAt: k, in: text, lowerBound: limit) {
        if stop.value == .weakVerb, lexicon.regions.longestMatch(startingAt: k, in: text, upperBound: s)?.value.isStrong != true {
          // 创业投资管理有限公司: a weak verb inside the name — unless a region follows it
          // (投资|青岛海山…有限公司), where the name starts.
          if !consumed || kind == .enterprise || kind == .fund || kind == .platform {
            skippedWeakVerb = skippedWeakVerb ?? k
            k -= stop.length
            consumed = true
            continue
          }
        }
        if stop.value == .commonVerb, let resumed = regionBefore(text, verbEnd: k - stop.length, limit: limit) {
          k = resumed
          consumed = true
          continue
        }
        // 建设|和林格尔人才科创中心: 和 opening a place of three or more characters is part of it,
        // and the name starts there unless a region ends right before it (内蒙古和林格尔…).
        if stop.value == .conjunction, stop.length == 1, consumed,
          let r = lexicon.regions.longestMatch(startingAt: k - 1, in: text, upperBound: s), r.length >= 3
        {
          k -= 1
          if lexicon.regionsBackward.longestMatch(endingAt: k, in: text, lowerBound: limit)?.value.isStrong == true { continue }
          break scan
        }
        if stop.value == .conjunction, let resumed = dashJoinedStart(text, conjunctionStart: k - stop.length, limit: limit) {
          k = resumed
          consumed = true
          continue
        }
        if stop.value == .conjunction, stop.length == 1, consumed,
          let resumed = conjunctionInsideName(text, conjunctionStart: k - 1, limit: limit)
        {
          k = resumed  // 宁波韧和科技有限公司: 和 inside a name
          continue
        }
        // (转化中心, a long head, may stand right after the conjunction.)
        if stop.value == .conjunction, stop.length == 1, kind == .platform || kind == .park || kind == .government,
          consumed || (s + 4 <= text.count && lexicon.suffixes.longestMatch(endingAt: s + 4, in: text, lowerBound: s)?.length == 4),
          let resumed = fieldConjunctionStart(text, conjunctionStart: k - 1, suffixStart: s, limit: limit)
        {
          k = resumed  // 产业创新与合作中心: 与 joins two fields inside one carrier's name
          continue
        }
        if stop.value == .conjunction, stop.length == 1, consumed, kind == .university, s - k <= 6,
          let resumed = departmentStart(text, conjunctionStart: k - 1, limit: limit)
        {
          k = resumed  // 西南科技大学材料与化学学院: a department named with 与 is part of its university
          continue
        }
        break scan
      }
      switch c {
      case "）", ")":
        // 西部(重庆)科学城: a short bracketed region stays in the name.
        var j = k - 2
        while j >= limit, k - 1 - j <= 6, Self.isHan(text[j]) { j -= 1 }
        guard j >= limit, j < k - 2, text[j] == "（" || text[j] == "(" else { break scan }
        k = j
        consumed = true
        continue
      case "”", "\"":
        // “雏鹰计划”种子基金, “生命蓝湾”特色产业园: a quoted name part, for kinds named after
        // programmes or brands.
        // A quoted word right before a park's head describes its kind (“花园式”大学城).
        guard kind == .fund || kind == .platform || (kind == .park && k < s) else { break scan }
        var j = k - 2
        while j >= limit, text[j] != "“", text[j] != "\"", Self.isNameScalar(text[j]) { j -= 1 }
        guard j >= limit, j < k - 2, text[j] == "“" || text[j] == "\"" else { break scan }
        k = j
        consumed = true
        continue
      case let dash where lexicon.dashes.contains(dash):
        // 浙江大学—榆林…, 南科大—优必选…: a dash joins two names into one joint body; a park
        // joins two places (北京-银川协同创新示范区, 中国—东盟…产业园).
        guard consumed, k >= 2, Self.isNameScalar(text[k - 2]),
          kind == .platform || kind == .institute
            || (kind == .park && lexicon.regionsBackward.longestMatch(endingAt: k - 1, in: text, lowerBound: limit)?.value.isStrong == true)
        else { break scan }
        k -= 1
        continue
      default:
        break
      }
      if Self.isNameScalar(c) {
        // 3个重点实验室, 40多所高校: a classifier after a number ends the name.
        if lexicon.classifiers.contains(c), k >= 2, Self.isNumeral(text[k - 2]) { break scan }
        // 23亿|兰白基金, 500万元|…: a numeral after digits (亿, 万) and its 元 end an amount, not a name.
        if Self.isNumeral(c), k >= 2, Self.isDigit(text[k - 2]) { break scan }
        if c == "元", k >= 2, Self.isNumeral(text[k - 2]) || (k >= 3 && Self.isNumeral(text[k - 3])) { break scan }
        k -= 1
        consumed = true
        continue
      }
      if Self.isDigit(c), k < s, Self.isLatin(text[k]) || (k >= 2 && Self.isLatin(text[k - 2])) {
        k -= 1
        consumed = true
        continue
      }
      break scan
    }
    // 在贵阳|建设|X中心: a place after a preposition is where the verb acts, not the name's start.
    if let weak = skippedWeakVerb, kind == .platform, k > 0, lexicon.placePrepositions.contains(text[k - 1]) {
      return weak
    }
    if let weak = skippedWeakVerb, !startsWithAnchor(text, k..<s) {
      // Reached over a weak verb but found no region or known name: the verb was not part of it.
      return weak
    }
    if k == limit && limit > 0 && Self.isNameScalar(text[limit - 1]) {
      // Ran out of room: start at the first region inside, or give up.
      var j = limit
      while j < s {
        if lexicon.regions.longestMatch(startingAt: j, in: text, upperBound: s)?.value.isStrong == true { return j }
        j += 1
      }
      return nil
    }
    return k
  }

  /// For a common verb inside a name (长沙智能驾驶研究院有限公司): the start of a region
  /// reached over name characters only, with no other name ending in between; else `nil`.
  private func regionBefore(_ text: [Unicode.Scalar], verbEnd: Int, limit: Int) -> Int? {
    guard lexicon.hasRegions else { return nil }
    var j = verbEnd
    while j > limit {
      if let r = lexicon.regionsBackward.longestMatch(endingAt: j, in: text, lowerBound: limit), r.value.isStrong {
        let start = j - r.length
        // The region must itself start the name: nothing name-like glued to its left.
        if start == 0 || !Self.isNameScalar(text[start - 1])
          || lexicon.stopWords.longestMatch(endingAt: start, in: text, lowerBound: 0).map({ $0.value != .commonVerb }) == true
        {
          return start
        }
        return nil
      }
      guard Self.isNameScalar(text[j - 1]),
        lexicon.suffixes.longestMatch(endingAt: j, in: text, lowerBound: limit) == nil,
        lexicon.stopWords.longestMatch(endingAt: j, in: text, lowerBound: limit).map({ $0.value == .commonVerb }) ?? true
      else { return nil }
      j -= 1
    }
    return nil
  }

  /// 宁波韧和科技有限公司: when the text before 和 is a region-led stub that is no name by
  /// itself (no suffix or known name ends there) and a list separator or the sentence start
  /// precedes it, the conjunction belongs to the name; returns the stub's start.
  private func conjunctionInsideName(_ text: [Unicode.Scalar], conjunctionStart j: Int, limit: Int) -> Int? {
    guard !entityEnds(text, at: j) else { return nil }
    var d = j
    while d > limit, j - d < 6, Self.isNameScalar(text[d - 1]) { d -= 1 }
    guard d < j - 1, d == 0 || "、，,。；;：:（(“".unicodeScalars.contains(text[d - 1]) else { return nil }
    // 包括|兰州和盛堂…: the stub starts after a function word that ends right before a region.
    for p in stride(from: j - 2, to: d, by: -1)
    where lexicon.stopWords.longestMatch(endingAt: p, in: text, lowerBound: d)?.length == p - d
      && lexicon.regions.longestMatch(startingAt: p, in: text, upperBound: j)?.value.isStrong == true
    {
      d = p
      break
    }
    // 白银两市|和: a count makes the conjunction a real one.
    if text[d..<j].contains(where: Self.isNumeral) { return nil }
    for p in (d + 1)...j {
      // 成都高新区已|与: a name or a function word inside the stub means 与 is a real conjunction.
      if lexicon.suffixes.longestMatch(endingAt: p, in: text, lowerBound: d) != nil { return nil }
      if lexicon.stopWords.longestMatch(endingAt: p, in: text, lowerBound: d) != nil { return nil }
    }
    guard let region = lexicon.regions.longestMatch(startingAt: d, in: text, upperBound: j), region.value.isStrong else { return nil }
    // 兰州和盛堂制药: a region alone before 和 is part of the name unless a place or name follows
    // (兰州和白银, 兰州和华为).
    if region.length == j - d {
      guard text[j] == "和", lexicon.regions.longestMatch(startingAt: j + 1, in: text, upperBound: text.count) == nil,
        lexicon.known.longestMatch(startingAt: j + 1, in: text, upperBound: text.count) == nil,
        lexicon.commonWords.longestMatch(startingAt: j + 1, in: text, upperBound: text.count) == nil
      else { return nil }
    }
    return d
  }

  /// For 与/和 inside a platform's or park's name that joins two fields (技术交叉与转化中心,
  /// 船舶与高端装备制造产业园): the conjunction's start, to go on scanning from, when no name ends
  /// before it and no region or known name follows it; else `nil`.
  private func fieldConjunctionStart(_ text: [Unicode.Scalar], conjunctionStart j: Int, suffixStart s: Int, limit: Int)
    -> Int?
  {
    // Only 与 and 和, not a county that starts with 和 (和林格尔新区), and no level (国家和省级高新区).
    guard text[j] == "与" || text[j] == "和", lexicon.regions.longestMatch(startingAt: j, in: text, upperBound: s) == nil,
      lexicon.regions.longestMatch(startingAt: j + 1, in: text, upperBound: s) == nil,
      lexicon.known.longestMatch(startingAt: j + 1, in: text, upperBound: s) == nil,
      !text[(j + 1)..<s].contains(where: { $0 == "级" || Self.isNumeral($0) || !Self.isNameScalar($0) })
    else { return nil }
    // The field before the conjunction runs back to a delimiter or function word, with no name
    // ending inside it (烟台高新区泰联…及: a park before the field is another name).
    var d = j
    while d > limit, j - d < 8, Self.isHan(text[d - 1]),
      lexicon.stopWords.longestMatch(endingAt: d, in: text, lowerBound: limit) == nil
    {
      d -= 1
    }
    // A field is spelt by ordinary words (技术|交叉, 工业|产品|质量|控制); a brand is not
    // (百普赛斯南方基地|和创新中心 joins two of a company's sites). A national prefix or a
    // bilateral pair may open the field (中德|产业创新与合作中心).
    guard j - d >= 2, segmentsIntoCommonWords(text, d..<j) || nationalFieldSegments(text, d..<j) else { return nil }
    for p in (d + 1)...j where entityEnds(text, at: p) { return nil }
    return d
  }

  /// Whether `field` is a national prefix (国家, 中德…) followed by two or more characters of
  /// common words.
  private func nationalFieldSegments(_ text: [Unicode.Scalar], _ field: Range<Int>) -> Bool {
    guard field.count >= 4,
      lexicon.nationalPrefixes.contains(String(String.UnicodeScalarView(text[field.lowerBound..<(field.lowerBound + 2)])))
    else { return false }
    return segmentsIntoCommonWords(text, (field.lowerBound + 2)..<field.upperBound)
  }

  /// For 与/和 inside a university department's name (常州大学机械与轨道交通学院): the end of
  /// the university name a few name characters before the conjunction; else `nil`. A conjunction
  /// right after the university (A大学与B学院) joins two names and gives `nil`.
  private func departmentStart(_ text: [Unicode.Scalar], conjunctionStart j: Int, limit: Int) -> Int? {
    // 清华大学与北京大学: a name ending right before the conjunction makes it a real one.
    if lexicon.suffixes.longestMatch(endingAt: j, in: text, lowerBound: limit) != nil
      || lexicon.knownBackward.longestMatch(endingAt: j, in: text, lowerBound: limit) != nil
    {
      return nil
    }
    var d = j - 2
    while d > limit, j - d <= 8, Self.isNameScalar(text[d - 1]) {
      if let m = lexicon.suffixes.longestMatch(endingAt: d, in: text, lowerBound: limit), m.value.kind == .university,
        m.length >= 2
      {
        return d
      }
      if let m = lexicon.knownBackward.longestMatch(endingAt: d, in: text, lowerBound: limit), m.value.kind == .university {
        return d
      }
      d -= 1
    }
    return nil
  }

  /// For a conjunction inside a dash-joined name (浙江大学—榆林智能自动化与智慧能源…中心),
  /// the position of the dash's left name end, to resume the scan from; else `nil`.
  private func dashJoinedStart(_ text: [Unicode.Scalar], conjunctionStart j: Int, limit: Int) -> Int? {
    var d = j - 1
    while d >= limit, j - d <= 14, Self.isNameScalar(text[d]) { d -= 1 }
    guard d >= limit, d < j - 1, lexicon.dashes.contains(text[d]), entityEnds(text, at: d) else { return nil }
    return d + 1
  }

  /// Whether a suffix or known name ends right before `position`.
  private func entityEnds(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    lexicon.suffixes.longestMatch(endingAt: position, in: text, lowerBound: 0) != nil
      || lexicon.knownBackward.longestMatch(endingAt: position, in: text, lowerBound: 0) != nil
  }

  /// Whether `body` (the part before the suffix) makes a proper name.
  func bodyIsName(_ text: [Unicode.Scalar], _ body: Range<Int>, kind: EntityKind, provinceLevel: Bool = false) -> Bool {
    if let prefix = lexicon.nonEntityPrefixes.longestMatch(startingAt: body.lowerBound, in: text, upperBound: body.upperBound) {
      // 该高新区, 多所高校 — unless the prefix starts a region or known name (全椒县), or a
      // one-character determiner starts a real name (本源量子…).
      if lexicon.regions.longestMatch(startingAt: body.lowerBound, in: text, upperBound: body.upperBound) == nil,
        lexicon.known.longestMatch(startingAt: body.lowerBound, in: text, upperBound: body.upperBound) == nil
      {
        let rest = (body.lowerBound + prefix.length)..<body.upperBound
        if prefix.length > 1 || rest.count < 3 || isGeneric(text, rest) { return false }
      }
    }
    // 江苏省高新区, 山东省国家高新区: a province alone does not name a park.
    if kind == .park, !provinceLevel, provinceOnly(text, body) { return false }
    return !isGeneric(text, body)
  }

  /// Whether `body` is covered entirely by at most three generic words (国家级, 科技, 企业…);
  /// four or more make a specific enough name (量子信息未来产业|科技园).
  private func isGeneric(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    var i = body.lowerBound
    var words = 0
    while i < body.upperBound {
      if text[i] == "“" || text[i] == "”" { i += 1; continue }
      guard let m = lexicon.genericWords.longestMatch(startingAt: i, in: text, upperBound: body.upperBound) else {
        return false
      }
      i += m.length
      words += 1
    }
    return words <= 3
  }

  /// Whether a name body starts with a region or a known name (榆林市|科技局, 工业和信息化部|…党委).
  private func startsWithRegion(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    if let r = lexicon.regions.longestMatch(startingAt: body.lowerBound, in: text, upperBound: body.upperBound) {
      if r.value.isStrong { return true }
      // 平原|县委, 邓州|市委: a county's short form followed by its level.
      let next = body.lowerBound + r.length
      if next < text.count, lexicon.levelScalars.contains(text[next]) { return true }
    }
    // 县粮食局, 乡党委, 省纪检委: a bare level word stands for the local government.
    if body.count >= 2, lexicon.levelScalars.contains(text[body.lowerBound]) { return true }
    if lexicon.known.longestMatch(startingAt: body.lowerBound, in: text, upperBound: body.upperBound)?.value.kind == .government {
      return true
    }
    if lexicon.suffixes.longestMatch(endingAt: body.upperBound, in: text, lowerBound: body.lowerBound).map({ !$0.value.needsRegion }) == true {
      return true  // 西安高新区|党工委: a named body before the head
    }
    if lexicon.hasRegions { return false }
    return text[body].contains { "省市区县州旗盟".unicodeScalars.contains($0) }
  }

  /// The start of the first strong region in `body` when only one or two characters precede
  /// it, the last of them a function word (底经|北京市政府), and they are neither a known name
  /// nor a national prefix (华为|上海研究所, 中共|长沙市委, 中盐|内蒙古… stay whole).
  private func strayPrefixEnd(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Int? {
    guard lexicon.hasRegions, !startsWithAnchor(text, body) else { return nil }
    for offset in 1...2 where body.lowerBound + offset < body.upperBound {
      let p = body.lowerBound + offset
      guard let r = lexicon.regions.longestMatch(startingAt: p, in: text, upperBound: body.upperBound), r.value.isStrong,
        r.length >= 2, text[body.lowerBound..<p].allSatisfy(Self.isHan),
        lexicon.strayEnders.contains(text[p - 1])
      else { continue }
      if lexicon.known.longestMatch(startingAt: body.lowerBound, in: text, upperBound: body.upperBound) != nil { return nil }
      if lexicon.regionsBackward.longestMatch(endingAt: p, in: text, lowerBound: body.lowerBound) != nil { return nil }
      return p
    }
    return nil
  }

  /// Whether `body` is a centre's name and a place (东部中心|贵州, …驱动中心|榆林): the head after
  /// it (分中心) names the centre's branch there.
  private func branchOfCentre(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    guard let r = lexicon.regionsBackward.longestMatch(endingAt: body.upperBound, in: text, lowerBound: body.lowerBound),
      r.value.isStrong, body.upperBound - r.length - body.lowerBound >= 4,
      let m = lexicon.suffixes.longestMatch(endingAt: body.upperBound - r.length, in: text, lowerBound: body.lowerBound),
      m.value.kind == .platform
    else { return false }
    return true
  }

  /// Whether a park's name (a park head that needs no region, after two or more characters)
  /// opens `body` and something follows it: the park's own bureau (大鹏新区|科创经服局).
  private func parkNameOpens(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    guard body.count >= 5 else { return false }
    for p in (body.lowerBound + 3)..<body.upperBound {
      if let m = lexicon.suffixes.longestMatch(endingAt: p, in: text, lowerBound: body.lowerBound), m.value.kind == .park,
        !m.value.needsRegion, p - m.length >= body.lowerBound + 2
      {
        return true
      }
    }
    return false
  }

  /// Whether a name starts with a region, a known name, or a national prefix (国家, 中国).
  private func startsWithAnchor(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    if startsWithRegion(text, body) { return true }
    guard body.count >= 2 else { return false }
    let two = String(String.UnicodeScalarView(text[body.lowerBound..<(body.lowerBound + 2)]))
    return lexicon.nationalPrefixes.contains(two) || lexicon.partyPrefixes.contains(two)
  }

  /// Whether `body` is a province name plus generic words only.
  private func provinceOnly(_ text: [Unicode.Scalar], _ body: Range<Int>) -> Bool {
    var i = body.lowerBound
    if lexicon.hasRegions {
      guard let m = lexicon.regions.longestMatch(startingAt: i, in: text, upperBound: body.upperBound),
        m.value == .province,
        !lexicon.provinceCityForms.contains(String(String.UnicodeScalarView(text[i..<(i + m.length)])))
      else { return false }
      i += m.length
    } else {
      guard let p = text[body].firstIndex(of: "省"), p - i <= 4 else { return false }
      i = p + 1
    }
    while i < body.upperBound {
      guard let g = lexicon.genericWords.longestMatch(startingAt: i, in: text, upperBound: body.upperBound) else { return false }
      i += g.length
    }
    return true
  }

  // MARK: - Overlaps

  private func resolve(_ candidates: [EntitySpan], in text: [Unicode.Scalar]) -> [EntitySpan] {
    let ordered = candidates.sorted {
      if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
      if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
      if $0.fromList != $1.fromList { return !$0.fromList }
      if $0.fromLexicon != $1.fromLexicon { return $0.fromLexicon }
      return $0.kind < $1.kind
    }
    var top: [EntitySpan] = []
    var pending: [(inner: EntitySpan, outer: EntitySpan)] = []
    for candidate in ordered {
      if let outer = top.first(where: { $0.range.overlaps(candidate.range) }) {
        if outer.range.lowerBound <= candidate.range.lowerBound, outer.range.upperBound >= candidate.range.upperBound,
          outer.range != candidate.range
        {
          pending.append((candidate, outer))
        }
        continue
      }
      top.append(candidate)
    }
    // Inside a name, the shortest complete name first (西安高新区 before 西安高新区创业园
    // inside 西安高新区创业园发展中心).
    pending.sort {
      $0.inner.range.count != $1.inner.range.count
        ? $0.inner.range.count < $1.inner.range.count : $0.inner.range.lowerBound < $1.inner.range.lowerBound
    }
    // 苏州工业园 inside 苏州工业园区: the longer suffix (工业园区) wins over its own prefix.
    let snapshot = pending
    pending.removeAll { short in
      snapshot.contains { long in
        long.inner.range.lowerBound == short.inner.range.lowerBound && long.inner.kind == short.inner.kind
          && long.inner.range.upperBound > short.inner.range.upperBound
          && (lexicon.suffixes.longestMatch(endingAt: long.inner.range.upperBound, in: text, lowerBound: 0)
            .map { long.inner.range.upperBound - $0.length < short.inner.range.upperBound } ?? false)
      }
    }
    // 中国科学院 inside 中国科学院长春应用化学研究所 inside a centre's name: the inner
    // institute or university keeps its full name (same-kind nesting is not split).
    let inners = pending
    pending.removeAll { short in
      (short.inner.kind == .institute || short.inner.kind == .university)
        && inners.contains { long in
          long.inner.kind == short.inner.kind && long.inner.range != short.inner.range
            && long.inner.range.lowerBound <= short.inner.range.lowerBound
            && long.inner.range.upperBound >= short.inner.range.upperBound
        }
    }
    var nested: [EntitySpan] = []
    for (candidate, outer) in pending {
      guard keepsNested(candidate, in: outer, text: text),
        !nested.contains(where: { $0.range.overlaps(candidate.range) })
      else { continue }
      var inner = candidate
      inner.isNested = true
      nested.append(inner)
    }
    return (top + nested).sorted {
      if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
      return $0.range.count > $1.range.count
    }
  }

  /// A name inside another counts as its own mention when it is of another kind, or when
  /// the outer name goes on with a dash or a region (中国科学院|西安科学园).
  private func keepsNested(_ inner: EntitySpan, in outer: EntitySpan, text: [Unicode.Scalar]) -> Bool {
    guard inner.range.count >= 3 || inner.referent != nil else { return false }
    // 中国科学院|大学: a university named after an institute is its own school, not the institute.
    if outer.kind == .university, inner.range.lowerBound == outer.range.lowerBound,
      outer.range.upperBound - inner.range.upperBound <= 2
    {
      return false
    }
    // A company's registered name carries places and parks as its prefix, not as mentions.
    if outer.kind == .enterprise { return false }
    // 中国证券|监督管理委员会: a company inside another name only when it is a full company name.
    if inner.kind == .enterprise && !inner.fromLexicon {
      let tail = String(String.UnicodeScalarView(text[max(inner.range.lowerBound, inner.range.upperBound - 2)..<inner.range.upperBound]))
      guard tail == "公司" || tail == "集团" else { return false }
    }
    // The inner name starts the outer one, or follows a dash inside it.
    let start = inner.range.lowerBound
    guard start == outer.range.lowerBound || lexicon.dashes.contains(text[start - 1]) else { return false }
    // 西安创业园|发展中心, 生命科学城|发展中心: a park's name plus a carrier's head alone is the
    // park's operating body; the park is not mentioned on its own.
    if inner.kind == .park, outer.kind == .platform,
      lexicon.suffixes.longestMatch(endingAt: outer.range.upperBound, in: text, lowerBound: inner.range.upperBound)?.length
        == outer.range.upperBound - inner.range.upperBound
    {
      return false
    }
    if inner.kind != outer.kind { return true }
    let after = inner.range.upperBound
    guard after < outer.range.upperBound else { return false }
    return lexicon.dashes.contains(text[after])
  }

  /// 中国(安徽)自由贸易试验区合肥片区|高新区: a known park followed by a bare short head
  /// (高新区, 经开区: the short forms of park-forms.tsv) names a block of that park; the known
  /// park is the name.
  private func dropBareHeadAfterKnownPark(_ text: [Unicode.Scalar], _ candidates: inout [EntitySpan]) {
    let known = candidates.filter { $0.kind == .park && $0.fromLexicon }
    guard !known.isEmpty else { return }
    candidates.removeAll { c in
      c.kind == .park && !c.fromLexicon
        && known.contains { k in
          k.range.lowerBound == c.range.lowerBound && k.range.upperBound < c.range.upperBound
            && lexicon.parkForms.contains { $0.short.elementsEqual(text[k.range.upperBound..<c.range.upperBound]) }
        }
    }
  }

  /// 上海嘉定工业区|温州园: a park followed by a city and 园 is that city's park inside it (one
  /// name); 园区 after the city is a head of its own.
  private func cityParkInsideParkCandidates(_ text: [Unicode.Scalar], _ candidates: [EntitySpan]) -> [EntitySpan] {
    var found: [EntitySpan] = []
    for park in candidates where park.kind == .park {
      let e = park.range.upperBound
      guard let r = lexicon.regions.longestMatch(startingAt: e, in: text, upperBound: text.count), r.value.isStrong, r.length >= 2,
        e + r.length < text.count, text[e + r.length] == "园",
        e + r.length + 1 == text.count || text[e + r.length + 1] != "区"
      else { continue }
      found.append(EntitySpan(range: park.range.lowerBound..<(e + r.length + 1), kind: .park))
    }
    return found
  }

  // MARK: - Scalar classes

  static func isHan(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0x20000...0x2FFFF).contains(v)
  }

  static func isLatin(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xFF21...0xFF3A).contains(v)
      || (0xFF41...0xFF5A).contains(v)
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(c.value) || (0xFF10...0xFF19).contains(c.value)
  }

  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || numerals.contains(c)
  }

  /// Chinese numerals and quantity words of counts and amounts (a closed class, like the digits).
  private static let numerals = Set("一二三四五六七八九十百千万亿两几多余数".unicodeScalars)

  /// Characters a name body is made of.
  static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
    isHan(c) || isLatin(c) || c == "·"
  }
}
