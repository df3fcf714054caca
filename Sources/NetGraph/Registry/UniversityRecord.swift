/// One institution of the MOE list of regular higher-education institutions
/// (`Resources/Registries/universities.tsv`).
public struct UniversityRecord: Hashable, Sendable {
  /// 学校标识码 (10 digits).
  public var id: String
  public var name: String
  /// Province, full form (陕西省).
  public var province: String
  /// Seat city as the list gives it (西安市).
  public var city: String
  /// 本科 or 专科.
  public var level: String
  /// Official name first, then the short forms (上海交大).
  public var forms: [String]

  public init(id: String, name: String, province: String, city: String, level: String, forms: [String]) {
    self.id = id
    self.name = name
    self.province = province
    self.city = city
    self.level = level
    self.forms = forms
  }
}
