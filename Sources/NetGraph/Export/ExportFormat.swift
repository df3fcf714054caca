/// The formats of `netgraph export --format` (CLI.md), with one entry point per format.
///
/// All formats carry the same nodes, edges and attributes (see `ExportGraph` and README
/// "Exports"); `csv` and `neo4j` are directories of files, the others single files.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Graphviz DOT (`DOTWriter`).
  case dot
  /// GraphML with typed keys (`GraphMLWriter`).
  case graphml
  /// GEXF 1.3 for Gephi (`GEXFWriter`).
  case gexf
  /// networkx node-link JSON (`NodeLinkJSONWriter`).
  case json
  /// `nodes.csv` + `edges.csv` (`CSVWriter`).
  case csv
  /// `neo4j-admin database import` CSVs (`Neo4jWriter`).
  case neo4j
  /// Pajek `.net` (`PajekWriter`).
  case pajek

  /// Whether the export is a directory of files (`-o DIR`) rather than one file.
  public var writesDirectory: Bool { self == .csv || self == .neo4j }

  /// Usual file extension of a single-file export (`net` for Pajek).
  public var fileExtension: String {
    switch self {
    case .pajek: return "net"
    default: return rawValue
    }
  }

  /// The files of the export of `network`: one file named `graph.<extension>` for
  /// single-file formats, the directory's files otherwise.
  /// - Parameter gexf: The GEXF writer to use, e.g. with positions from a layout.
  /// - Throws: `ExportError` for an inconsistent network (duplicate entity id, dangling
  ///   relation, non-finite weight or layout value).
  /// - Complexity: O(*n* + *m* + total text length).
  public func files(for network: InnovationNetwork, gexf: GEXFWriter = GEXFWriter()) throws
    -> [ExportFile]
  {
    let single: String
    switch self {
    case .dot: single = DOTWriter().dotString(network)
    case .graphml: single = try GraphMLWriter().string(for: network)
    case .gexf: single = try gexf.string(for: network)
    case .json: single = try NodeLinkJSONWriter().string(for: network)
    case .pajek: single = try PajekWriter().string(for: network)
    case .csv: return try CSVWriter().files(for: network)
    case .neo4j: return try Neo4jWriter().files(for: network)
    }
    return [ExportFile(name: "graph.\(fileExtension)", contents: single)]
  }
}
