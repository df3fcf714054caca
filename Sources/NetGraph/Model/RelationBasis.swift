/// How a relation's evidence states it (CLI.md, `extract`; shared/eval/ANNOTATION.md).
///
/// `stated`: one sentence names both ends and the words that tie them. `context`: the
/// sentence names one end and the article supplies the other (its subject park, 该区/园区,
/// a subject carried over from the previous sentence). A relation with evidence of both
/// bases is `stated`: one sentence that says it outright is enough.
public enum RelationBasis: String, CaseIterable, Codable, Sendable, Comparable {
  case stated
  case context

  /// Stated before context (the stronger basis first).
  public static func < (lhs: RelationBasis, rhs: RelationBasis) -> Bool {
    lhs == .stated && rhs == .context
  }

  /// The basis of a tie backed by evidence of both: the stronger one.
  public func merged(with other: RelationBasis) -> RelationBasis {
    self == .stated || other == .stated ? .stated : .context
  }

  /// Chinese label used in tooltips.
  public var chineseLabel: String {
    switch self {
    case .stated: return "句中明示"
    case .context: return "据文章语境"
    }
  }
}
