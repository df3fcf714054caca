import Foundation

/// Reads a VOSviewer-style thesaurus: a header naming `label` and `replace by` (and optionally
/// `kind`), then one row per label, comma- or tab-separated.
///
/// The delimiter is the one the header uses (a tab or a comma); a header with both or neither
/// follows the extension (`.csv` comma, anything else tab, as VOSviewer's `.txt` files).
/// Comma files follow RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes);
/// tab files split on tabs as VOSviewer writes them. Column names are matched case-insensitively,
/// other columns are ignored; blank lines are skipped. The encoding is detected as for corpus
/// files (UTF-8 with or without BOM, UTF-16 with BOM, GB18030).
public enum ThesaurusReader {
  /// Reads the thesaurus at `path`.
  /// - Throws: `ThesaurusError` naming the file (and line).
  /// - Complexity: O(size of the file).
  public static func read(path: String) throws -> Thesaurus {
    let file = (path as NSString).lastPathComponent
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ThesaurusError.unreadable(file: path, reason: "no such file; check the path given to --thesaurus")
    }
    guard !isDirectory.boolValue else {
      throw ThesaurusError.unreadable(file: path, reason: "is a directory; give --thesaurus a .csv or .tsv file")
    }
    let text: String
    do {
      text = try TextDecoder.decodeFile(atPath: path, lossy: false).text
    } catch {
      throw ThesaurusError.unreadable(file: path, reason: "\(error)")
    }
    let ext = (path as NSString).pathExtension.lowercased()
    return try parse(text, file: file, preferComma: ext == "csv")
  }

  /// Parses thesaurus text.
  /// - Parameters:
  ///   - file: The name used in messages and the summary.
  ///   - preferComma: The delimiter when the header uses both or neither (`.csv` files).
  /// - Throws: `ThesaurusError.malformed` with the line: no header or a header without
  ///   `label`/`replace by`, a row with the wrong number of fields, an empty label, an unknown
  ///   kind, an unterminated quote, a label given twice, or two kinds for one `replace by`.
  public static func parse(_ text: String, file: String, preferComma: Bool = false) throws -> Thesaurus {
    var body = Substring(text)
    if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
    let headerLine = body.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
    let hasTab = headerLine.contains("\t"), hasComma = headerLine.contains(",")
    let comma = hasTab == hasComma ? preferComma : hasComma
    let records = try (comma ? csvRecords(body, file: file) : tsvRecords(body))
      .filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    guard let header = records.first else {
      throw ThesaurusError.malformed(
        file: file, line: 1, reason: "empty thesaurus; the first line must name the columns 'label' and 'replace by'")
    }
    let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard let labelColumn = names.firstIndex(of: "label"), let replaceColumn = names.firstIndex(of: "replace by")
    else {
      throw ThesaurusError.malformed(
        file: file, line: header.line,
        reason: "the header must name the columns 'label' and 'replace by' (\(comma ? "comma" : "tab")-separated), found "
          + names.map { "'\($0)'" }.joined(separator: ", "))
    }
    let kindColumn = names.firstIndex(of: "kind")
    var entries: [ThesaurusEntry] = []
    var labelLines: [String: Int] = [:]
    var kindOf: [String: (EntityKind, Int)] = [:]
    for record in records.dropFirst() {
      guard record.fields.count == names.count else {
        throw ThesaurusError.malformed(
          file: file, line: record.line,
          reason: "expected \(names.count) \(comma ? "comma" : "tab")-separated fields (\(names.joined(separator: ", "))), found \(record.fields.count)")
      }
      let cell = { (c: Int) in record.fields[c].trimmingCharacters(in: .whitespaces) }
      let label = cell(labelColumn)
      guard !label.isEmpty else {
        throw ThesaurusError.malformed(file: file, line: record.line, reason: "empty label; give the name to replace")
      }
      if let first = labelLines[label] {
        throw ThesaurusError.malformed(
          file: file, line: record.line, reason: "label '\(label)' is already given on line \(first); keep one row per label")
      }
      labelLines[label] = record.line
      let replacement = cell(replaceColumn)
      var kind: EntityKind?
      if let kindColumn, !cell(kindColumn).isEmpty {
        guard let parsed = EntityKind(rawValue: cell(kindColumn).lowercased()) else {
          throw ThesaurusError.malformed(
            file: file, line: record.line,
            reason: "unknown kind '\(cell(kindColumn))'; use one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !replacement.isEmpty else {
          throw ThesaurusError.malformed(
            file: file, line: record.line, reason: "a removed label (empty 'replace by') cannot take a kind")
        }
        if let (other, line) = kindOf[replacement], other != parsed {
          throw ThesaurusError.malformed(
            file: file, line: record.line,
            reason: "kind '\(parsed.rawValue)' for '\(replacement)' contradicts '\(other.rawValue)' on line \(line)")
        }
        kindOf[replacement] = (parsed, record.line)
        kind = parsed
      }
      entries.append(
        ThesaurusEntry(label: label, replacement: replacement.isEmpty ? nil : replacement, kind: kind, line: record.line))
    }
    return Thesaurus(entries: entries, file: file)
  }

  private struct Record {
    var fields: [String]
    var line: Int
  }

  /// Tab-separated rows: no quoting, one record per line.
  private static func tsvRecords(_ text: Substring) -> [Record] {
    var records: [Record] = []
    var line = 0
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      line += 1
      records.append(Record(fields: raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), line: line))
    }
    return records
  }

  /// RFC 4180 records; a record's line is the line it starts on.
  private static func csvRecords(_ text: Substring, file: String) throws -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1, start = 1
    var inQuotes = false, quotedField = false, quoteLine = 1
    var index = text.startIndex
    func endRecord() {
      fields.append(field)
      records.append(Record(fields: fields, line: start))
      fields = []
      field = ""
      quotedField = false
    }
    while index < text.endIndex {
      let c = text[index]
      index = text.index(after: index)
      if inQuotes {
        if c == "\"" {
          if index < text.endIndex && text[index] == "\"" {
            field.append("\"")
            index = text.index(after: index)
          } else {
            inQuotes = false
          }
        } else {
          if c == "\n" || c == "\r\n" || c == "\r" { line += 1 }
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty && !quotedField:
        field = ""
        inQuotes = true
        quotedField = true
        quoteLine = line
      case "\"":
        throw ThesaurusError.malformed(
          file: file, line: line, reason: "stray quote inside an unquoted field; quote the whole field and double inner quotes")
      case ",":
        fields.append(field)
        field = ""
        quotedField = false
      case "\n", "\r\n", "\r":
        endRecord()
        line += 1
        start = line
      default:
        if quotedField && !c.isWhitespace {
          throw ThesaurusError.malformed(
            file: file, line: line, reason: "text after a closing quote; quote the whole field and double inner quotes")
        }
        field.append(c)
      }
    }
    if inQuotes {
      throw ThesaurusError.malformed(file: file, line: quoteLine, reason: "unterminated quoted field")
    }
    if !field.isEmpty || !fields.isEmpty || quotedField { endRecord() }
    return records
  }
}
