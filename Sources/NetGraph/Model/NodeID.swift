/// Dense index of a node in a `Graph`: `0 ..< graph.nodeCount`.
///
/// Distinct from `EntityID` (`"e1"`), the stable name of an entity in extractor output.
/// Stored as `Int32` so adjacency arrays stay compact (4 bytes per arc).
public struct NodeID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  public var rawValue: Int32

  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// The node at position `index`; `index` must fit in `Int32`.
  public init(_ index: Int) { self.rawValue = Int32(index) }

  /// Position of the node, for indexing per-node arrays.
  public var index: Int { Int(rawValue) }

  public var description: String { String(rawValue) }

  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}
