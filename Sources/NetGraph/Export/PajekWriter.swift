/// Writes a network as a Pajek `.net` file.
///
/// ```
/// *Vertices 3
/// 1 "西安高新区"
/// 2 "西北工业大学"
/// 3 "陕西华达"
/// *Arcs
/// 2 1 2.0 l "cooperation"
/// 3 1 1.0 l "location"
/// ```
/// Vertices are numbered 1…n in entity order, labelled with the name (`Escaping.pajekLabel`:
/// Pajek cannot escape, so line breaks and other controls become spaces, `"` becomes `＂`
/// and `\` becomes `＼`; networkx, igraph and Pajek then all read the same label).
/// networkx keys nodes by label, so a label that would repeat another is made unique by
/// appending ` [<entity id>]`. Each relation is one line with its weight and its kind as
/// the edge label parameter `l`.
///
/// A directed graph (see `ExportGraph`) has one `*Arcs` section holding every relation,
/// cooperation included (source → target as stored, like the other formats); an undirected
/// one has one `*Edges` section. A mixed file (`*Arcs` and `*Edges`) would be valid Pajek,
/// but the readers disagree on it: networkx takes the first section's direction for all
/// lines, igraph the last one's.
///
/// Pajek has no vertex attributes beyond label and layout, so the entity kind, aliases,
/// mention and evidence counts are not in this format; use GraphML or GEXF for those.
public struct PajekWriter: Sendable {
  public init() {}

  /// Writes `network` to `output`.
  /// - Throws: `ExportError` for a duplicate entity id, a dangling relation or a
  ///   non-finite weight.
  /// - Complexity: O(*n* + *m* + total text length) expected.
  public func write(_ network: InnovationNetwork, to output: inout some TextOutputStream) throws {
    let graph = try ExportGraph(network)
    output.write("*Vertices \(graph.nodes.count)\n")
    for (i, label) in Self.labels(graph.nodes).enumerated() {
      output.write("\(i + 1) \(label)\n")
    }
    output.write(graph.isDirected ? "*Arcs\n" : "*Edges\n")
    for edge in graph.edges { line(edge, to: &output) }
  }

  /// The `.net` file as a string.
  /// - Throws: See `write(_:to:)`.
  public func string(for network: InnovationNetwork) throws -> String {
    var text = ""
    try write(network, to: &text)
    return text
  }

  /// Quoted, unique labels in node order.
  static func labels(_ nodes: [ExportGraph.Node]) -> [String] {
    let plain = nodes.map { Escaping.pajekLabel($0.name) }
    var counts: [String: Int] = [:]
    for label in plain { counts[label, default: 0] += 1 }
    var used = Set(plain.filter { counts[$0] == 1 })
    return zip(nodes, plain).map { node, label in
      if counts[label] == 1 { return label }
      var suffix = " [\(node.id)]"
      var candidate = Escaping.pajekLabel(node.name + suffix)
      while used.contains(candidate) {
        suffix += "'"
        candidate = Escaping.pajekLabel(node.name + suffix)
      }
      used.insert(candidate)
      return candidate
    }
  }

  private func line(_ edge: ExportGraph.Edge, to output: inout some TextOutputStream) {
    var text = "\(edge.sourceIndex + 1) \(edge.targetIndex + 1) \(ExportGraph.number(edge.weight))"
    if let kind = edge.kind { text += " l \"\(kind.rawValue)\"" }
    output.write(text + "\n")
  }
}
