/// Writes a network as the two CSV files `neo4j-admin database import` reads.
///
/// ```
/// nodes.csv          id:ID,name,kind,aliases:string[],mentions:int[,registry_id,province,city],:LABEL
/// relationships.csv  :START_ID,:END_ID,:TYPE,id,kind,directed:boolean,weight:double,evidence:int,sentence,basis
/// ```
/// Every node has the label `Entity` plus its kind as a label (`Entity;Park`); a relation's
/// type is its kind in upper case (`COOPERATION`), `RELATED` when untyped. Arrays and
/// multiple labels use Neo4j's default array delimiter `;` (an ASCII `;` inside an alias is
/// written as `；`, see `ExportGraph`). Neo4j relationships are always directed: a
/// cooperation edge is written once with `directed = false`. Fields are quoted as in
/// `CSVWriter`; a name or sentence may contain a line break, so import with
/// `--multiline-fields=true`. The registry columns are present when some entity is linked to
/// the park registry:
/// ```
/// neo4j-admin database import full --nodes=DIR/nodes.csv \
///   --relationships=DIR/relationships.csv --multiline-fields=true neo4j
/// ```
public struct Neo4jWriter: Sendable {
  public static let nodesFileName = "nodes.csv"
  public static let relationshipsFileName = "relationships.csv"

  public init() {}

  /// The Neo4j label of an entity kind (`Park`, `University`, …).
  public static func label(for kind: EntityKind) -> String {
    kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
  }

  /// The Neo4j relationship type of a relation kind (`COOPERATION`, …; `RELATED` if untyped).
  public static func type(for kind: RelationKind?) -> String {
    kind?.rawValue.uppercased() ?? "RELATED"
  }

  /// Writes the node file to `nodes` and the relationship file to `relationships`.
  /// - Throws: `ExportError` for a duplicate entity id, a dangling relation or a
  ///   non-finite weight.
  /// - Complexity: O(*n* + *m* + total text length).
  public func write(
    _ network: InnovationNetwork, nodes: inout some TextOutputStream,
    relationships: inout some TextOutputStream
  ) throws {
    let graph = try ExportGraph(network)
    let registry = graph.hasRegistry
    nodes.write("id:ID,name,kind,aliases:string[],mentions:int" + (registry ? ",registry_id,province,city" : "") + ",:LABEL\r\n")
    for node in graph.nodes {
      let labels = ["Entity"] + (node.kind.map { [Self.label(for: $0)] } ?? [])
      var row = [
        Escaping.csvField(node.id), Escaping.csvField(node.name), node.kind?.rawValue ?? "",
        node.aliases.isEmpty ? "" : Escaping.csvField(ExportGraph.joinedAliases(node.aliases)),
        String(node.mentionCount),
      ]
      if registry { row += ExportGraph.registryFields(node.registry) }
      row.append(labels.joined(separator: ";"))
      nodes.write(row.joined(separator: ",") + "\r\n")
    }
    relationships.write(
      ":START_ID,:END_ID,:TYPE,id,kind,directed:boolean,weight:double,evidence:int,sentence,basis\r\n")
    for edge in graph.edges {
      let basis: String = edge.basis?.rawValue ?? ""
      let row: [String] = [
        Escaping.csvField(edge.source), Escaping.csvField(edge.target), Self.type(for: edge.kind),
        edge.id, edge.kind?.rawValue ?? "", edge.isDirected ? "true" : "false",
        ExportGraph.number(edge.weight), String(edge.evidenceCount),
        edge.sentence.map(Escaping.csvField) ?? "", basis,
      ]
      relationships.write(row.joined(separator: ",") + "\r\n")
    }
  }

  /// `nodes.csv` and `relationships.csv`.
  /// - Throws: See `write(_:nodes:relationships:)`.
  public func files(for network: InnovationNetwork) throws -> [ExportFile] {
    var nodes = ""
    var relationships = ""
    try write(network, nodes: &nodes, relationships: &relationships)
    return [
      ExportFile(name: Self.nodesFileName, contents: nodes),
      ExportFile(name: Self.relationshipsFileName, contents: relationships),
    ]
  }
}
