import Foundation

/// Problems loading the bundled lexicons; each message names the file and line and says what to do.
public enum LexiconError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// A required lexicon file is not in the resource bundle.
  case missingFile(String)
  /// The file is not valid UTF-8.
  case undecodable(file: String)
  /// A line has too few tab-separated fields.
  case fieldCount(file: String, line: Int, expected: Int, found: Int)
  /// A kind column holds a value the file does not allow.
  case unknownKind(file: String, line: Int, kind: String, allowed: [String])
  /// A JSONL line does not parse or lacks a key.
  case badPattern(file: String, line: Int, reason: String)
  /// A file of named word lists has no rows for a list the code reads.
  case missingRole(file: String, role: String)

  public var description: String {
    switch self {
    case .missingFile(let file):
      return "lexicons/\(file): not found in the resource bundle; rebuild netgraph or restore the file"
    case .undecodable(let file):
      return "lexicons/\(file): not valid UTF-8; re-save it as UTF-8"
    case .fieldCount(let file, let line, let expected, let found):
      return "lexicons/\(file):\(line): expected \(expected) tab-separated fields, found \(found); separate surface and kind with one TAB"
    case .unknownKind(let file, let line, let kind, let allowed):
      return "lexicons/\(file):\(line): unknown kind '\(kind)'; use one of \(allowed.joined(separator: ", "))"
    case .badPattern(let file, let line, let reason):
      return "lexicons/\(file):\(line): \(reason); each line must be a JSON object with kind, triggers and order"
    case .missingRole(let file, let role):
      return "lexicons/\(file): no rows for role '\(role)'; add at least one line `\(role)<TAB>word`"
    }
  }

  public var errorDescription: String? { description }
}
