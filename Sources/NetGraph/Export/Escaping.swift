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
  /// Text inside a Graphviz HTML-like label: `&`, `<`, `>`, `"` as entities, line feed as
  /// `<br/>`; other C0 controls and characters XML cannot carry (U+FFFE, U+FFFF) are dropped.
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
        // Graphviz parses HTML labels as XML: U+FFFE/U+FFFF make the whole render fail.
        if scalar.value < 0x20 || !isXMLCharacter(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

// XML, CSV, JSON and Pajek escaping for the research exports (GraphML, GEXF, CSV, Neo4j,
// node-link JSON, Pajek). Each function maps any string (quotes, backslashes, `<>&`, line
// breaks, emoji, very long names, a leading `-`, the empty string, control characters) to
// text the format's reader turns back into the same string or, where the format cannot
// carry a character, into a documented deterministic replacement.
extension Escaping {
  /// The character written in place of one an XML 1.0 document cannot contain.
  public static let xmlReplacement: Unicode.Scalar = "\u{FFFD}"

  /// Text for an XML 1.0 attribute value (inside `"…"`) or element content.
  ///
  /// Escapes `&`, `<`, `>`, `"`, `'` as entities and tab, line feed and carriage return as
  /// character references (`&#9;`, `&#10;`, `&#13;`), so attribute-value normalisation and
  /// end-of-line handling in the reader give them back unchanged. XML 1.0 forbids the other
  /// C0 controls (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F) and U+FFFE/U+FFFF even as
  /// character references; each is replaced by U+FFFD REPLACEMENT CHARACTER.
  /// Everything else, emoji included, is written as UTF-8.
  /// - Complexity: O(*n*) in the number of Unicode scalars.
  public static func xml(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&apos;".unicodeScalars)
      case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
      case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
      case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
      default:
        out.append(isXMLCharacter(scalar) ? scalar : xmlReplacement)
      }
    }
    return String(out)
  }

  /// Whether XML 1.0 (§2.2 `Char`) allows `scalar` in a document.
  public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: return true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  /// One RFC 4180 field: quoted (with `"` doubled) when it contains a comma, a quote, a
  /// carriage return, a line feed, another C0 control or DEL, or when it is empty (so an empty
  /// string, `""`, differs from an absent value, which writers emit as nothing).
  /// Other text is written as is.
  /// - Complexity: O(*n*).
  public static func csvField(_ text: String) -> String {
    let needsQuotes =
      text.isEmpty
      || text.unicodeScalars.contains {
        $0 == "," || $0 == "\"" || $0.value < 0x20 || $0.value == 0x7F
      }
    guard needsQuotes else { return text }
    // Doubled per scalar: `replacingOccurrences` matches Characters, so it would miss a quote
    // followed by a combining mark (`"\u{030A}` is one Character).
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in text.unicodeScalars {
      out.append(scalar)
      if scalar == "\"" { out.append("\"") }
    }
    out.append("\"")
    return String(out)
  }

  /// A JSON string literal (RFC 8259), quotes included.
  ///
  /// Escapes `"` and `\`, writes `\b \f \n \r \t` for those controls and `\u00XX` for the
  /// other C0 controls, `\u2028`/`\u2029` (legal JSON, but line breaks to JavaScript) and
  /// `\ufeff` (a byte-order mark some readers drop).
  /// Everything else, emoji included, is written as UTF-8.
  /// - Complexity: O(*n*).
  public static func jsonString(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.reserveCapacity(text.unicodeScalars.count + 2)
    out.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      case "\u{8}": out.append(contentsOf: "\\b".unicodeScalars)
      case "\u{C}": out.append(contentsOf: "\\f".unicodeScalars)
      // U+FEFF escaped too: Foundation's JSONSerialization on Linux drops it at a string's start.
      case "\u{2028}", "\u{2029}", "\u{FEFF}":
        out.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
      default:
        if scalar.value < 0x20 {
          out.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
        } else {
          out.append(scalar)
        }
      }
    }
    out.append("\"")
    return String(out)
  }

  /// A quoted Pajek `.net` label.
  ///
  /// Pajek has no escape mechanism: a label runs from `"` to the next `"`, on one line.
  /// Readers disagree on backslashes (networkx `read_pajek` splits lines with POSIX `shlex`,
  /// which turns `\\` into `\` and `\"` into `"`; igraph and Pajek keep them), so the two
  /// characters are replaced by their full-width forms, which every reader keeps as written:
  /// `"` → `＂` (U+FF02) and `\` → `＼` (U+FF3C). Every C0 control (tab, line feed and
  /// carriage return included) and DEL becomes one space.
  /// - Complexity: O(*n*).
  public static func pajekLabel(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.reserveCapacity(text.unicodeScalars.count + 2)
    out.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out.append("\u{FF3C}")
      case "\"": out.append("\u{FF02}")
      default:
        out.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
      }
    }
    out.append("\"")
    return String(out)
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: false)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
