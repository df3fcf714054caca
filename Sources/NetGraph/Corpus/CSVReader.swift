import Foundation

/// Reads a `.csv` corpus file: a header row naming a `text` column, then one article per row
/// (CLI.md, "Corpus input"; RFC 4180 quoting, line breaks inside quoted fields).
///
/// Optional columns `title`, `date`, `source`, `url`, `id` (header names compared without
/// case or surrounding spaces); other columns are ignored. An article's index is its 0-based
/// row after the header.
public enum CSVReader {
  /// The articles of a decoded `.csv` file.
  /// - Throws: `CorpusError.badRecord` naming the 1-based line of the header or bad row.
  /// - Complexity: O(*n*) in the file length.
  public static func documents(in scalars: [Unicode.Scalar], path: String) throws -> [Document] {
    let fileName = (path as NSString).lastPathComponent
    let records = try CSVRecordParser.records(in: scalars, path: path)
    guard let header = records.first else { return [] }
    let names = header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
    guard let textColumn = names.firstIndex(of: "text") else {
      throw CorpusError.badRecord(
        path: path, line: header.line,
        reason: "the header has no 'text' column (columns: \(names.joined(separator: ", "))); name the article text column 'text'")
    }
    func column(_ name: String) -> Int? { names.firstIndex(of: name) }
    let title = column("title"), date = column("date"), source = column("source"), url = column("url"), id = column("id")
    var documents: [Document] = []
    for (row, record) in records.dropFirst().enumerated() {
      if record.fields.count == 1 && record.fields[0].isEmpty { continue }  // blank line
      guard record.fields.count == names.count else {
        throw CorpusError.badRecord(
          path: path, line: record.line,
          reason: "row has \(record.fields.count) fields, the header has \(names.count); quote fields that hold commas or line breaks")
      }
      let text = record.fields[textColumn]
      guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
        throw CorpusError.badRecord(path: path, line: record.line, reason: "the 'text' field is empty; remove the row or give the article's text")
      }
      func value(_ index: Int?) -> String? {
        guard let index else { return nil }
        let v = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
      }
      var metadata = ArticleMetadata(title: value(title), source: value(source), url: value(url), id: value(id))
      if let raw = value(date) {
        guard let parsed = ArticleDate(parsing: raw) else {
          throw CorpusError.badRecord(
            path: path, line: record.line, reason: "date '\(raw)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        metadata.date = parsed
      }
      documents.append(Document(fileName: fileName, articleIndex: row, text: text, metadata: metadata))
    }
    return documents
  }
}
