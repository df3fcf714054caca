import Foundation

/// Reads a whitespace-separated edge list: `u v [weight]` per line, `#` comments.
///
/// Behaviour, chosen to match networkx `read_edgelist(..., data=[("weight", float)])`
/// on the same file (README, "Troubleshooting"):
/// - fields are split on any Unicode whitespace (as Python's `str.split()`), `#` starts a
///   comment anywhere on a line, blank lines are skipped, CRLF line ends are accepted;
/// - a line with one field or more than three is an error with its line number; so is a weight
///   that is not a number, or is NaN, infinite or negative (zero is allowed);
/// - a repeated edge (same endpoints; either order when undirected) is one edge that keeps its
///   first position, and the later weight replaces the earlier, as networkx's `add_edge` does;
/// - self-loops are kept;
/// - nodes are numbered `e1`, `e2`, … in order of first appearance; names are the tokens as written.
public enum EdgeListReader {
  /// Parses UTF-8 `data` (a byte-order mark is allowed).
  /// - Throws: `GraphFileError.malformedLine` with the line, or `.invalid` for bytes that are
  ///   not text.
  /// - Complexity: O(*n*) in the file size.
  public static func read(_ data: Data, path: String, directed: Bool) throws -> InnovationNetwork {
    let text: String
    do {
      text = try TextDecoder.decode(data, path: path, lossy: false).text
    } catch let error as CorpusError {
      throw GraphFileReader.graphError(error, path: path)
    }
    return try read(text, path: path, directed: directed)
  }

  /// Parses edge-list `text`.
  /// - Throws: `GraphFileError.malformedLine` with the line number.
  /// - Complexity: O(*n*) in the text length.
  public static func read(_ text: String, path: String, directed: Bool) throws -> InnovationNetwork {
    var ids: [String: EntityID] = [:]
    var entities: [Entity] = []
    var relations: [Relation] = []
    var edgeIndex: [EdgeKey: Int] = [:]
    func id(for name: String) -> EntityID {
      if let existing = ids[name] { return existing }
      let new = EntityID(ordinal: entities.count + 1)
      ids[name] = new
      entities.append(Entity(id: new, name: name, kind: nil))
      return new
    }
    var lineNumber = 0
    // CRLF is one Character in a Swift string, so both line ends are split on explicitly.
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let tokens = line.split(whereSeparator: { $0.isWhitespace })
      if tokens.isEmpty { continue }
      let shown = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
      guard tokens.count == 2 || tokens.count == 3 else {
        throw GraphFileError.malformedLine(
          path: path, line: lineNumber, text: shown,
          reason: "expected 2 or 3 fields, found \(tokens.count)")
      }
      var weight = 1.0
      if tokens.count == 3 {
        guard let value = Double(tokens[2]) else {
          throw GraphFileError.malformedLine(
            path: path, line: lineNumber, text: shown,
            reason: "weight '\(tokens[2])' is not a number")
        }
        guard value.isFinite, value >= 0 else {
          throw GraphFileError.malformedLine(
            path: path, line: lineNumber, text: shown,
            reason: "weight '\(tokens[2])' is not a finite non-negative number")
        }
        weight = value
      }
      let source = id(for: String(tokens[0]))
      let target = id(for: String(tokens[1]))
      let key = EdgeKey(source: source, target: target, directed: directed)
      if let existing = edgeIndex[key] {
        relations[existing].weight = weight
      } else {
        edgeIndex[key] = relations.count
        relations.append(Relation(source: source, target: target, kind: nil, weight: weight))
      }
    }
    return InnovationNetwork(entities: entities, relations: relations, isDirected: directed)
  }
}

/// Identity of an edge for merging repeats: ordered when directed, unordered otherwise.
struct EdgeKey: Hashable {
  var first: EntityID
  var second: EntityID

  init(source: EntityID, target: EntityID, directed: Bool) {
    if directed || source <= target {
      (first, second) = (source, target)
    } else {
      (first, second) = (target, source)
    }
  }
}
