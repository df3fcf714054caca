import Foundation

/// Writes a network as GEXF 1.3 (namespace `http://gexf.net/1.3`) for Gephi.
///
/// Nodes carry `label` (the name) and attributes `kind` (string), `aliases` (string,
/// `;`-joined), `mentions` (integer); edges carry `weight`, the GEXF 1.3 `kind` attribute
/// (so Gephi keeps parallel edges of different kinds apart) and attributes `kind`,
/// `directed` (boolean), `evidence` (integer), `sentence` (string), `basis` (string), and,
/// from a corpus with article metadata, `title`, `date`, `source`, `url` of the first evidence
/// item's article (declared only when some edge has them). Edge ids are `r1`, `r2`, ….
///
/// Every node gets `viz:color` (by kind, `colors` overriding) and `viz:size` (from its
/// mention count, `sizes` overriding); `viz:position` only when `positions` has the node,
/// so a renderer that computed a layout can hand it over.
///
/// networkx `read_gexf` rejects a graph mixing `type="directed"` and `type="undirected"`
/// edges, so edges carry no per-edge `type`: in a directed graph a cooperation edge is one
/// edge with attribute `directed = false`. Text goes through `Escaping.xml(_:)`.
public struct GEXFWriter: Sendable {
  /// An sRGB colour with alpha, as `viz:color` writes it.
  public struct Color: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: Double

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: Double = 1) {
      self.red = red
      self.green = green
      self.blue = blue
      self.alpha = alpha
    }
  }

  /// A layout coordinate, as `viz:position` writes it.
  public struct Position: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var z: Double

    public init(x: Double, y: Double, z: Double = 0) {
      self.x = x
      self.y = y
      self.z = z
    }
  }

  /// Node positions from a layout; nodes without one get no `viz:position`.
  public var positions: [EntityID: Position]
  /// Node sizes overriding the mention-count default.
  public var sizes: [EntityID: Double]
  /// Node colours overriding the per-kind default.
  public var colors: [EntityID: Color]

  /// Default colour per entity kind (Tableau 10), and for untyped nodes.
  public static func defaultColor(for kind: EntityKind?) -> Color {
    switch kind {
    case .park?: return Color(red: 78, green: 121, blue: 167)
    case .university?: return Color(red: 242, green: 142, blue: 43)
    case .institute?: return Color(red: 225, green: 87, blue: 89)
    case .enterprise?: return Color(red: 118, green: 183, blue: 178)
    case .fund?: return Color(red: 89, green: 161, blue: 79)
    case .government?: return Color(red: 237, green: 201, blue: 72)
    case .platform?: return Color(red: 176, green: 122, blue: 161)
    case nil: return Color(red: 186, green: 176, blue: 172)
    }
  }

  /// Default node size: 10 + 5·log₂(1 + mentions).
  public static func defaultSize(mentions: Int) -> Double {
    10 + 5 * log2(1 + Double(max(0, mentions)))
  }

  public init(
    positions: [EntityID: Position] = [:], sizes: [EntityID: Double] = [:],
    colors: [EntityID: Color] = [:]
  ) {
    self.positions = positions
    self.sizes = sizes
    self.colors = colors
  }

  /// Writes `network` to `output`.
  /// - Throws: `ExportError` for a duplicate entity id, a dangling relation or a
  ///   non-finite weight, size or position.
  /// - Complexity: O(*n* + *m* + total text length).
  public func write(_ network: InnovationNetwork, to output: inout some TextOutputStream) throws {
    let graph = try ExportGraph(network)
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    // No xsi:schemaLocation: the official GEXF 1.3 RELAX NG grammar (gephi/gexf
    // specs/1.3/gexf.rng) rejects it, and the generated XSD cannot validate viz elements.
    output.write(
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
    )
    output.write("  <meta>\n    <creator>netgraph</creator>\n  </meta>\n")
    output.write(
      "  <graph defaultedgetype=\"\(graph.isDirected ? "directed" : "undirected")\" mode=\"static\">\n"
    )
    output.write("    <attributes class=\"node\">\n")
    output.write("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n")
    output.write("      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n")
    output.write("      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n")
    if graph.hasRegistry {
      for name in ["registry_id", "province", "city"] {
        output.write("      <attribute id=\"\(name)\" title=\"\(name)\" type=\"string\"/>\n")
      }
    }
    output.write("    </attributes>\n")
    output.write("    <attributes class=\"edge\">\n")
    output.write("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n")
    output.write("      <attribute id=\"directed\" title=\"directed\" type=\"boolean\"/>\n")
    output.write("      <attribute id=\"evidence\" title=\"evidence\" type=\"integer\"/>\n")
    output.write("      <attribute id=\"sentence\" title=\"sentence\" type=\"string\"/>\n")
    output.write("      <attribute id=\"basis\" title=\"basis\" type=\"string\"/>\n")
    for name in graph.articleFieldNames {
      output.write("      <attribute id=\"\(name)\" title=\"\(name)\" type=\"string\"/>\n")
    }
    output.write("    </attributes>\n")
    output.write("    <nodes>\n")
    for node in graph.nodes {
      let entityID = EntityID(node.id)
      output.write(
        "      <node id=\"\(Escaping.xml(node.id))\" label=\"\(Escaping.xml(node.name))\">\n")
      output.write("        <attvalues>\n")
      if let kind = node.kind { attvalue("kind", kind.rawValue, to: &output) }
      if !node.aliases.isEmpty {
        attvalue("aliases", ExportGraph.joinedAliases(node.aliases), to: &output)
      }
      attvalue("mentions", String(node.mentionCount), to: &output)
      if let link = node.registry {
        attvalue("registry_id", link.id, to: &output)
        if !link.province.isEmpty { attvalue("province", link.province, to: &output) }
        if !link.city.isEmpty { attvalue("city", link.city, to: &output) }
      }
      output.write("        </attvalues>\n")
      let color = colors[entityID] ?? Self.defaultColor(for: node.kind)
      output.write(
        "        <viz:color r=\"\(color.red)\" g=\"\(color.green)\" b=\"\(color.blue)\" a=\"\(try finite(color.alpha, node.id))\"/>\n"
      )
      let size = sizes[entityID] ?? Self.defaultSize(mentions: node.mentionCount)
      output.write("        <viz:size value=\"\(try finite(size, node.id))\"/>\n")
      if let position = positions[entityID] {
        output.write(
          "        <viz:position x=\"\(try finite(position.x, node.id))\" y=\"\(try finite(position.y, node.id))\" z=\"\(try finite(position.z, node.id))\"/>\n"
        )
      }
      output.write("      </node>\n")
    }
    output.write("    </nodes>\n")
    output.write("    <edges>\n")
    for edge in graph.edges {
      var head =
        "      <edge id=\"\(edge.id)\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\""
      if let kind = edge.kind { head += " kind=\"\(kind.rawValue)\"" }
      head += " weight=\"\(ExportGraph.number(edge.weight))\">\n"
      output.write(head)
      output.write("        <attvalues>\n")
      if let kind = edge.kind { attvalue("kind", kind.rawValue, to: &output) }
      attvalue("directed", edge.isDirected ? "true" : "false", to: &output)
      attvalue("evidence", String(edge.evidenceCount), to: &output)
      if let sentence = edge.sentence { attvalue("sentence", sentence, to: &output) }
      if let basis = edge.basis { attvalue("basis", basis.rawValue, to: &output) }
      for (name, value) in edge.articleFields { attvalue(name, value, to: &output) }
      output.write("        </attvalues>\n")
      output.write("      </edge>\n")
    }
    output.write("    </edges>\n")
    output.write("  </graph>\n</gexf>\n")
  }

  /// The GEXF document as a string.
  /// - Throws: See `write(_:to:)`.
  public func string(for network: InnovationNetwork) throws -> String {
    var text = ""
    try write(network, to: &text)
    return text
  }

  private func attvalue(_ key: String, _ value: String, to output: inout some TextOutputStream) {
    output.write("          <attvalue for=\"\(key)\" value=\"\(Escaping.xml(value))\"/>\n")
  }

  private func finite(_ value: Double, _ node: String) throws -> String {
    guard value.isFinite else { throw ExportError.nonFiniteVisual(node: node) }
    return ExportGraph.number(value)
  }
}
