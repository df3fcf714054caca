/// Escaping for every text format NetGraph writes; entity names are data, never syntax.
public enum Escaping {
  /// A DOT double-quoted string whose content Graphviz shows literally as a label
  /// (escString): `\` → `\\`, `"` → `\"`, newline → `\n` (a centred line break).
  /// Control characters other than newline/tab are dropped; Graphviz cannot draw them.
  public static func dotString(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": continue
      case "\t": out += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
    return out
  }
}

extension Escaping {
  /// Text inside a Graphviz HTML-like label: `&`, `<`, `>`, `"` as entities.
  public static func htmlText(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "<br/>"
      default:
        if scalar.value < 0x20 { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
