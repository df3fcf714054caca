/// One file of an export: its name inside the output directory and its UTF-8 text.
public struct ExportFile: Hashable, Sendable {
  /// Base name, e.g. `nodes.csv`.
  public var name: String
  /// Complete contents.
  public var contents: String

  public init(name: String, contents: String) {
    self.name = name
    self.contents = contents
  }
}
