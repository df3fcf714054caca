import Foundation

/// Reads `--graph FILE` inputs (CLI.md): edge lists, GraphML, or netgraph's own JSON.
public enum GraphFileReader {
  /// Reads the graph at `path`, choosing the format by extension.
  /// - Parameter directed: Whether untyped edges are directed.
  /// - Throws: `GraphFileError` with file and line.
  public static func read(path: String, directed: Bool) throws -> InnovationNetwork {
    guard FileManager.default.fileExists(atPath: path) else { throw GraphFileError.missing(path) }
    let ext = (path as NSString).pathExtension.lowercased()
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw GraphFileError.invalid(path: path, reason: "cannot be read (\(error.localizedDescription))")
    }
    switch ext {
    case "txt", "edges", "tsv", "edgelist":
      return try EdgeListReader.read(data, path: path, directed: directed)
    case "json":
      do {
        var network = try JSONDecoder().decode(InnovationNetwork.self, from: data)
        network.isDirected = directed
        return network
      } catch {
        throw GraphFileError.invalid(path: path, reason: "not netgraph JSON (\(error)); produce it with 'netgraph extract --format json'")
      }
    case "graphml":
      return try GraphMLReader.read(data, path: path, directed: directed)
    default:
      throw GraphFileError.unsupportedExtension(path: path, ext: ext)
    }
  }
}
