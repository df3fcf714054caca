import Foundation

/// Reads a whitespace-separated edge list: `u v [weight]` per line, `#` comments.
public enum EdgeListReader {
  /// Parses `data`; node names are the tokens as written, in order of first appearance.
  /// Repeated edges are kept as separate relations (their weights add up in `Graph`).
  /// - Throws: `GraphFileError.malformedLine` for a line with one token, more than three,
  ///   or a weight that is not a finite non-negative number.
  public static func read(_ data: Data, path: String, directed: Bool) throws -> InnovationNetwork {
    guard let text = String(data: data, encoding: .utf8) else {
      throw GraphFileError.invalid(path: path, reason: "not UTF-8 text; re-encode the edge list as UTF-8")
    }
    var ids: [String: EntityID] = [:]
    var entities: [Entity] = []
    var relations: [Relation] = []
    func id(for name: String) -> EntityID {
      if let existing = ids[name] { return existing }
      let new = EntityID(ordinal: entities.count + 1)
      ids[name] = new
      entities.append(Entity(id: new, name: name, kind: nil))
      return new
    }
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      if tokens.isEmpty { continue }
      guard tokens.count == 2 || tokens.count == 3 else {
        throw GraphFileError.malformedLine(
          path: path, line: lineNumber, text: String(rawLine),
          reason: "expected 2 or 3 fields, found \(tokens.count)")
      }
      var weight = 1.0
      if tokens.count == 3 {
        guard let value = Double(tokens[2]), value.isFinite, value >= 0 else {
          throw GraphFileError.malformedLine(
            path: path, line: lineNumber, text: String(rawLine),
            reason: "weight '\(tokens[2])' is not a finite non-negative number")
        }
        weight = value
      }
      let source = id(for: String(tokens[0]))
      let target = id(for: String(tokens[1]))
      relations.append(Relation(source: source, target: target, kind: nil, weight: weight))
    }
    return InnovationNetwork(entities: entities, relations: relations, isDirected: directed)
  }
}
