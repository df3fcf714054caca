import Foundation

/// Why `evolve` cannot build a timeline.
public enum TimelineError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// No article has a date the slice can place.
  case noDatedArticles(undated: Int)

  public var description: String {
    switch self {
    case .noDatedArticles(let undated):
      return
        "no dated articles to slice (\(undated) without a usable date); evolve needs dates: a 'date' "
        + "field in .jsonl/.csv, <time datetime> or article:published_time in HTML"
    }
  }

  public var errorDescription: String? { description }
}
