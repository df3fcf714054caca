/// One listed company, A share or Hong Kong (`Resources/Registries/companies.tsv`).
public struct CompanyRecord: Hashable, Sendable {
  /// Security code: six digits for A shares, five for HKEX.
  public var code: String
  /// `SSE`, `SZSE`, `BSE` or `HKEX`.
  public var exchange: String
  /// 证券简称 as listed, in simplified characters (万科A, 商汤-W).
  public var shortName: String
  /// Full legal name; empty when the source does not carry it.
  public var fullName: String
  /// Short name first, then the forms without risk-warning prefix, share-class letter (万科),
  /// HK trading marker, trailing bracket or H-share word 股份 (青岛啤酒股份 → 青岛啤酒).
  public var forms: [String]

  public init(code: String, exchange: String, shortName: String, fullName: String, forms: [String]) {
    self.code = code
    self.exchange = exchange
    self.shortName = shortName
    self.fullName = fullName
    self.forms = forms
  }
}
