import Foundation

/// Parses and validates the lexicon files into a `Lexicon`.
///
/// Files are UTF-8 `surface<TAB>kind[<TAB>note]` lines with `#` comments (a BOM is stripped),
/// and `relations.jsonl` holds one JSON pattern per line. Errors carry file and line, as
/// jieba's `load_userdict` reports them.
enum LexiconLoader {
  /// Required rule files; a missing one is an error.
  static let requiredFiles = [
    "suffixes.tsv", "known-names.tsv", "stop-words.tsv", "blocked-words.tsv",
    "non-entity-prefixes.tsv", "generic-words.tsv", "anaphora.tsv", "legal-forms.tsv",
    "park-forms.tsv", "alias-markers.tsv", "relations.jsonl", "stop-verbs.tsv", "name-words.tsv", "list-heads.tsv", "role-heads.tsv", "countries.tsv",
    "membership.tsv", "nested-relations.tsv", "character-classes.tsv", "relation-words.tsv", "designations.tsv",
  ]
  /// Large public lists maintained separately; used when present.
  static let optionalFiles = [
    "regions.tsv", "universities.tsv", "institutes.tsv", "common-words.tsv", "brand-rules.tsv",
    "enterprises-known.tsv", "government-bodies.tsv", "organizations-known.tsv",
  ]
  /// Optional lists of well-known names, read like `known-names.tsv`; a name listed there wins.
  static let knownNameFiles = ["enterprises-known.tsv", "government-bodies.tsv", "organizations-known.tsv"]

  /// The directory of bundled lexicons.
  static var bundledDirectory: URL? {
    Bundle.module.bundleURL.appendingPathComponent("Resources/Lexicons")
  }

