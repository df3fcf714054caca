/// One A-share listed company (`Resources/Registries/companies.tsv`).
public struct CompanyRecord: Hashable, Sendable {
  /// Six-digit security code.
  public var code: String
  /// `SSE`, `SZSE` or `BSE`.
  public var exchange: String
  /// 证券简称 as listed (万科A).
  public var shortName: String
  /// Full legal name; empty when the source does not carry it.
  public var fullName: String
  /// Short name first, then the forms without risk-warning prefix or share-class letter (万科).
  public var forms: [String]

  public init(code: String, exchange: String, shortName: String, fullName: String, forms: [String]) {
    self.code = code
    self.exchange = exchange
    self.shortName = shortName
    self.fullName = fullName
    self.forms = forms
  }
}
