import Foundation

/// Locale-independent number formatting, so output is byte-identical everywhere.
public enum NumberFormat {
  /// Shortest form: integers without a decimal point, others with up to 6 decimals, trailing
  /// zeros removed (`3`, `0.25`, `1.333333`).
  public static func compact(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// Fixed decimals (`fixed(0.123456, 3)` → `0.123`).
  public static func fixed(_ value: Double, _ decimals: Int) -> String {
    if value.isNaN { return "nan" }
    let text = String(format: "%.\(decimals)f", value)
    return text.hasPrefix("-0") && Double(text) == 0 ? String(text.dropFirst()) : text
  }
}
