/// Graphviz layout engines.
public enum LayoutEngine: String, CaseIterable, Sendable {
  case dot, neato, fdp, sfdp, circo, twopi
  /// Keeps the positions given in `pos` and routes the edges (`neato -n`); used internally
  /// to draw frames over one shared layout, not offered on the command line.
  case nop

  /// The engines `render --engine` offers (nop is internal).
  public static var allCases: [LayoutEngine] { [.dot, .neato, .fdp, .sfdp, .circo, .twopi] }

  /// Largest node count each engine lays out in reasonable time on a laptop; past it the
  /// renderer refuses rather than hang (dot and circo are super-linear in practice).
  public var nodeLimit: Int {
    switch self {
    case .dot: return 3_000
    case .circo: return 2_000
    case .twopi: return 20_000
    case .neato: return 5_000
    case .fdp: return 5_000
    case .sfdp: return 50_000
    case .nop: return 50_000
    }
  }
}

/// Output formats of `render` (`plain` is for reading positions, not offered on the command line).
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg, png, pdf, dot
  /// Graphviz's line-oriented layout dump; used internally to read node positions.
  case plain

  /// The formats `render` offers (plain is internal).
  public static var allCases: [RenderFormat] { [.svg, .png, .pdf, .dot] }

  /// Graphviz device name: PNG and PDF go through cairo for anti-aliased CJK text.
  var device: String {
    switch self {
    case .svg: return "svg"
    case .png: return "png:cairo"
    case .pdf: return "pdf:cairo"
    case .dot: return "dot"
    case .plain: return "plain"
    }
  }
}
