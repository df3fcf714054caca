import Foundation

/// Reads one registry TSV: UTF-8, `#` comment lines, one record per line, fields separated by
/// one TAB (empty fields allowed), a leading BOM stripped.
struct RegistryTable {
  /// A record with its 1-based line number.
  struct Line {
    var number: Int
    var fields: [String]
  }

  let file: String
  let lines: [Line]

  /// Reads `file` from `directory`.
  /// - Parameters:
  ///   - columns: fields each line must have.
  ///   - required: indices of fields that must not be empty.
  /// - Throws: `RegistryError` naming the file and line.
  /// - Complexity: O(size of the file).
  init(_ file: String, in directory: URL, columns: Int, required: [Int] = [0]) throws {
    self.file = file
    let url = directory.appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else { throw RegistryError.missingFile(file) }
    guard var text = String(data: data, encoding: .utf8) else { throw RegistryError.undecodable(file: file) }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var lines: [Line] = []
    for (index, line) in LexiconLoader.splitLines(text).enumerated() {
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        TextTrimming.trimmed($0)
      }
      guard fields.count >= columns, required.allSatisfy({ !fields[$0].isEmpty }) else {
        throw RegistryError.fieldCount(
          file: file, line: index + 1, expected: columns, found: fields.filter { !$0.isEmpty }.count)
      }
      lines.append(Line(number: index + 1, fields: fields))
    }
    self.lines = lines
  }

  /// A `|`-joined list field, empty parts dropped.
  static func list(_ field: String) -> [String] {
    field.split(separator: "|").map { TextTrimming.trimmed($0) }.filter { !$0.isEmpty }
  }
}
