/// Writes a network as networkx node-link JSON, the shape `networkx.node_link_graph(data)`
/// reads with its default arguments.
///
/// networkx 3.4 renamed the edge list key from `"links"` to `"edges"`; 3.6.1 (the version
/// the round-trip tests pin) reads `"edges"` by default, so that is what is written. With
/// networkx < 3.4, read it with `node_link_graph(data, link="edges")`.
///
/// ```json
/// {"directed": true, "multigraph": false, "graph": {},
///  "nodes": [{"id": "e1", "name": "…", "kind": "park", "aliases": ["…"], "mentions": 3}],
///  "edges": [{"source": "e1", "target": "e2", "id": "r1", "kind": "location",
///             "directed": true, "weight": 2.0, "evidence": 2, "sentence": "…", "basis": "stated"}]}
/// ```
/// `aliases` is a JSON array. When the graph has parallel edges, `"multigraph": true` and
/// each edge also has `"key"` (its `r…` id). Absent values (untyped node or edge, no
/// evidence) are absent keys. One node or edge per line, keys in a fixed order.
public struct NodeLinkJSONWriter: Sendable {
  public init() {}

  /// Writes `network` to `output`.
  /// - Throws: `ExportError` for a duplicate entity id, a dangling relation or a
  ///   non-finite weight.
  /// - Complexity: O(*n* + *m* + total text length).
  public func write(_ network: InnovationNetwork, to output: inout some TextOutputStream) throws {
    let graph = try ExportGraph(network)
    output.write("{\n")
    output.write("  \"directed\": \(graph.isDirected),\n")
    output.write("  \"multigraph\": \(graph.isMultigraph),\n")
    output.write("  \"graph\": {},\n")
    output.write("  \"nodes\": [")
    for (i, node) in graph.nodes.enumerated() {
      var fields = [
        "\"id\": \(Escaping.jsonString(node.id))", "\"name\": \(Escaping.jsonString(node.name))",
      ]
      if let kind = node.kind { fields.append("\"kind\": \(Escaping.jsonString(kind.rawValue))") }
      fields.append(
        "\"aliases\": [\(node.aliases.map(Escaping.jsonString).joined(separator: ", "))]")
      fields.append("\"mentions\": \(node.mentionCount)")
      output.write(i == 0 ? "\n" : ",\n")
      output.write("    {\(fields.joined(separator: ", "))}")
    }
    output.write(graph.nodes.isEmpty ? "],\n" : "\n  ],\n")
    output.write("  \"edges\": [")
    for (i, edge) in graph.edges.enumerated() {
      var fields = [
        "\"source\": \(Escaping.jsonString(edge.source))",
        "\"target\": \(Escaping.jsonString(edge.target))",
      ]
      if graph.isMultigraph { fields.append("\"key\": \(Escaping.jsonString(edge.id))") }
      fields.append("\"id\": \(Escaping.jsonString(edge.id))")
      if let kind = edge.kind { fields.append("\"kind\": \(Escaping.jsonString(kind.rawValue))") }
      fields.append("\"directed\": \(edge.isDirected)")
      fields.append("\"weight\": \(ExportGraph.number(edge.weight))")
      fields.append("\"evidence\": \(edge.evidenceCount)")
      if let sentence = edge.sentence {
        fields.append("\"sentence\": \(Escaping.jsonString(sentence))")
      }
      if let basis = edge.basis { fields.append("\"basis\": \(Escaping.jsonString(basis.rawValue))") }
      output.write(i == 0 ? "\n" : ",\n")
      output.write("    {\(fields.joined(separator: ", "))}")
    }
    output.write(graph.edges.isEmpty ? "]\n" : "\n  ]\n")
    output.write("}\n")
  }

  /// The JSON document as a string.
  /// - Throws: See `write(_:to:)`.
  public func string(for network: InnovationNetwork) throws -> String {
    var text = ""
    try write(network, to: &text)
    return text
  }
}
