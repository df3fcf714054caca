/// Row order of the entity review table (`netgraph entities --sort`); raw values are the CLI
/// spellings.
public enum EntitySort: String, CaseIterable, Sendable {
  /// Most mentions first, then name.
  case mentions
  /// Most distinct neighbours first, then name.
  case degree
  /// By name (Unicode scalar order).
  case name
}
