import Foundation

/// Problems reading a graph file (`--graph FILE`); messages name the file and line.
public enum GraphFileError: Error, Equatable, CustomStringConvertible, LocalizedError {
  case missing(String)
  case unsupportedExtension(path: String, ext: String)
  case malformedLine(path: String, line: Int, text: String, reason: String)
  case invalid(path: String, reason: String)

  public var description: String {
    switch self {
    case .missing(let path):
      return "\(path): no such graph file; check the path given to --graph"
    case .unsupportedExtension(let path, let ext):
      return "\(path): unknown graph file type '.\(ext)'; use .txt/.edges/.tsv (edge list), .graphml or .json"
    case .malformedLine(let path, let line, let text, let reason):
      return "\(path):\(line): \(reason): '\(text)'; expected 'u v [weight]'"
    case .invalid(let path, let reason):
      return "\(path): \(reason)"
    }
  }

  public var errorDescription: String? { description }
}
