import Foundation

/// The bundled park registry (`Resources/Registries/parks.tsv`): every national high-tech zone,
/// national ETDZ, national independent innovation demonstration zone, national new area (国家级新区),
/// pilot free-trade zone (中国(X)自由贸易试验区) and its areas (片区), and the other
/// development zones of the statistical division codes (`other-zone`), with the short forms
/// people write, looked up by form or by level and place.
public struct ParkRegistry: Sendable {
  /// One registry park: its link data and every form that names it alone.
  public struct Park: Hashable, Sendable {
    public var link: RegistryLink
    /// Official name first, then the short forms (西安高新区, 西安国家高新区, …).
    public var forms: [String]

    public init(link: RegistryLink, forms: [String]) {
      self.link = link
      self.forms = forms
    }
  }

  /// All parks, in id order.
  public let parks: [Park]
  /// Bare heads (高新区, 经开区, …) and the level each names (`park-heads.tsv`).
  public let bareHeads: [String: String]
  private let byForm: [String: Int]
  private let byPlace: [String: [Int]]

  /// The levels a park may have.
  public static let levels = [
    "national-hitech", "national-etdz", "national-demo", "national-new-area", "ftz", "ftz-area", "other-zone",
  ]

  /// Builds the indexes. A form listed for two parks names neither (it stays a bare form).
  /// - Complexity: O(total forms).
  public init(parks: [Park], bareHeads: [String: String] = [:]) {
    self.parks = parks.sorted { $0.link.id < $1.link.id }
    self.bareHeads = bareHeads
    var owners: [String: Int] = [:]
    var shared = Set<String>()
    var places: [String: [Int]] = [:]
    for (index, park) in self.parks.enumerated() {
      for form in Set(park.forms) {
        if owners[form] != nil { shared.insert(form) } else { owners[form] = index }
      }
      for place in [park.link.city, park.link.province] where !place.isEmpty {
        places[park.link.level + "|" + place, default: []].append(index)
      }
    }
    for form in shared { owners[form] = nil }
    self.byForm = owners
    self.byPlace = places
  }

  /// The park a form names alone (西安高新区, 西安高新技术产业开发区), if any.
  /// - Complexity: O(*n*) in the form length (one hash lookup).
  public func park(named form: String) -> Park? {
    byForm[form].map { parks[$0] }
  }

  /// The parks of `level` whose city or province is `place` (full form: 西安市, 陕西省).
  public func parks(level: String, in place: String) -> [Park] {
    (byPlace[level + "|" + place] ?? []).map { parks[$0] }
  }

  /// The park with registry id `id`.
  public func park(id: String) -> Park? {
    guard let index = parks.binarySearchIndex(where: { $0.link.id }, equals: id) else { return nil }
    return parks[index]
  }

  /// Reads `parks.tsv` and `park-heads.tsv` from `directory` (default: the bundled registries).
  /// - Throws: `RegistryError` naming the file and line at fault.
  /// - Complexity: O(size of the files).
  public static func load(from directory: URL? = nil) throws -> ParkRegistry {
    guard let directory = directory ?? Registry.bundledDirectory else {
      throw RegistryError.missingFile("Resources/Registries")
    }
    let table = try RegistryTable("parks.tsv", in: directory, columns: 6, required: [0, 1, 2, 3])
    var parks: [Park] = []
    var ids = Set<String>()
    for line in table.lines {
      let f = line.fields
      guard levels.contains(f[2]) else {
        throw RegistryError.badValue(file: table.file, line: line.number, value: f[2], allowed: levels)
      }
      guard ids.insert(f[0]).inserted else {
        throw RegistryError.duplicateID(file: table.file, line: line.number, id: f[0])
      }
      let link = RegistryLink(id: f[0], name: f[1], level: f[2], province: f[3], city: f[4])
      parks.append(Park(link: link, forms: [f[1]] + RegistryTable.list(f[5]).filter { $0 != f[1] }))
    }
    var heads: [String: String] = [:]
    let headTable = try RegistryTable("park-heads.tsv", in: directory, columns: 2, required: [0, 1])
    for line in headTable.lines {
      guard levels.contains(line.fields[1]) else {
        throw RegistryError.badValue(file: headTable.file, line: line.number, value: line.fields[1], allowed: levels)
      }
      heads[line.fields[0]] = line.fields[1]
    }
    return ParkRegistry(parks: parks, bareHeads: heads)
  }
}

extension Array {
  /// Index of the element whose `key` equals `value`, in an array sorted by `key`.
  fileprivate func binarySearchIndex(where key: (Element) -> String, equals value: String) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      let k = key(self[mid])
      if k == value { return mid }
      if k < value { low = mid + 1 } else { high = mid }
    }
    return nil
  }
}
