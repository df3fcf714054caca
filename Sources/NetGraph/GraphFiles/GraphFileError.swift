import Foundation

/// Problems reading a graph file (`--graph FILE`); messages name the file and line and say what
/// to do.
public enum GraphFileError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// Nothing at the path (or a dangling symlink).
  case missing(String)
  /// A directory, FIFO, socket or device where a graph file is needed.
  case notAFile(path: String, kind: String)
  /// An extension that names no graph format.
  case unsupportedExtension(path: String, ext: String)
  /// An edge-list line that is not `u v [weight]`.
  case malformedLine(path: String, line: Int, text: String, reason: String)
  /// A GraphML problem at a line (XML syntax, DOCTYPE, missing attribute, bad value).
  case invalidGraphML(path: String, line: Int, reason: String)
  /// Anything else wrong with the file as a whole.
  case invalid(path: String, reason: String)

  public var description: String {
    switch self {
    case .missing(let path):
      return "\(path): no such graph file; check the path given to --graph"
    case .notAFile(let path, let kind):
      return "\(path): is a \(kind), not a graph file; give --graph a .txt/.edges/.tsv, .graphml or .json file"
    case .unsupportedExtension(let path, let ext):
      return
        "\(path): unknown graph file type '.\(ext)'; use .txt/.edges/.tsv (edge list), .graphml or .json"
    case .malformedLine(let path, let line, let text, let reason):
      return "\(path):\(line): \(reason): '\(text)'; expected 'u v [weight]'"
    case .invalidGraphML(let path, let line, let reason):
      return "\(path):\(line): \(reason)"
    case .invalid(let path, let reason):
      return "\(path): \(reason)"
    }
  }

  public var errorDescription: String? { description }
}
