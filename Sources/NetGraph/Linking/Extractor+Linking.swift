/// Registry linking inside extraction: park keys become registry keys (`park|@<id>`), so every
/// form of one registry park is one entity across the corpus.
extension Extractor {
  /// The place an article is about: its most named city and province (ties: first named).
  struct ArticlePlace {
    var city: String?
    var province: String?
  }

  /// Rewrites the keys of park spans that name a registry park, records their links, and
  /// returns each article's place (used for bare heads such as 高新区 and for titles).
  ///
  /// Votes for an article's place come from linked parks and from names that start with a
  /// city or province the registry knows (西安市科技局); bare heads are resolved afterwards.
  /// - Complexity: O(*s*·*m*) for *s* spans of at most *m* scalars.
  func linkParks(
    _ articles: [Int], matched: [[EntitySpan]], keys: inout [[String]], links: inout [String: RegistryLink]
  ) -> [Int: ArticlePlace] {
    guard let linker else { return [:] }
    var cityVotes: [Int: [String: (count: Int, first: Int)]] = [:]
    var provinceVotes: [Int: [String: (count: Int, first: Int)]] = [:]
    var order = 0
    func vote(_ article: Int, city: String?, province: String) {
      order += 1
      if let city {
        let old = cityVotes[article, default: [:]][city] ?? (0, order)
        cityVotes[article, default: [:]][city] = (old.count + 1, old.first)
      }
      let old = provinceVotes[article, default: [:]][province] ?? (0, order)
      provinceVotes[article, default: [:]][province] = (old.count + 1, old.first)
    }
    var bare: [(sentence: Int, span: Int)] = []
    for (index, spans) in matched.enumerated() {
      for (spanIndex, span) in spans.enumerated() {
        let key = keys[index][spanIndex]
        guard let bar = key.firstIndex(of: "|") else { continue }
        let name = String(key[key.index(after: bar)...])
        if span.kind == .park {
          if linker.isBare(name) {
            bare.append((index, spanIndex))
          } else if let park = linker.park(named: name) {
            let linked = "park|@" + park.link.id
            keys[index][spanIndex] = linked
            links[linked] = park.link
            vote(articles[index], city: park.link.city.isEmpty ? nil : park.link.city, province: park.link.province)
          }
        } else if let place = linker.place(leading: Array(name.unicodeScalars)) {
          vote(articles[index], city: place.city, province: place.province)
        }
      }
    }
    func best(_ votes: [String: (count: Int, first: Int)]?) -> String? {
      votes?.min { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }?.key
    }
    var places: [Int: ArticlePlace] = [:]
    for article in Set(articles) {
      places[article] = ArticlePlace(city: best(cityVotes[article]), province: best(provinceVotes[article]))
    }
    for (index, spanIndex) in bare {
      let key = linkedKey(keys[index][spanIndex], place: places[articles[index]])
      if key != keys[index][spanIndex], let link = linker.registry.park(id: String(key.dropFirst("park|@".count)))?.link {
        keys[index][spanIndex] = key
        links[key] = link
      }
    }
    return places
  }

  /// The registry key of a park key (`park|西安高新区` → `park|@hitech-610100`), a bare head
  /// resolved through the article's place; other keys unchanged.
  func linkedKey(_ key: String, place: ArticlePlace?) -> String {
    guard let linker, key.hasPrefix("park|"), !key.hasPrefix("park|@") else { return key }
    let name = String(key.dropFirst("park|".count))
    let park = linker.isBare(name)
      ? linker.park(bare: name, city: place?.city, province: place?.province)
      : linker.park(named: name)
    return park.map { "park|@" + $0.link.id } ?? key
  }
}
