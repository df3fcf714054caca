import Foundation

/// Problems reading or applying a thesaurus (`--thesaurus FILE`); messages name the file and
/// line and say what to do.
public enum ThesaurusError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// The file could not be read or decoded.
  case unreadable(file: String, reason: String)
  /// A header or row that does not follow the format.
  case malformed(file: String, line: Int, reason: String)
  /// Renaming would give two entities of different kinds the same name, and no `kind` says
  /// which kind the merged entity has.
  case kindConflict(
    file: String, line: Int, name: String, first: String, firstKind: String, second: String,
    secondKind: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(file): cannot read the thesaurus: \(reason)"
    case .malformed(let file, let line, let reason):
      return "\(file):\(line): \(reason)"
    case .kindConflict(let file, let line, let name, let first, let firstKind, let second, let secondKind):
      return
        "\(file):\(line): '\(first)' (\(firstKind)) and '\(second)' (\(secondKind)) would both be named '\(name)'; "
        + "add a kind column and give the merged entity's kind, or map them to different names"
    }
  }

  public var errorDescription: String? { description }
}
