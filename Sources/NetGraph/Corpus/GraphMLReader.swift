import Foundation

/// Reads GraphML (`.graphml`) into an untyped network. Placeholder until the hardened reader lands.
public enum GraphMLReader {
  public static func read(_ data: Data, path: String, directed: Bool) throws -> InnovationNetwork {
    throw GraphFileError.invalid(path: path, reason: "GraphML input is not supported yet; convert it to an edge list")
  }
}
