import Foundation

/// Problems loading the bundled registries; each message names the file and line and says what to do.
public enum RegistryError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// A registry file is not in the resource bundle.
  case missingFile(String)
  /// The file is not valid UTF-8.
  case undecodable(file: String)
  /// A line has fewer tab-separated fields than the file's columns, or an empty required field.
  case fieldCount(file: String, line: Int, expected: Int, found: Int)
  /// A column holds a value the file does not allow.
  case badValue(file: String, line: Int, value: String, allowed: [String])
  /// Two lines carry the same id.
  case duplicateID(file: String, line: Int, id: String)

  public var description: String {
    switch self {
    case .missingFile(let file):
      return "registries/\(file): not found in the resource bundle; rebuild netgraph or restore the file"
    case .undecodable(let file):
      return "registries/\(file): not valid UTF-8; re-save it as UTF-8"
    case .fieldCount(let file, let line, let expected, let found):
      return "registries/\(file):\(line): expected \(expected) tab-separated fields, found \(found); rebuild the file with its script in Scripts/registries"
    case .badValue(let file, let line, let value, let allowed):
      return "registries/\(file):\(line): unknown value '\(value)'; use one of \(allowed.joined(separator: ", "))"
    case .duplicateID(let file, let line, let id):
      return "registries/\(file):\(line): id '\(id)' already used on an earlier line; ids must be unique"
    }
  }

  public var errorDescription: String? { description }
}
