/// A small, independent RFC 4180 reader for tests: fields separated by `,`, records by
/// CRLF or LF, `"`-quoted fields with `""` for a quote. Returns nil for malformed input.
enum CSVTestParser {
  static func parse(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var scalars = Array(text.unicodeScalars)[...]
    while let c = scalars.popFirst() {
      if quoted {
        if c == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case ",":
        record.append(field)
        field = ""
        afterQuote = false
      case "\r" where scalars.first == "\n":
        break
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
        afterQuote = false
      case "\"":
        guard field.isEmpty, !afterQuote else { return nil }
        quoted = true
      default:
        guard !afterQuote else { return nil }
        field.unicodeScalars.append(c)
      }
    }
    if quoted { return nil }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
