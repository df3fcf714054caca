import Foundation

/// Reads `--graph FILE` inputs (CLI.md): edge lists, GraphML, or netgraph's own JSON.
public enum GraphFileReader {
  /// Reads the graph at `path`, choosing the format by extension (case-insensitive):
  /// `.txt`, `.edges`, `.tsv`, `.edgelist` → `EdgeListReader`; `.graphml` → `GraphMLReader`;
  /// `.json` → the JSON of `netgraph extract`.
  /// - Parameter directed: Whether untyped edges are directed.
  /// - Throws: `GraphFileError` with file and, where there is one, line.
  /// - Complexity: O(file size).
  public static func read(path: String, directed: Bool) throws -> InnovationNetwork {
    switch FileKind.of(path) {
    case .regular: break
    case .missing: throw GraphFileError.missing(path)
    case let kind: throw GraphFileError.notAFile(path: path, kind: kind.description)
    }
    let ext = (path as NSString).pathExtension.lowercased()
    switch ext {
    case "txt", "edges", "tsv", "edgelist":
      return try EdgeListReader.read(text(of: path), path: path, directed: directed)
    case "json":
      let data = try bytes(of: path)
      do {
        var network = try JSONDecoder().decode(InnovationNetwork.self, from: data)
        network.isDirected = directed
        try validate(network, path: path)
        return network
      } catch let error as GraphFileError {
        throw error
      } catch {
        throw GraphFileError.invalid(
          path: path,
          reason: "not netgraph JSON (\(jsonProblem(error))); produce it with 'netgraph extract --format json'")
      }
    case "graphml":
      return try GraphMLReader.read(bytes(of: path), path: path, directed: directed)
    default:
      throw GraphFileError.unsupportedExtension(path: path, ext: ext)
    }
  }

  /// Reads the graph at `path` as the compact `Graph` that `Graph(network: read(path:directed:))`
  /// gives, without building the typed network where the file has no kinds or evidence: a
  /// plain edge list goes straight from bytes to the CSR arrays (`EdgeListGraphReader`);
  /// other files, and edge lists that need the full reader, go through `read(path:directed:)`.
  /// - Throws: `GraphFileError`, as `read(path:directed:)`.
  /// - Complexity: O(file size) plus O(m log d) for the rows.
  public static func readGraph(path: String, directed: Bool) throws -> Graph {
    if FileKind.of(path) == .regular,
      ["txt", "edges", "tsv", "edgelist"].contains((path as NSString).pathExtension.lowercased())
    {
      let data = try bytes(of: path)
      let graph = data.withUnsafeBytes { raw in
        EdgeListGraphReader.graph(raw.bindMemory(to: UInt8.self), directed: directed)
      }
      if let graph { return graph }
    }
    return Graph(network: try read(path: path, directed: directed), directed: directed)
  }

  /// Checks what JSON's types cannot: unique entity ids, relations between known entities,
  /// finite non-negative weights.
  static func validate(_ network: InnovationNetwork, path: String) throws {
    var ids: Set<EntityID> = []
    for (index, entity) in network.entities.enumerated() where !ids.insert(entity.id).inserted {
      throw GraphFileError.invalid(
        path: path, reason: "entities[\(index)]: id '\(entity.id)' is used twice; ids must be unique")
    }
    for (index, relation) in network.relations.enumerated() {
      for end in [relation.source, relation.target] where !ids.contains(end) {
        throw GraphFileError.invalid(
          path: path, reason: "relations[\(index)]: no entity has id '\(end)'; every source and target must be an entity id")
      }
      guard relation.weight.isFinite, relation.weight >= 0 else {
        throw GraphFileError.invalid(
          path: path, reason: "relations[\(index)]: weight \(relation.weight) is not a finite non-negative number")
      }
    }
  }

  /// The decoded text of a graph file (BOM-aware; UTF-8, UTF-16 or GB18030).
  static func text(of path: String) throws -> String {
    do {
      return try TextDecoder.decodeFile(atPath: path, lossy: false).text
    } catch let error as CorpusError {
      throw graphError(error, path: path)
    }
  }

  private static func bytes(of path: String) throws -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw GraphFileError.invalid(path: path, reason: "cannot be read (\(error.localizedDescription))")
    }
  }

  /// The corpus reader's error, reworded for a graph file.
  static func graphError(_ error: CorpusError, path: String) -> GraphFileError {
    switch error {
    case .undecodable(_, let offset, let encoding):
      return .invalid(
        path: path, reason: "invalid \(encoding) at byte \(offset); re-encode the graph file as UTF-8")
    case .binaryFile(_, let offset):
      return .invalid(path: path, reason: "binary data (NUL byte at byte \(offset)); expected a text edge list")
    case .missingPath, .danglingSymlink:
      return .missing(path)
    case .notRegularFile(_, let kind):
      return .notAFile(path: path, kind: kind)
    default:
      return .invalid(path: path, reason: error.description)
    }
  }

  /// A short account of a JSON decoding failure: the coding path and what was expected.
  private static func jsonProblem(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      return "missing key '\(key.stringValue)' at \(codingPath(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "\(context.debugDescription) at \(codingPath(context.codingPath))"
    case DecodingError.dataCorrupted(let context):
      return context.codingPath.isEmpty
        ? "malformed JSON" : "\(context.debugDescription) at \(codingPath(context.codingPath))"
    default:
      return "\(error)"
    }
  }

  private static func codingPath(_ path: [CodingKey]) -> String {
    path.isEmpty ? "top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }
}
