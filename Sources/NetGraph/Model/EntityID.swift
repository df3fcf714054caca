/// Stable identifier of an entity in extractor output, spelled `e1`, `e2`, … (CLI.md).
///
/// Distinct from `NodeID`, the dense integer index used by algorithms.
public struct EntityID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The identifier `e<number>` for a 1-based ordinal.
  public init(ordinal: Int) { self.rawValue = "e\(ordinal)" }

  public var description: String { rawValue }

  public init(from decoder: Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Orders `e2` before `e10`; non-numeric ids fall back to string order.
  public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
    switch (lhs.ordinal, rhs.ordinal) {
    case let (l?, r?) where l != r: return l < r
    default: return lhs.rawValue < rhs.rawValue
    }
  }

  var ordinal: Int? {
    guard rawValue.hasPrefix("e") else { return nil }
    return Int(rawValue.dropFirst())
  }
}
