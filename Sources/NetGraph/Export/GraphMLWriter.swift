/// Writes a network as GraphML with typed `<key>` declarations.
///
/// Node data: `name` (string), `kind` (string), `aliases` (string, `;`-joined), `mentions`
/// (int), and when any entity is linked to the park registry `registry_id`, `province`,
/// `city` (string). Edge data: `kind` (string), `directed` (boolean), `weight` (double), `evidence`
/// (int), `sentence` (string, the first evidence sentence), `basis` (string: stated/context). Node ids are entity ids; edge
/// ids are `r1`, `r2`, … (networkx uses them as keys when the graph has parallel edges).
/// An absent value (untyped node or edge, no evidence) is an absent `<data>` element. Edges
/// from a corpus with article metadata also carry `title`, `date`, `source`, `url` (strings,
/// of the first evidence item's article; keys `d13`–`d16`, declared only when used).
///
/// `edgedefault` is `directed` when any edge is; a cooperation edge in a directed graph
/// carries `directed = false` as data rather than GraphML's own `directed="false"`
/// attribute, which networkx `read_graphml` rejects in a directed graph.
/// Text goes through `Escaping.xml(_:)`: controls that XML 1.0 cannot carry become U+FFFD.
///
/// Read back with networkx `read_graphml` and python-igraph `Graph.Read_GraphML`
/// (Tests/roundtrip/check_export.py).
public struct GraphMLWriter: Sendable {
  public init() {}

  /// Key declarations in file order: id, domain, name, GraphML type.
  static let keys: [(id: String, domain: String, name: String, type: String)] = [
    ("d0", "node", "name", "string"),
    ("d1", "node", "kind", "string"),
    ("d2", "node", "aliases", "string"),
    ("d3", "node", "mentions", "int"),
    ("d4", "edge", "kind", "string"),
    ("d5", "edge", "directed", "boolean"),
    ("d6", "edge", "weight", "double"),
    ("d7", "edge", "evidence", "int"),
    ("d8", "edge", "sentence", "string"),
    ("d12", "edge", "basis", "string"),
  ]
  /// Declared only when some entity is linked to the registry.
  static let registryKeys: [(id: String, domain: String, name: String, type: String)] = [
    ("d9", "node", "registry_id", "string"),
    ("d10", "node", "province", "string"),
    ("d11", "node", "city", "string"),
  ]

  /// Keys of the article fields of edges.
  static let articleKeys: [(id: String, name: String)] = [
    ("d13", "title"), ("d14", "date"), ("d15", "source"), ("d16", "url"),
  ]

  /// Writes `network` to `output`.
  /// - Throws: `ExportError` for a duplicate entity id, a dangling relation or a
  ///   non-finite weight.
  /// - Complexity: O(*n* + *m* + total text length).
  public func write(_ network: InnovationNetwork, to output: inout some TextOutputStream) throws {
    let graph = try ExportGraph(network)
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    output.write(
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
    let articleKeys = Self.articleKeys.filter { graph.articleFieldNames.contains($0.name) }
    for key in Self.keys + (graph.hasRegistry ? Self.registryKeys : []) + articleKeys.map({ ($0.id, "edge", $0.name, "string") }) {
      output.write(
        "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
      )
    }
    output.write(
      "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n")
    for node in graph.nodes {
      output.write("    <node id=\"\(Escaping.xml(node.id))\">\n")
      data("d0", node.name, to: &output)
      if let kind = node.kind { data("d1", kind.rawValue, to: &output) }
      if !node.aliases.isEmpty { data("d2", ExportGraph.joinedAliases(node.aliases), to: &output) }
      data("d3", String(node.mentionCount), to: &output)
      if let link = node.registry {
        data("d9", link.id, to: &output)
        if !link.province.isEmpty { data("d10", link.province, to: &output) }
        if !link.city.isEmpty { data("d11", link.city, to: &output) }
      }
      output.write("    </node>\n")
    }
    for edge in graph.edges {
      output.write(
        "    <edge id=\"\(edge.id)\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\">\n"
      )
      if let kind = edge.kind { data("d4", kind.rawValue, to: &output) }
      data("d5", edge.isDirected ? "true" : "false", to: &output)
      data("d6", ExportGraph.number(edge.weight), to: &output)
      data("d7", String(edge.evidenceCount), to: &output)
      if let sentence = edge.sentence { data("d8", sentence, to: &output) }
      if let basis = edge.basis { data("d12", basis.rawValue, to: &output) }
      for (name, value) in edge.articleFields {
        if let key = Self.articleKeys.first(where: { $0.name == name }) { data(key.id, value, to: &output) }
      }
      output.write("    </edge>\n")
    }
    output.write("  </graph>\n</graphml>\n")
  }

  /// The GraphML document as a string.
  /// - Throws: See `write(_:to:)`.
  public func string(for network: InnovationNetwork) throws -> String {
    var text = ""
    try write(network, to: &text)
    return text
  }

  private func data(_ key: String, _ value: String, to output: inout some TextOutputStream) {
    output.write("      <data key=\"\(key)\">\(Escaping.xml(value))</data>\n")
  }
}
