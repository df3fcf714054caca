import Foundation

/// Failures while laying out or rendering a diagram.
public enum RenderError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// Graphviz rejected the DOT text.
  case invalidGraph(String)
  /// A layout engine failed.
  case layoutFailed(engine: String, message: String)
  /// A renderer failed or the format plugin is missing.
  case renderFailed(format: String, message: String)
  /// The theme file is missing or malformed.
  case theme(String)
  /// The request cannot be drawn legibly (too many nodes for the engine, nothing left after filters).
  case impossible(String)

  public var description: String {
    switch self {
    case .invalidGraph(let message):
      return "Graphviz could not read the graph: \(message)"
    case .layoutFailed(let engine, let message):
      return "layout with '\(engine)' failed: \(message); try another --engine"
    case .renderFailed(let format, let message):
      return "rendering \(format) failed: \(message); is Graphviz's cairo plugin installed (Scripts/setup.sh)?"
    case .theme(let message):
      return "theme: \(message)"
    case .impossible(let message):
      return message
    }
  }

  public var errorDescription: String? { description }
}
