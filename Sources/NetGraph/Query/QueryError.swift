import Foundation

/// A query that matches nothing; the message lists what does exist.
public enum QueryError: Error, Equatable, CustomStringConvertible, LocalizedError {
  case noSuchPark(query: String, available: [String])
  case noSuchEntity(query: String, suggestions: [String])

  public var description: String {
    switch self {
    case .noSuchPark(let query, let available):
      let list = available.isEmpty ? "(none: the network has no parks)" : available.joined(separator: "、")
      return "no park matches '\(query)'; parks in this network: \(list)"
    case .noSuchEntity(let query, let suggestions):
      let list = suggestions.isEmpty ? "" : "; similar names: " + suggestions.joined(separator: "、")
      return "no entity matches '\(query)'\(list)"
    }
  }

  public var errorDescription: String? { description }
}
