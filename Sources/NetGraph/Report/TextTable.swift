/// Renders rows of cells as an aligned text table, a Markdown table or CSV.
///
/// Column widths count East Asian wide characters (CJK names) as two columns, so Chinese
/// entity names line up in a terminal.
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// Columns (by index) to right-align, typically numbers.
  public var rightAligned: Set<Int>

  public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  /// Space-separated columns, a dashed rule under the header.
  public func plainText() -> String {
    let widths = columnWidths()
    var lines = [line(header, widths)]
    lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    lines += rows.map { line($0, widths) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// GitHub-flavoured Markdown; `|` in cells is escaped.
  public func markdown() -> String {
    func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
    lines.append(
      "|" + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|")
        + "|")
    lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// CSV with fields quoted when they hold a comma, quote or line break (RFC 4180).
  public func csv() -> String {
    ([header] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n")
      + "\n"
  }

  static func csvField(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private func columnWidths() -> [Int] {
    header.indices.map { c in
      ([header] + rows).map { Self.displayWidth($0.count > c ? $0[c] : "") }.max() ?? 0
    }
  }

  private func line(_ cells: [String], _ widths: [Int]) -> String {
    var parts: [String] = []
    for (c, width) in widths.enumerated() {
      let cell = cells.count > c ? cells[c] : ""
      let pad = String(repeating: " ", count: max(0, width - Self.displayWidth(cell)))
      parts.append(rightAligned.contains(c) ? pad + cell : cell + pad)
    }
    var text = parts.joined(separator: "  ")
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  /// Terminal columns of `text`: CJK and full-width characters count two.
  public static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      switch scalar.value {
      case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x3FFFD:
        return width + 2
      case 0x0300...0x036F, 0x200B...0x200F:
        return width
      default:
        return width + 1
      }
    }
  }
}
