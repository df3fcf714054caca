/// One research institute: a CAS unit or a national academy (`Resources/Registries/institutes.tsv`).
public struct InstituteRecord: Hashable, Sendable {
  public var name: String
  /// 中国科学院 for a CAS unit, else empty.
  public var parent: String
  /// Official name first, then the forms people write (大连化物所, 中科院大连化物所).
  public var forms: [String]

  public init(name: String, parent: String, forms: [String]) {
    self.name = name
    self.parent = parent
    self.forms = forms
  }
}
