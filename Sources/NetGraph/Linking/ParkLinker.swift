/// Links park names to the park registry (CLI.md `"registry"`; issue 12 part 3).
///
/// A name links when, after dropping what does not belong to the park's name — a bracketed
/// note (江门高新区(江海区)), a lead-in before `·` (中国动力谷·株洲高新区), a leading province
/// (贵州省贵阳高新区) or 国家 — it is a form that names exactly one registry park. A bare head
/// (高新区, 火炬高新区, 经开区) names the park of that level in the article's city, else its
/// province, when there is exactly one; otherwise it stays unlinked. Entity-linking by
/// dictionary lookup with a document context, as in Shen, Wang & Han, "Entity Linking with a
/// Knowledge Base", IEEE TKDE 27(2), 2015 (§3, name dictionary; §4, context for ambiguous names).
struct ParkLinker: Sendable {
  let registry: ParkRegistry
  let lexicon: Lexicon
  /// Short and full place names of the registry's cities and provinces (西安 → 西安市, 陕西 → 陕西省).
  private let places: [String: (city: String?, province: String)]

  init(registry: ParkRegistry, lexicon: Lexicon) {
    self.registry = registry
    self.lexicon = lexicon
    var places: [String: (city: String?, province: String)] = [:]
    for park in registry.parks {
      let link = park.link
      for form in LexiconLoader.regionForms(link.province) where places[form] == nil {
        places[form] = (nil, link.province)
      }
      if !link.city.isEmpty {
        for form in LexiconLoader.regionForms(link.city) { places[form] = (link.city, link.province) }
      }
    }
    self.places = places
  }

  /// The registry park `name` names on its own, if exactly one.
  /// - Complexity: O(*n*) in the name length.
  func park(named name: String) -> ParkRegistry.Park? {
    for candidate in candidates(of: name) {
      if let park = registry.park(named: candidate) { return park }
    }
    return nil
  }

  /// Whether `name` is a bare head (高新区, 经开区) that only the article's place can resolve.
  func isBare(_ name: String) -> Bool {
    registry.bareHeads[name] != nil
  }

  /// The park a bare head names in an article about `city` (else `province`), when exactly one.
  func park(bare name: String, city: String?, province: String?) -> ParkRegistry.Park? {
    guard let level = registry.bareHeads[name] else { return nil }
    for place in [city, province] {
      guard let place else { continue }
      let parks = registry.parks(level: level, in: place)
      if parks.count == 1 { return parks[0] }
      if parks.count > 1 { return nil }
    }
    return nil
  }

  /// The city and province a name starts with (西安市科技局 → 西安市, 陕西省), when the registry
  /// knows the place.
  func place(leading name: [Unicode.Scalar]) -> (city: String?, province: String)? {
    guard let match = lexicon.regions.longestMatch(startingAt: 0, in: name, upperBound: name.count),
      match.value == .province || match.value == .prefecture
    else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: name[..<match.length])
    let region = String(view)
    return places[region] ?? LexiconLoader.regionForms(region).dropFirst().first.flatMap { places[$0] }
  }

  /// The name and its cut forms, in the order they are tried: the name itself (full-width
  /// brackets as ASCII: 中国（安徽）自由贸易试验区 → 中国(安徽)自由贸易试验区), a bracketed area kept
  /// (浙江自贸试验区(宁波片区) → 浙江自贸试验区宁波片区), then the cuts below.
  private func candidates(of name: String) -> [String] {
    var forms: [String] = []
    var scalars = Array(name.unicodeScalars).map { $0 == "（" ? "(" : $0 == "）" ? ")" : $0 }
    forms.append(Self.string(scalars))
    if let area = Self.bracketedArea(scalars) { forms.append(area) }
    // Bracketed notes: 杭州高新区(滨江) → 杭州高新区.
    var kept: [Unicode.Scalar] = []
    var depth = 0
    for c in scalars {
      if c == "(" || c == "（" { depth += 1; continue }
      if c == ")" || c == "）" { depth = max(0, depth - 1); continue }
      if depth == 0 { kept.append(c) }
    }
    if !kept.isEmpty { scalars = kept }
    // A lead-in joined by a middle dot: 中国动力谷·株洲高新区 → 株洲高新区.
    if let dot = scalars.lastIndex(where: { $0 == "·" || $0 == "•" || $0 == "・" }), scalars.count - dot > 3 {
      scalars = Array(scalars[(dot + 1)...])
    }
    // 国家井冈山经济技术开发区 → 井冈山经济技术开发区.
    for lead in ["国家级", "国家"] {
      let l = Array(lead.unicodeScalars)
      if scalars.count - l.count >= 4, scalars.starts(with: l) {
        scalars.removeFirst(l.count)
        break
      }
    }
    forms.append(Self.string(scalars))
    // A leading province: 贵州省贵阳高新区 / 贵州贵阳高新区 → 贵阳高新区.
    if let match = lexicon.regions.longestMatch(startingAt: 0, in: scalars, upperBound: scalars.count),
      match.value == .province, scalars.count - match.length >= 4
    {
      forms.append(Self.string(Array(scalars[match.length...])))
    }
    return forms
  }

  /// A name ending in a bracketed area (X(宁波片区)) written without its brackets.
  private static func bracketedArea(_ scalars: [Unicode.Scalar]) -> String? {
    guard scalars.last == ")", let open = scalars.lastIndex(of: "("), open > 0 else { return nil }
    let inner = scalars[(open + 1)..<(scalars.count - 1)]
    guard inner.count >= 3, inner.last == "区", inner.dropLast().last == "片" else { return nil }
    return string(Array(scalars[..<open]) + Array(inner))
  }

  private static func string(_ scalars: [Unicode.Scalar]) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
