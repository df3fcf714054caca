import Foundation

/// Writes an `InnovationNetwork` as a Graphviz DOT digraph.
///
/// Every node carries `name`, `kind`, `aliases` and `mentions`; every edge `kind`, `weight`
/// and `evidence` (count), so the file is a complete research export. With a `Style`, the
/// writer also adds the theme's shapes and colours, sizes, community colours, a legend and SVG
/// tooltips with the evidence sentence, which is what `render` feeds to Graphviz.
/// Cooperation (and untyped edges of an undirected network) are drawn without arrowheads.
public struct DOTWriter: Sendable {
  /// Drawing options for `render`.
  public struct Style: Sendable {
    public var theme: Theme
    /// Relative node size in 0...1 (e.g. a normalised centrality); missing means 0.
    public var nodeSize: [EntityID: Double] = [:]
    /// Community index per node; when set, fill colours come from the community palette.
    public var community: [EntityID: Int]? = nil
    /// Members per community, derived from `community`.
    var communitySizes: [Int: Int] {
      var sizes: [Int: Int] = [:]
      for index in (community ?? [:]).values { sizes[index, default: 0] += 1 }
      return sizes
    }
    /// Nodes that keep a visible label; `nil` labels every node.
    public var labelled: Set<EntityID>? = nil
    /// Labels longer than this are shortened with "…" (the tooltip keeps the full name).
    public var maxLabelLength = 16
    /// Whether to draw the legend.
    public var legend = true
    /// A title drawn above the diagram.
    public var title: String? = nil
    /// Spring engines need overlap removal and spline routing.
    public var engine: LayoutEngine = .dot
    /// Fixed node centres in points (`pos`), for the `nop` engine; nodes without one are
    /// left to the engine.
    public var positions: [EntityID: (x: Double, y: Double)] = [:]
    /// Corners of a drawing area (points) marked by two invisible nodes, so diagrams of
    /// different subsets of one layout share one coordinate frame.
    public var frame: (minX: Double, minY: Double, maxX: Double, maxY: Double)? = nil

    public init(theme: Theme) { self.theme = theme }
  }

  public var style: Style?

  public init(style: Style? = nil) { self.style = style }

  /// The DOT text of `network`.
  /// - Complexity: O(*n* + *m* + total evidence).
  public func dotString(_ network: InnovationNetwork) -> String {
    var out = ""
    write(network, to: &out)
    return out
  }

  /// Appends the DOT text of `network` to `output`.
  public func write(_ network: InnovationNetwork, to output: inout some TextOutputStream) {
    output.write("digraph \"netgraph\" {\n")
    if let style { writeGraphStyle(style, network: network, to: &output) }
    let communitySizes = style?.communitySizes ?? [:]
    for entity in network.entities {
      var attributes: [(String, String)] = [
        ("name", entity.name),
        ("kind", entity.kind?.rawValue ?? ""),
        ("aliases", ExportGraph.joinedAliases(entity.aliases)),
        ("mentions", String(entity.mentions.count)),
      ]
      if let style { attributes += nodeStyle(entity, style: style, communitySizes: communitySizes) }
      if let position = style?.positions[entity.id] {
        attributes.append(("pos", "\(NumberFormat.compact(position.x)),\(NumberFormat.compact(position.y))!"))
      }
      output.write("  \(Escaping.dotString(entity.id.rawValue)) \(attributeList(attributes));\n")
    }
    if let frame = style?.frame {
      for (name, x, y) in [("_frame_min", frame.minX, frame.minY), ("_frame_max", frame.maxX, frame.maxY)] {
        output.write(
          "  \(name) [shape=point, style=invis, width=0, height=0, label=\"\", pos=\"\(NumberFormat.compact(x)),\(NumberFormat.compact(y))!\"];\n")
      }
    }
    for relation in network.relations {
      var attributes: [(String, String)] = [
        ("kind", relation.kind?.rawValue ?? ""),
        ("weight", NumberFormat.compact(relation.weight)),
        ("evidence", String(relation.evidence.count)),
      ]
      if let basis = relation.basis { attributes.append(("basis", basis.rawValue)) }
      let undirected = relation.kind.map { !$0.isDirected } ?? !network.isDirected
      if undirected { attributes.append(("dir", "none")) }
      if let style { attributes += edgeStyle(relation, style: style) }
      output.write(
        "  \(Escaping.dotString(relation.source.rawValue)) -> \(Escaping.dotString(relation.target.rawValue)) \(attributeList(attributes));\n"
      )
    }
    output.write("}\n")
  }

