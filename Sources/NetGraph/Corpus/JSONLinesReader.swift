import Foundation

/// Reads a `.jsonl` corpus file: one article per line (CLI.md, "Corpus input").
///
/// Each non-blank line is a JSON object with a string `text` and optional `title`, `date`,
/// `source`, `url`, `id` (strings, or null; `id` may be a number). Other keys are ignored. The
/// article's index is its 0-based line number, so `article` in mentions points at the line.
public enum JSONLinesReader {
  /// The articles of a decoded `.jsonl` file.
  /// - Parameters:
  ///   - scalars: The decoded file.
  ///   - path: The path, for error messages; its base name names the articles' file.
  /// - Throws: `CorpusError.badRecord` with the 1-based line of the first bad line.
  /// - Complexity: O(*n*) in the file length.
  public static func documents(in scalars: [Unicode.Scalar], path: String) throws -> [Document] {
    let fileName = (path as NSString).lastPathComponent
    var documents: [Document] = []
    var lineIndex = 0
    var start = 0
    func finish(_ end: Int) throws {
      var slice = scalars[start..<end]
      if slice.last == "\r" { slice = slice.dropLast() }
      defer { lineIndex += 1 }
      guard slice.contains(where: { !$0.properties.isWhitespace }) else { return }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: slice)
      documents.append(try document(String(view), fileName: fileName, path: path, line: lineIndex))
    }
    for (i, scalar) in scalars.enumerated() where scalar == "\n" {
      try finish(i)
      start = i + 1
    }
    if start < scalars.count { try finish(scalars.count) }
    return documents
  }

  private static func document(_ line: String, fileName: String, path: String, line index: Int) throws -> Document {
    func bad(_ reason: String) -> CorpusError { .badRecord(path: path, line: index + 1, reason: reason) }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
    } catch {
      throw bad("not a JSON object (\(jsonReason(error))); write one {\"text\": …} object per line")
    }
    guard let fields = object as? [String: Any] else {
      throw bad("not a JSON object; write one {\"text\": …} object per line")
    }
    guard let rawText = fields["text"] else { throw bad("no \"text\" key; every line needs the article's text") }
    guard let text = rawText as? String else { throw bad("\"text\" is not a string") }
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw bad("\"text\" is empty; remove the line or give the article's text")
    }
    var metadata = ArticleMetadata()
    for key in ["title", "source", "url", "id", "date"] {
      guard let value = fields[key], !(value is NSNull) else { continue }
      let string: String
      if let s = value as? String {
        string = s
      } else if key == "id", let n = value as? NSNumber {
        string = n.stringValue
      } else {
        throw bad("\"\(key)\" is not a string")
      }
      let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { continue }
      switch key {
      case "title": metadata.title = trimmed
      case "source": metadata.source = trimmed
      case "url": metadata.url = trimmed
      case "id": metadata.id = trimmed
      default:
        guard let date = ArticleDate(parsing: trimmed) else {
          throw bad("\"date\" '\(trimmed)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        metadata.date = date
      }
    }
    return Document(fileName: fileName, articleIndex: index, text: text, metadata: metadata)
  }

  private static func jsonReason(_ error: Error) -> String {
    let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    return text ?? "malformed JSON"
  }
}
