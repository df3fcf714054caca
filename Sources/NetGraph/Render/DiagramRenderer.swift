/// Turns a network into a finished diagram: picks the engine, decides which labels stay
/// readable, styles it from the theme and renders it through `GraphvizRenderer`.
public struct DiagramRenderer: Sendable {
  /// Above this many nodes, the automatic engine is sfdp with overlap removal.
  public static let largeGraphThreshold = 150
  /// In large graphs, only this many top nodes keep their label.
  public static let labelledNodesInLargeGraphs = 60

  public var theme: Theme
  /// `nil` chooses automatically: neato for small graphs, sfdp above the threshold.
  public var engine: LayoutEngine?
  public var format: RenderFormat
  /// Node importance in any scale (e.g. a centrality); drives size and which labels stay.
  public var sizeBy: [EntityID: Double]?
  /// Community index per node, for `--color-by community`.
  public var community: [EntityID: Int]?
  public var title: String?
  /// Whether to draw the legend (kinds and relation styles) under the diagram.
  public var legend = true
  /// Node centres (points) to keep, with the drawing area they share: set by `framed(…)`.
  var pinned: (positions: [EntityID: (x: Double, y: Double)], frame: (minX: Double, minY: Double, maxX: Double, maxY: Double))?

  public init(theme: Theme, engine: LayoutEngine? = nil, format: RenderFormat = .svg) {
    self.theme = theme
    self.engine = engine
    self.format = format
  }

  /// The engine used for `network`.
  public func resolvedEngine(for network: InnovationNetwork) -> LayoutEngine {
    if pinned != nil { return .nop }
    if let engine { return engine }
    return network.entities.count > Self.largeGraphThreshold ? .sfdp : .neato
  }

  /// The styled DOT text that would be laid out.
  /// - Throws: `RenderError.impossible` for an empty network or one too large for the engine.
  public func dot(for network: InnovationNetwork) throws -> String {
    guard !network.entities.isEmpty else {
      throw RenderError.impossible(
        "nothing to draw: the network (after filters) has no nodes; relax --kind/--relation/--min-weight/--top")
    }
    let engine = resolvedEngine(for: network)
    guard network.entities.count <= engine.nodeLimit else {
      throw RenderError.impossible(
        "\(network.entities.count) nodes is too many for '\(engine.rawValue)' (limit \(engine.nodeLimit)); use --engine sfdp or --top N"
      )
    }
    var style = DOTWriter.Style(theme: theme)
    style.engine = engine
    style.title = title
    style.community = community
    style.legend = legend
    if let pinned {
      style.positions = pinned.positions
      style.frame = pinned.frame
    }
    let degree = NetworkFilter.weightedDegree(network)
    let importance = sizeBy ?? degree
    let maximum = importance.values.max() ?? 0
    if maximum > 0 {
      style.nodeSize = importance.mapValues { $0 / maximum }
    }
    if network.entities.count > Self.largeGraphThreshold {
      let ranked = network.entities.sorted {
        (importance[$0.id] ?? 0, degree[$0.id] ?? 0, $1.id) > (importance[$1.id] ?? 0, degree[$1.id] ?? 0, $0.id)
      }
      style.labelled = Set(ranked.prefix(Self.labelledNodesInLargeGraphs).map(\.id))
    }
    return DOTWriter(style: style).dotString(network)
  }

  /// Node centres (points) of the diagram's layout, for exports that carry positions (GEXF).
  public func positions(for network: InnovationNetwork) throws -> [EntityID: (x: Double, y: Double)] {
    let byName = try GraphvizRenderer.nodePositions(dot: try dot(for: network), engine: resolvedEngine(for: network))
    var positions: [EntityID: (x: Double, y: Double)] = [:]
    for entity in network.entities {
      if let position = byName[entity.id.rawValue] { positions[entity.id] = position }
    }
    return positions
  }

  /// A renderer that draws every subnetwork of `union` with each entity where the layout of
  /// `union` put it, in one shared drawing area: frames of a network over time (`evolve
  /// --render`). The union is laid out once; frames route only their edges (`neato -n`).
  /// - Throws: `RenderError` from laying out `union`.
  public func framed(over union: InnovationNetwork) throws -> DiagramRenderer {
    var layout = self
    layout.legend = false
    layout.title = nil
    let positions = try layout.positions(for: union)
    // Margin: room for the widest label and node around the outermost centres.
    let margin = 120.0
    let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
    var framed = self
    framed.pinned = (
      positions,
      ((xs.min() ?? 0) - margin, (ys.min() ?? 0) - margin, (xs.max() ?? 0) + margin, (ys.max() ?? 0) + margin)
    )
    return framed
  }

  /// The rendered diagram in `format`.
  public func render(_ network: InnovationNetwork) throws -> [UInt8] {
    let data = try GraphvizRenderer.render(
      dot: try dot(for: network), engine: resolvedEngine(for: network), format: format)
    return [UInt8](data)
  }
}