  private func attributeList(_ attributes: [(String, String)]) -> String {
    "["
      + attributes.map { key, value in
        value.hasPrefix("<") && value.hasSuffix(">") && key == "label"
          ? "\(key)=\(value)" : "\(key)=\(Escaping.dotString(value))"
      }.joined(separator: ", ") + "]"
  }

  private func writeGraphStyle(
    _ style: Style, network: InnovationNetwork, to output: inout some TextOutputStream
  ) {
    let theme = style.theme
    let font = Escaping.dotString(theme.fontname)
    var graph = [
      "fontname=\(font)", "fontsize=\(NumberFormat.compact(theme.fontsize + 2))",
      "bgcolor=\(Escaping.dotString(theme.background))", "outputorder=edgesfirst", "pad=0.3",
    ]
    switch style.engine {
    case .dot: graph += ["rankdir=LR", "nodesep=0.25", "ranksep=0.6"]
    case .circo, .twopi: graph += ["overlap=false", "splines=true"]
    // splines=curved, not true: Graphviz 2.43's obstacle-avoiding router (splines=true/polyline)
    // reads uninitialised memory on some graphs (the seeds network after the issue-13 relation
    // rules): edge routes differ between runs and `neato -Tsvg` on the same DOT sometimes crashes.
    case .neato, .fdp: graph += ["overlap=prism", "overlap_scaling=2", "sep=\"+8\"", "splines=curved", "K=1.2"]
    case .sfdp: graph += ["overlap=prism", "sep=\"+4\"", "splines=false"]
    case .nop: graph += ["splines=true"]
    }
    if let label = graphLabel(style, network: network) {
      graph += ["label=\(label)", "labelloc=b", "labeljust=l"]
    }
    output.write("  graph [\(graph.joined(separator: ", "))];\n")
    output.write(
      "  node [fontname=\(font), fontsize=\(NumberFormat.compact(theme.fontsize)), style=\"filled\", penwidth=1.2, margin=\"0.08,0.04\"];\n"
    )
    output.write("  edge [fontname=\(font), fontsize=\(NumberFormat.compact(theme.fontsize - 2)), arrowsize=0.7];\n")
  }

  /// An HTML-like table: the title, then one cell per entity kind and relation kind present.
  private func graphLabel(_ style: Style, network: InnovationNetwork) -> String? {
    var rows: [String] = []
    if let title = style.title {
      rows.append("<tr><td colspan=\"8\" align=\"left\"><b>\(Escaping.htmlText(title))</b></td></tr>")
    }
    if style.legend {
      let kinds = EntityKind.allCases.filter { kind in network.entities.contains { $0.kind == kind } }
      if !kinds.isEmpty && style.community == nil {
        let cells = kinds.map { kind in
          "<td bgcolor=\"\(style.theme.style(for: kind).fillcolor)\">\(kind.chineseLabel) \(kind.rawValue)</td>"
        }
        rows.append("<tr>" + cells.joined() + "</tr>")
      }
      if let community = style.community, !style.theme.communityPalette.isEmpty {
        let sizes = style.communitySizes
        let present = Set(network.entities.compactMap { community[$0.id] }.filter { sizes[$0, default: 0] > 1 })
        let palette = style.theme.communityPalette
        let shown = present.sorted().prefix(palette.count)
        var cells = shown.map { "<td bgcolor=\"\(palette[$0 % palette.count])\">社区 \($0 + 1)</td>" }
        if present.count > shown.count { cells.append("<td border=\"0\">…（颜色循环）</td>") }
        if !cells.isEmpty { rows.append("<tr>" + cells.joined() + "</tr>") }
      }
      let relationKinds = RelationKind.allCases.filter { kind in network.relations.contains { $0.kind == kind } }
      if !relationKinds.isEmpty {
        let cells = relationKinds.map { kind in
          let edge = style.theme.style(for: kind)
          let line = edge.style == "dashed" ? "╌╌" : edge.style == "dotted" ? "┈┈" : "──"
          return
            "<td border=\"0\"><font color=\"\(edge.color)\">\(line)▶ \(kind.chineseLabel) \(kind.rawValue)</font></td>"
        }
        rows.append("<tr>" + cells.joined() + "</tr>")
      }
    }
    guard !rows.isEmpty else { return nil }
    return "<<table border=\"0\" cellborder=\"1\" cellspacing=\"3\" cellpadding=\"4\">\(rows.joined())</table>>"
  }

