import Foundation

/// Diagram style kept as data (`Resources/Themes/default.json`): shape and colour per entity
/// kind, line style per relation kind, font and palettes.
public struct Theme: Codable, Sendable {
  public struct NodeStyle: Codable, Sendable {
    public var shape: String
    public var fillcolor: String
    public var color: String
  }

  public struct EdgeStyle: Codable, Sendable {
    public var style: String
    public var color: String
    public var arrowhead: String
  }

  public var fontname: String
  public var fontsize: Double
  public var background: String
  public var untyped: NodeStyle
  public var entities: [String: NodeStyle]
  public var relations: [String: EdgeStyle]
  public var communityPalette: [String]

  /// Style of an entity kind; untyped nodes get the neutral style.
  public func style(for kind: EntityKind?) -> NodeStyle {
    guard let kind, let style = entities[kind.rawValue] else { return untyped }
    return style
  }

  /// Style of a relation kind; untyped edges are plain grey lines.
  public func style(for kind: RelationKind?) -> EdgeStyle {
    guard let kind, let style = relations[kind.rawValue] else {
      return EdgeStyle(style: "solid", color: "#777777", arrowhead: "normal")
    }
    return style
  }

  /// The bundled default theme.
  /// - Throws: `RenderError.theme` if the resource is missing or malformed.
  public static func bundled() throws -> Theme {
    // A missing file surfaces from `load` as a theme error naming the path.
    try load(Bundle.module.bundleURL.appendingPathComponent("Resources/Themes/default.json"))
  }

  /// Loads a theme file.
  public static func load(_ url: URL) throws -> Theme {
    do {
      let theme = try JSONDecoder().decode(Theme.self, from: Data(contentsOf: url))
      for kind in EntityKind.allCases where theme.entities[kind.rawValue] == nil {
        throw RenderError.theme("\(url.path): no style for entity kind '\(kind.rawValue)'")
      }
      return theme
    } catch let error as RenderError {
      throw error
    } catch {
      throw RenderError.theme("\(url.path): \(error.localizedDescription); fix the JSON")
    }
  }
}