  /// Loads every lexicon from `directory` (default: the bundled one).
  /// - Throws: `LexiconError` naming the file and line at fault.
  /// - Complexity: O(total size of the files).
  static func load(from directory: URL? = nil) throws -> Lexicon {
    guard let directory = directory ?? bundledDirectory else {
      throw LexiconError.missingFile("Resources/Lexicons")
    }
    var lexicon = Lexicon()
    let kinds = EntityKind.allCases.map(\.rawValue)

    for row in try rows("suffixes.tsv", in: directory) {
      let kind = try entityKind(row, allowed: kinds)
      let notes = ["needs-region", "province-level", "platform-unanchored"]
      if let note = row.note, !notes.contains(note) {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: note, allowed: notes)
      }
      lexicon.suffixes.insert(
        row.surface,
        Lexicon.Suffix(
          kind: kind, needsRegion: row.note == "needs-region", provinceLevel: row.note == "province-level",
          platformUnanchored: row.note == "platform-unanchored"))
    }
    for row in try rows("blocked-words.tsv", in: directory) {
      lexicon.blocked.insert(row.surface, try entityKind(row, allowed: kinds))
      lexicon.blockedBackward.insert(row.surface, try entityKind(row, allowed: kinds))
    }
    for row in try rows("known-names.tsv", in: directory) {
      let name = Lexicon.KnownName(kind: try entityKind(row, allowed: kinds), fullName: row.note)
      lexicon.known.insert(row.surface, name)
      lexicon.knownBackward.insert(row.surface, name)
    }
    for file in knownNameFiles {
      for row in try rows(file, in: directory, optional: true) where lexicon.known.value(for: row.surface) == nil {
        let name = Lexicon.KnownName(kind: try entityKind(row, allowed: kinds), fullName: row.note)
        lexicon.known.insert(row.surface, name)
        lexicon.knownBackward.insert(row.surface, name)
      }
    }
    let categories = ["conjunction", "preposition", "particle", "adverb", "verb", "weak-verb", "time"]
    for row in try rows("stop-words.tsv", in: directory) {
      guard let category = Lexicon.StopCategory(rawValue: row.kind) else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: categories)
      }
      lexicon.stopWords.insert(row.surface, category)
    }
    for row in try rows("stop-verbs.tsv", in: directory) {
      guard row.kind == "verb" else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: ["verb"])
      }
      if lexicon.stopWords.value(for: row.surface) == nil { lexicon.stopWords.insert(row.surface, .commonVerb) }
    }
    for row in try rows("character-classes.tsv", in: directory) {
      switch row.kind {
      case "stray-ender": lexicon.strayEnders.formUnion(row.surface.unicodeScalars)
      case "level": lexicon.levelScalars.formUnion(row.surface.unicodeScalars)
      case "classifier": lexicon.classifiers.formUnion(row.surface.unicodeScalars)
      case "word-end": lexicon.wordEnders.formUnion(row.surface.unicodeScalars)
      case "clause-break": lexicon.clauseBreaks.formUnion(row.surface.unicodeScalars)
      case "dash": lexicon.dashes.formUnion(row.surface.unicodeScalars)
      case "closing-quote": lexicon.closingQuotes.formUnion(row.surface.unicodeScalars)
      case "opening-quote": lexicon.openingQuotes.formUnion(row.surface.unicodeScalars)
      case "name-tail-stop": lexicon.nameTailStops.formUnion(row.surface.unicodeScalars)
      case "agent-gap-stop": lexicon.agentGapStops.formUnion(row.surface.unicodeScalars)
      case "member-gap-stop": lexicon.memberGapStops.formUnion(row.surface.unicodeScalars)
      case "modifier-stop": lexicon.modifierStops.formUnion(row.surface.unicodeScalars)
      case "place-preposition": lexicon.placePrepositions.formUnion(row.surface.unicodeScalars)
      case "opening-link": lexicon.openingLinks.formUnion(row.surface.unicodeScalars)
      case "category-marker": lexicon.categoryMarkers.formUnion(row.surface.unicodeScalars)
      case "date-unit": lexicon.dateUnits.formUnion(row.surface.unicodeScalars)
      case "date-part": lexicon.dateParts.formUnion(row.surface.unicodeScalars)
      case "list-joiner": lexicon.listJoiners.formUnion(row.surface.unicodeScalars)
      case "unit-classifier": lexicon.unitClassifiers.formUnion(row.surface.unicodeScalars)
      case "appositive-stop": lexicon.appositiveStops.formUnion(row.surface.unicodeScalars)
      case "bound-with": lexicon.boundWith.formUnion(row.surface.unicodeScalars)
      case "national-prefix": lexicon.nationalPrefixes.insert(row.surface)
      case "party-prefix": lexicon.partyPrefixes.insert(row.surface)
      default:
        throw LexiconError.unknownKind(
          file: row.file, line: row.line, kind: row.kind,
          allowed: ["stray-ender", "level", "classifier", "word-end", "clause-break", "dash", "closing-quote", "national-prefix", "party-prefix"]
            + ["name-tail-stop", "agent-gap-stop", "member-gap-stop", "modifier-stop", "place-preposition", "opening-link", "category-marker", "date-unit", "date-part", "appositive-stop", "bound-with", "list-joiner", "unit-classifier"])
      }
    }
    for row in try rows("list-heads.tsv", in: directory) {
      switch row.kind {
      case "compound": lexicon.listHeadCompounds.insert(row.surface, true)
      case "classifier": lexicon.listClassifiers.formUnion(row.surface.unicodeScalars)
      case "field": lexicon.listFieldWords.insert(row.surface, true)
      case "batch": lexicon.listBatchWords.insert(row.surface, true)
      default:
        let kind = try entityKind(row, allowed: kinds + ["compound", "classifier", "field", "batch"])
        lexicon.listHeads.insert(row.surface, Lexicon.ListHead(kind: kind, weak: row.note == "weak"))
      }
    }
    for row in try rows("role-heads.tsv", in: directory) {
      lexicon.roleHeads.insert(row.surface, try entityKind(row, allowed: kinds))
    }
    for row in try rows("name-words.tsv", in: directory) {
      lexicon.nameWords.insert(row.surface, true)
    }
    for row in try rows("non-entity-prefixes.tsv", in: directory) {
      lexicon.nonEntityPrefixes.insert(row.surface, true)
    }
    for row in try rows("designations.tsv", in: directory) {
      switch row.kind {
      case "after": lexicon.designationWords.insert(row.surface, true)
      case "batch-open": lexicon.batchOpen.formUnion(row.surface.unicodeScalars)
      case "batch-close": lexicon.batchClose.formUnion(row.surface.unicodeScalars)
      default:
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: ["after", "batch-open", "batch-close"])
      }
    }
    for row in try rows("generic-words.tsv", in: directory) {
      lexicon.genericWords.insert(row.surface, true)
    }
    for row in try rows("anaphora.tsv", in: directory) {
      lexicon.anaphora.insert(row.surface, try entityKind(row, allowed: kinds))
    }
    for row in try rows("legal-forms.tsv", in: directory) {
      switch row.kind {
      case "legal": lexicon.legalForms.append(Array(row.surface.unicodeScalars))
      case "industry": lexicon.industryWords.append(Array(row.surface.unicodeScalars))
      default:
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: ["legal", "industry"])
      }
    }
    lexicon.legalForms.sort { $0.count > $1.count }
    lexicon.industryWords.sort { $0.count > $1.count }
    var properTags: Set<Substring> = []
    var verbTags: Set<Substring> = []
    var frequentWord = Int.max
    for row in try rows("brand-rules.tsv", in: directory, optional: true) {
      switch row.kind {
      case "head": lexicon.brandHeads.insert(row.surface, true)
      case "not-first": lexicon.brandNotFirst.formUnion(row.surface.unicodeScalars)
      case "material": lexicon.brandMaterials.formUnion(row.surface.unicodeScalars)
      case "proper-tag": properTags.insert(Substring(row.surface))
      case "verb-tag": verbTags.insert(Substring(row.surface))
      case "frequent-word":
        guard let count = Int(row.surface) else {
          throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.surface, allowed: ["a count"])
        }
        frequentWord = count
      default:
        throw LexiconError.unknownKind(
          file: row.file, line: row.line, kind: row.kind, allowed: ["head", "not-first", "material", "proper-tag", "verb-tag", "frequent-word"])
      }
    }
    // A generated dictionary of ~90k words, the largest file: nothing below reads it until the
    // registry names, so its trie is built on a second thread meanwhile. Its error (if any) still
    // comes first, as when the files were read in order.
    let commonWords = BackgroundResult { [properTags, verbTags, frequentWord] in
      try commonWordsTrie(in: directory, properTags: properTags, verbTags: verbTags, frequentWord: frequentWord)
    }
    do {
      try loadRest(into: &lexicon, from: directory, kinds: kinds)
    } catch {
      _ = try commonWords.value()
      throw error
    }
    lexicon.commonWords = try commonWords.value()
    try addRegistryNames(to: &lexicon, registries: directory.deletingLastPathComponent().appendingPathComponent("Registries"))
    return lexicon
  }

  /// `common-words.tsv`: surface, jieba tag, frequency.
  static func commonWordsTrie(in directory: URL, properTags: Set<Substring>, verbTags: Set<Substring> = [], frequentWord: Int) throws
    -> ScalarTrie<Lexicon.CommonWord>
  {
    var trie = ScalarTrie<Lexicon.CommonWord>()
    for (_, text) in try lines("common-words.tsv", in: directory, optional: true) {
      // A tab is a Character of its own, so splitting the UTF-8 bytes cuts the same fields.
      let fields = text.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
      var word = Lexicon.CommonWord()
      if fields.count > 1 {
        word.isProper = properTags.contains(fields[1])
        word.isVerb = verbTags.contains(fields[1])
      }
      if fields.count > 2, let count = Int(fields[2]) { word.isFrequent = count >= frequentWord }
      trie.insert(fields[0].unicodeScalars, word)
    }
    return trie
  }

  /// The files read after `common-words.tsv`, in order; none of them reads `commonWords`.
  private static func loadRest(into lexicon: inout Lexicon, from directory: URL, kinds: [String]) throws {
    for row in try rows("park-forms.tsv", in: directory, fields: 3) {
      let kind = try entityKind(row, allowed: ["park", "government"])
      let form = (long: Array(row.surface.unicodeScalars), short: Array((row.note ?? "").unicodeScalars))
      if kind == .park { lexicon.parkForms.append(form) } else { lexicon.governmentForms.append(form) }
    }
    lexicon.parkForms.sort { $0.long.count > $1.long.count }
    lexicon.governmentForms.sort { $0.long.count > $1.long.count }
    for row in try rows("alias-markers.tsv", in: directory) {
      lexicon.aliasMarkers.insert(row.surface, true)
    }
    for (line, text) in try lines("relations.jsonl", in: directory) {
      let pattern: TriggerPattern
      do {
        pattern = try JSONDecoder().decode(TriggerPattern.self, from: Data(text.utf8))
      } catch {
        throw LexiconError.badPattern(file: "relations.jsonl", line: line, reason: "\(error)")
      }
      if pattern.triggers.isEmpty {
        throw LexiconError.badPattern(file: "relations.jsonl", line: line, reason: "empty triggers")
      }
      for trigger in pattern.triggers {
        let key = Array(trigger.unicodeScalars)
        var list = lexicon.triggers.longestMatch(startingAt: 0, in: key, upperBound: key.count)
          .flatMap { $0.length == key.count ? $0.value : nil } ?? []
        list.append(pattern)
        lexicon.triggers.insert(key, list)
        // A trigger word also ends a name on its left (入驻|浙江大学).
        if let old = lexicon.stopWords.value(for: trigger), old != .commonVerb { continue }
        lexicon.stopWords.insert(key, .verb)
      }
    }

    let roles = ["cue", "strong", "not", "lead", "subpark", "place", "intro", "title"]
    for row in try rows("membership.tsv", in: directory) {
      switch row.kind {
      case "cue": lexicon.membershipCues.insert(row.surface, .cue)
      case "strong": lexicon.membershipCues.insert(row.surface, .strong)
      case "not": lexicon.membershipCues.insert(row.surface, .not)
      case "place": lexicon.placeWords.append(Array(row.surface.unicodeScalars))
      case "intro": lexicon.introWords.insert(row.surface, true)
      case "lead": lexicon.leadWords.insert(row.surface, true)
      case "subpark": lexicon.subparkHeads.append(row.surface)
      case "title": lexicon.speakerTitles.insert(row.surface, true)
      default: throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: roles)
      }
    }
    for row in try rows("nested-relations.tsv", in: directory, fields: 3) {
      let pair = row.surface.split(separator: ">").map(String.init)
      guard pair.count == 2, let inner = EntityKind(rawValue: pair[0]), pair[1] == "*" || EntityKind(rawValue: pair[1]) != nil else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.surface, allowed: ["inner>outer with entity kinds or *"])
      }
      guard row.kind == "none" || RelationKind(rawValue: row.kind) != nil else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: RelationKind.allCases.map(\.rawValue) + ["none"])
      }
      guard row.note == "inner-outer" || row.note == "outer-inner" else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.note ?? "", allowed: ["inner-outer", "outer-inner"])
      }
      let tie = Lexicon.NestedTie(kind: RelationKind(rawValue: row.kind), innerIsSource: row.note == "inner-outer")
      lexicon.nestedTies[inner, default: [:]][EntityKind(rawValue: pair[1])] = tie
    }
    lexicon.relationWords = try RelationWords(rows: rows("relation-words.tsv", in: directory))

    // Optional public lists.
    let levels = ["province", "prefecture", "county"]
    for row in try rows("regions.tsv", in: directory, optional: true) {
      guard var level = Lexicon.RegionLevel(rawValue: row.kind), level != .countyShort else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: levels)
      }
      if row.note == "short" && level == .county { level = .countyShort }
      let forms = level == .province || level == .prefecture ? regionForms(row.surface) : [row.surface]
      for form in forms {
        // A name listed at several levels keeps the highest (吉林: province over prefecture).
        let old = lexicon.regions.value(for: form)
        if let old, Set([old, level]) == [.province, .prefecture] { lexicon.provinceCityForms.insert(form) }
        if let old, old >= level { continue }
        lexicon.regions.insert(form, level)
        lexicon.regionsBackward.insert(form, level)
      }
    }
    // Countries anchor names like provinces do (俄罗斯外交部), without overriding a region.
    for row in try rows("countries.tsv", in: directory) {
      guard row.kind == "country" else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: ["country"])
      }
      lexicon.countries.insert(row.surface)
      if lexicon.regions.value(for: row.surface) == nil {
        lexicon.regions.insert(row.surface, .province)
        lexicon.regionsBackward.insert(row.surface, .province)
      }
    }
    for (file, kind) in [("universities.tsv", EntityKind.university), ("institutes.tsv", .institute)] {
      for row in try rows(file, in: directory, optional: true) {
        _ = try entityKind(row, allowed: [kind.rawValue])
        let name = Lexicon.KnownName(kind: kind, fullName: nil)
        lexicon.known.insert(row.surface, name)
        lexicon.knownBackward.insert(row.surface, name)
        if let short = row.note, short.unicodeScalars.count >= 2, short != row.surface {
          let shortName = Lexicon.KnownName(kind: kind, fullName: row.surface)
          // A short form never replaces a full name listed elsewhere.
          if lexicon.known.value(for: short) == nil {
            lexicon.known.insert(short, shortName)
            lexicon.knownBackward.insert(short, shortName)
          }
        }
      }
    }
  }

  /// Known names from the registries beside the lexicons (Resources/Registries), when present:
  /// every MOE university with its short forms, and A-share and Hong Kong short names (全志科技)
  /// with their brand stems (闻泰科技 → 闻泰), both matched only between word boundaries.
  static func addRegistryNames(to lexicon: inout Lexicon, registries: URL) throws {
    func isHan(_ s: String) -> Bool { s.unicodeScalars.allSatisfy(EntityMatcher.isHan) }
    // A tab is a Character of its own, so splitting the UTF-8 bytes cuts the same fields.
    func fields(_ text: String) -> [String] { text.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) } }
    func addKnown(_ surface: String, _ name: Lexicon.KnownName) {
      guard surface.unicodeScalars.count >= 2, lexicon.known.value(for: surface) == nil,
        lexicon.regions.value(for: surface) == nil, lexicon.commonWords.value(for: surface) == nil
      else { return }
      lexicon.known.insert(surface, name)
      lexicon.knownBackward.insert(surface, name)
    }
    // universities.tsv: id, name, province, city, level, forms (|-joined).
    for (_, text) in try lines("universities.tsv", in: registries, optional: true) {
      let row = fields(text)
      guard row.count >= 6 else { continue }
      addKnown(row[1], Lexicon.KnownName(kind: .university, fullName: nil))
      for form in row[5].split(separator: "|").map(String.init) where form != row[1] && form.unicodeScalars.count >= 3 {
        addKnown(form, Lexicon.KnownName(kind: .university, fullName: row[1]))
      }
    }
    // companies.tsv: code, exchange, short name, full name, forms (|-joined).
    let heads = lexicon.industryWords + lexicon.legalForms
    for (_, text) in try lines("companies.tsv", in: registries, optional: true) {
      let row = fields(text)
      guard row.count >= 3 else { continue }
      // The short name as listed, then its forms: 商汤-W, 香港小轮(集团) and 青岛啤酒股份 are
      // written 香港小轮 and 青岛啤酒 (forms the registry derives); only all-Han ones are matched.
      let forms = [row[2]] + (row.count >= 5 ? row[4].split(separator: "|").map(String.init) : [])
      // 湾区发展 → 湾区, 新质数字 → 新质: a Hong Kong name's two-character stem is seldom how
      // mainland text writes that company, and more often a phrase of its own; HK names match whole.
      let stems = row.count < 2 || row[1] != "HKEX"
      for short in forms where isHan(short) {
        let scalars = Array(short.unicodeScalars)
        // 新产业, 城市传媒, 长江证券, 苏州高新: a short name that ordinary words and places spell
        // out is too often not the company.
        guard scalars.count >= 3, !spelledByWords(scalars, lexicon) else { continue }
        if lexicon.known.value(for: short) == nil, lexicon.brandStems.value(for: short) == nil {
          lexicon.brandStems.insert(scalars, short)
        }
        for head in heads where stems && scalars.count - head.count >= 2 && scalars.suffix(head.count).elementsEqual(head) {
          let stem = Array(scalars.dropLast(head.count))
          let stemText = String(String.UnicodeScalarView(stem))
          guard lexicon.commonWords.value(for: stemText) == nil, lexicon.regions.value(for: stemText) == nil,
            lexicon.genericWords.value(for: stemText) == nil,
            lexicon.known.value(for: stemText) == nil
          else { break }
          if lexicon.brandStems.value(for: stemText) == nil { lexicon.brandStems.insert(stem, short) }
          break
        }
      }
    }
  }

  /// Whether common words and regions (and at most one stray character) spell out `name`.
  static func spelledByWords(_ name: [Unicode.Scalar], _ lexicon: Lexicon) -> Bool {
    // reachable[i]: the fewest stray characters needed to spell name[..<i].
    var reachable = [Int?](repeating: nil, count: name.count + 1)
    reachable[0] = 0
    for i in 0..<name.count {
      guard let strays = reachable[i] else { continue }
      let lengths = lexicon.commonWords.matches(startingAt: i, in: name, upperBound: name.count).map(\.length)
        + lexicon.regions.matches(startingAt: i, in: name, upperBound: name.count).map(\.length).filter { $0 >= 2 }
      for length in lengths { reachable[i + length] = min(reachable[i + length] ?? .max, strays) }
      if strays == 0 { reachable[i + 1] = min(reachable[i + 1] ?? .max, 1) }
    }
    return reachable[name.count] != nil
  }

  /// A region and its bare form without the administrative suffix (陕西省 → 陕西).
  static func regionForms(_ name: String) -> [String] {
    var forms = [name]
    let scalars = Array(name.unicodeScalars)
    for suffix in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "特别行政区", "省", "市", "地区", "盟", "县", "区"] {
      let s = Array(suffix.unicodeScalars)
      if scalars.count - s.count >= 2, scalars.suffix(s.count).elementsEqual(s) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.dropLast(s.count))
        forms.append(String(view))
        break
      }
    }
    return forms
  }

  struct Row {
    var file: String
    var line: Int
    var surface: String
    var kind: String
    var note: String?
  }

  private static func entityKind(_ row: Row, allowed: [String]) throws -> EntityKind {
    guard allowed.contains(row.kind), let kind = EntityKind(rawValue: row.kind) else {
      throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.kind, allowed: allowed)
    }
    return kind
  }

  static func rows(_ file: String, in directory: URL, fields: Int = 2, optional: Bool = false) throws -> [Row] {
    try lines(file, in: directory, optional: optional).map { line, text in
      let parts = text.split(separator: "\t", omittingEmptySubsequences: false).map {
        TextTrimming.trimmed($0)
      }
      guard parts.count >= fields, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw LexiconError.fieldCount(file: file, line: line, expected: fields, found: parts.filter { !$0.isEmpty }.count)
      }
      let note = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
      return Row(file: file, line: line, surface: parts[0], kind: parts[1], note: note)
    }
  }

  /// Non-comment, non-empty lines with their 1-based numbers.
  static func lines(_ file: String, in directory: URL, optional: Bool = false) throws -> [(Int, String)] {
    let url = directory.appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      if optional { return [] }
      throw LexiconError.missingFile(file)
    }
    guard var text = String(data: data, encoding: .utf8) else { throw LexiconError.undecodable(file: file) }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var result: [(Int, String)] = []
    for (index, line) in splitLines(text).enumerated() {
      if line.unicodeScalars.allSatisfy(TextTrimming.isSpace) || line.hasPrefix("#") { continue }
      result.append((index + 1, line))
    }
    return result
  }

  /// The lines of `text`, ended by `\n` or `\r\n` (a file saved on Windows reads line by line),
  /// each with one more final `\r` dropped — what splitting the Characters at `"\n"` and
  /// `"\r\n"` and dropping a final `"\r"` from each piece gives — done on UTF-8 bytes instead of
  /// Characters (grapheme breaking was a quarter of start-up).
  /// - Complexity: O(*n*) in the bytes of `text`.
  static func splitLines(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
        var end = i
        // The \r of a \r\n line end, then a \r left at the end of the line itself.
        if i < bytes.count, end > start, bytes[end - 1] == 0x0D { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = i + 1
      }
      return lines
    }
  }
}
