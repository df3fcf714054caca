/// A head word of venture-capital and private-equity firm names (`vc-heads.tsv`): 资本, 创投, 投资.
public struct VCHeadWord: Hashable, Sendable {
  public var surface: String
  /// Strong heads mark a firm alone after a name (红杉资本); weak ones need a legal form or a
  /// list context (X投资有限公司).
  public var isStrong: Bool

  public init(surface: String, isStrong: Bool) {
    self.surface = surface
    self.isStrong = isStrong
  }
}
