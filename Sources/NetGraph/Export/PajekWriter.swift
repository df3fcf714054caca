/// Writes a network as a Pajek `.net` file.
///
/// ```
/// *Vertices 3
/// 1 "西安高新区"
/// 2 "西北工业大学"
/// 3 "…"
/// *Arcs
/// 2 1 1.0 l "location"
/// *Edges
/// 1 2 2.0 l "cooperation"
/// ```
/// Vertices are numbered 1…n in entity order, labelled with the name (`Escaping.pajekLabel`:
/// line breaks and other controls become spaces, `\` and `"` are backslash-escaped, as
/// networkx `read_pajek` reads them). networkx keys nodes by label, so a label that would
/// repeat another is made unique by appending ` [<entity id>]`. Directed relations go under
/// `*Arcs`, undirected ones under `*Edges`, each with its weight and the kind as the edge
/// label parameter `l`. `*Arcs` comes first: Pajek reads a mixed graph; networkx reads
/// every line after the first section header as that section, so it gets a directed
/// multigraph with every relation once.
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
    let arcs = graph.edges.filter { graph.isDirected && $0.isDirected }
    let edges = graph.edges.filter { !(graph.isDirected && $0.isDirected) }
    if !arcs.isEmpty || graph.isDirected {
      output.write("*Arcs\n")
      for edge in arcs { line(edge, to: &output) }
    }
    if !edges.isEmpty || !graph.isDirected {
      output.write("*Edges\n")
      for edge in edges { line(edge, to: &output) }
    }
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
