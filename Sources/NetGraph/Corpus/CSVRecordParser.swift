/// Splits CSV text into records of fields (RFC 4180): comma-separated, `"`-quoted fields with
/// `""` for a quote, line breaks (LF or CRLF) inside quoted fields kept.
///
/// A quote inside an unquoted field is kept as written (spreadsheet exports do this).
struct CSVRecordParser {
  /// A record and the 1-based line it starts on.
  struct Record {
    var line: Int
    var fields: [String]
  }

  /// The records of `scalars`.
  /// - Throws: `CorpusError.badRecord` for a quoted field that is never closed.
  /// - Complexity: O(*n*) in the text length.
  static func records(in scalars: [Unicode.Scalar], path: String) throws -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var i = 0
    var atFieldStart = true
    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      atFieldStart = true
    }
    func endRecord() {
      endField()
      records.append(Record(line: recordLine, fields: fields))
      fields = []
    }
    while i < scalars.count {
      let c = scalars[i]
      if atFieldStart && c == "\"" {
        let openedOn = line
        i += 1
        var closed = false
        while i < scalars.count {
          let q = scalars[i]
          if q == "\"" {
            if i + 1 < scalars.count, scalars[i + 1] == "\"" {
              field.append("\"")
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if q == "\n" { line += 1 }
          field.append(q)
          i += 1
        }
        guard closed else {
          throw CorpusError.badRecord(
            path: path, line: openedOn, reason: "quoted field never closed; close it with \" (write \"\" for a quote inside)")
        }
        atFieldStart = false
        continue
      }
      switch c {
      case ",":
        endField()
      case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
        break  // the \n ends the record
      case "\n":
        endRecord()
        line += 1
        recordLine = line
      default:
        field.append(c)
        atFieldStart = false
      }
      i += 1
    }
    if !fields.isEmpty || !field.isEmpty { endRecord() }
    return records
  }
}
