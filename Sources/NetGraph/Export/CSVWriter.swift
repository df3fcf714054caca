/// Writes a network as two RFC 4180 CSV files, `nodes.csv` and `edges.csv`.
///
/// ```
/// nodes.csv  id,name,kind,aliases,mentions[,registry_id,province,city]
/// edges.csv  id,source,target,kind,directed,weight,evidence,sentence,basis
/// ```
/// UTF-8 without BOM, CRLF line ends, a header row, fields quoted by
/// `Escaping.csvField(_:)` (a field with a comma, quote, line break or other control
/// character is quoted with `"` doubled; an empty string is `""`; an absent value, such as
/// the kind of an untyped node, is an empty unquoted field). `aliases` is `;`-joined;
/// `source`/`target` are node ids; `directed` is `true`/`false` (see `ExportGraph`). The
/// registry columns are present when some entity is linked to the park registry.
public struct CSVWriter: Sendable {
  /// Names of the files, in the order `files(for:)` returns them.
  public static let nodesFileName = "nodes.csv"
  public static let edgesFileName = "edges.csv"

  public init() {}

  /// Writes the node table to `nodes` and the edge table to `edges`.
  /// - Throws: `ExportError` for a duplicate entity id, a dangling relation or a
  ///   non-finite weight.
  /// - Complexity: O(*n* + *m* + total text length).
  public func write(
    _ network: InnovationNetwork, nodes: inout some TextOutputStream,
    edges: inout some TextOutputStream
  ) throws {
    let graph = try ExportGraph(network)
    let registry = graph.hasRegistry
    nodes.write("id,name,kind,aliases,mentions" + (registry ? ",registry_id,province,city" : "") + "\r\n")
    for node in graph.nodes {
      var row = [
        Escaping.csvField(node.id), Escaping.csvField(node.name), node.kind?.rawValue ?? "",
        node.aliases.isEmpty ? "" : Escaping.csvField(ExportGraph.joinedAliases(node.aliases)),
        String(node.mentionCount),
      ]
      if registry { row += ExportGraph.registryFields(node.registry) }
      nodes.write(row.joined(separator: ",") + "\r\n")
    }
    edges.write("id,source,target,kind,directed,weight,evidence,sentence,basis\r\n")
    for edge in graph.edges {
      let basis: String = edge.basis?.rawValue ?? ""
      let row: [String] = [
        edge.id, Escaping.csvField(edge.source), Escaping.csvField(edge.target),
        edge.kind?.rawValue ?? "", edge.isDirected ? "true" : "false",
        ExportGraph.number(edge.weight), String(edge.evidenceCount),
        edge.sentence.map(Escaping.csvField) ?? "", basis,
      ]
      edges.write(row.joined(separator: ",") + "\r\n")
    }
  }

  /// `nodes.csv` and `edges.csv`.
  /// - Throws: See `write(_:nodes:edges:)`.
  public func files(for network: InnovationNetwork) throws -> [ExportFile] {
    var nodes = ""
    var edges = ""
    try write(network, nodes: &nodes, edges: &edges)
    return [
      ExportFile(name: Self.nodesFileName, contents: nodes),
      ExportFile(name: Self.edgesFileName, contents: edges),
    ]
  }
}