  private func nodeStyle(_ entity: Entity, style: Style, communitySizes: [Int: Int]) -> [(String, String)] {
    let theme = style.theme
    let nodeStyle = theme.style(for: entity.kind)
    var fill = nodeStyle.fillcolor
    if let community = style.community, let index = community[entity.id], !theme.communityPalette.isEmpty {
      // A community of one says nothing about structure: neutral fill.
      fill =
        communitySizes[index, default: 0] > 1
        ? theme.communityPalette[index % theme.communityPalette.count] : theme.untyped.fillcolor
    }
    let size = max(0, min(1, style.nodeSize[entity.id] ?? 0))
    let showLabel = style.labelled.map { $0.contains(entity.id) } ?? true
    var tooltip = "\(entity.name)（\(entity.kind?.chineseLabel ?? "节点")）"
    if !entity.aliases.isEmpty { tooltip += "\n又称：" + entity.aliases.joined(separator: "、") }
    if !entity.mentions.isEmpty { tooltip += "\n提及 \(entity.mentions.count) 次" }
    var attributes: [(String, String)] = [
      ("label", showLabel ? shortened(entity.name, to: style.maxLabelLength) : ""),
      ("shape", nodeStyle.shape),
      ("fillcolor", fill),
      ("color", nodeStyle.color),
      ("fontsize", NumberFormat.compact((theme.fontsize * (1 + 0.6 * size)).rounded())),
      ("tooltip", tooltip),
    ]
    if !showLabel {
      let side = 0.12 + 0.3 * size
      attributes += [
        ("width", NumberFormat.compact(side)), ("height", NumberFormat.compact(side)), ("fixedsize", "true"),
      ]
    } else if size > 0 {
      attributes.append(("penwidth", NumberFormat.compact(1.2 + 2 * size)))
    }
    return attributes
  }

  private func edgeStyle(_ relation: Relation, style: Style) -> [(String, String)] {
    let edge = style.theme.style(for: relation.kind)
    let width = min(1 + log2(max(relation.weight, 1)) * 1.2, 6)
    var tooltip = relation.kind.map { "\($0.chineseLabel)（\($0.rawValue)）" } ?? "关系"
    if let first = relation.evidence.first {
      tooltip += "：" + shortened(first.sentence, to: 240)
      tooltip += "\n—— \(first.file) 第\(first.article + 1)篇"
      let article = [first.title.map { "《\($0)》" }, first.date, first.source, first.url].compactMap { $0 }
      if !article.isEmpty { tooltip += "\n" + article.joined(separator: " ") }
      if relation.evidence.count > 1 { tooltip += "，共 \(relation.evidence.count) 句证据" }
    }
    if let basis = relation.basis { tooltip += "\n依据：\(basis.chineseLabel)（\(basis.rawValue)）" }
    // In large graphs (only top nodes labelled) thin translucent edges keep the structure visible.
    let large = style.labelled != nil
    var attributes: [(String, String)] = [
      ("style", edge.style), ("color", large ? edge.color + "59" : edge.color),
      ("penwidth", NumberFormat.compact(large ? width * 0.4 : width)),
      ("tooltip", tooltip),
    ]
    if large { attributes.append(("arrowsize", "0.3")) }
    if relation.kind?.isDirected ?? true { attributes.append(("arrowhead", edge.arrowhead)) }
    return attributes
  }

  private func shortened(_ text: String, to limit: Int) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > limit else { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars.prefix(limit - 1))
    return String(view) + "…"
  }
}
