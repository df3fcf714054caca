/// Minimal, deterministic JSON text building: keys in the order given, numbers in Swift's
/// shortest round-trip form, NaN and infinities as `null`.
public enum JSONText {
  /// A JSON string literal (the one JSON escaper, `Escaping.jsonString`).
  public static func string(_ s: String) -> String {
    Escaping.jsonString(s)
  }

  /// A JSON number (`null` when not finite); integers print without a fraction.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A JSON object from ordered (key, already-encoded value) pairs.
  public static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }

  /// A JSON array of already-encoded values.
  public static func array(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }
}
