/// The six kinds of tie between actors (CLI.md, `extract`).
public enum RelationKind: String, CaseIterable, Codable, Sendable, Comparable {
  /// Undirected: joint work, agreements, co-construction.
  case cooperation
  /// Member → park.
  case location
  /// Investor → investee.
  case investment
  /// Founder → founded.
  case establishment
  /// Incubator → enterprise.
  case incubation
  /// Parent → child.
  case affiliation

  /// Whether source and target are ordered; only cooperation is symmetric.
  public var isDirected: Bool { self != .cooperation }

  /// Chinese label used in legends and reports.
  public var chineseLabel: String {
    switch self {
    case .cooperation: return "合作"
    case .location: return "入驻"
    case .investment: return "投资"
    case .establishment: return "设立"
    case .incubation: return "孵化"
    case .affiliation: return "隶属"
    }
  }

  public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
