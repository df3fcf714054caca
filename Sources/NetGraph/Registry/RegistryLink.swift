/// The registry entry an entity is linked to (CLI.md `"registry"`): a national high-tech zone,
/// ETDZ, innovation demonstration zone, national new area, pilot free-trade zone or one of its
/// areas, or other development zone of `Resources/Registries/parks.tsv`.
public struct RegistryLink: Hashable, Codable, Sendable {
  /// Stable registry id, `<level>-<city adcode>[-n]` (`hitech-610100`).
  public var id: String
  /// Official name (西安高新技术产业开发区).
  public var name: String
  /// `national-hitech`, `national-etdz`, `national-demo`, `national-new-area` (国家级新区), `ftz`
  /// (a pilot free-trade zone), `ftz-area` (one of its 片区), or `other-zone` (a development zone
  /// of the statistical division codes whose level the source does not state).
  public var level: String
  /// Province, full form (陕西省); empty when unknown.
  public var province: String
  /// Prefecture-level city, full form (西安市); empty for a zone spanning several cities.
  public var city: String

  public init(id: String, name: String, level: String, province: String, city: String) {
    self.id = id
    self.name = name
    self.level = level
    self.province = province
    self.city = city
  }
}
