import Foundation

/// Problems turning a network into an export; messages say what, where, and what to do.
public enum ExportError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// Two entities share an id, so nodes would merge in every reader.
  case duplicateEntityID(String)
  /// A relation names an entity that is not in the network.
  case unknownEntity(relation: Int, id: String)
  /// A relation weight is NaN or infinite, which no export format can carry.
  case nonFiniteWeight(relation: Int, source: String, target: String)
  /// A layout position, size or colour alpha given for a node is NaN or infinite.
  case nonFiniteVisual(node: String)
  /// A format that writes a directory was asked to write a single stream.
  case needsDirectory(format: String)
  /// The output directory exists and holds files the export would not replace.
  case directoryNotEmpty(path: String, unexpected: [String])
  /// Writing the output failed.
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .duplicateEntityID(let id):
      return
        "entity id '\(id)' appears more than once; give every entity a distinct id before exporting"
    case .unknownEntity(let relation, let id):
      return
        "relation \(relation + 1) refers to entity '\(id)', which is not in the network; remove the relation or add the entity"
    case .nonFiniteWeight(let relation, let source, let target):
      return
        "relation \(relation + 1) (\(source) → \(target)) has a weight that is not a finite number; fix the weight in the input graph"
    case .nonFiniteVisual(let node):
      return
        "node '\(node)' has a position, size or alpha that is not a finite number; check the layout that produced it"
    case .needsDirectory(let format):
      return "--format \(format) writes a directory of CSV files; give -o DIR"
    case .directoryNotEmpty(let path, let unexpected):
      return
        "\(path): directory already holds \(unexpected.joined(separator: ", ")), which this export would not replace; choose a new directory or remove it"
    case .cannotWrite(let path, let reason):
      return
        "\(path): cannot write export (\(reason)); check that the parent directory exists and is writable"
    }
  }

  public var errorDescription: String? { description }
}
