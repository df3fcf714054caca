/// The seven kinds of actor in an innovation network (CLI.md, `extract`).
public enum EntityKind: String, CaseIterable, Codable, Sendable, Comparable {
  case park
  case university
  case institute
  case enterprise
  case fund
  case government
  case platform

  /// Chinese label used in legends and reports.
  public var chineseLabel: String {
    switch self {
    case .park: return "园区"
    case .university: return "高校"
    case .institute: return "科研院所"
    case .enterprise: return "企业"
    case .fund: return "基金"
    case .government: return "政府机构"
    case .platform: return "创新平台"
    }
  }

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
