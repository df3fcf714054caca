import ArgumentParser
import NetGraph

extension CentralityMeasure: ExpressibleByArgument {}
extension Graph.Weighting: ExpressibleByArgument {}
extension TableFormat: ExpressibleByArgument {}

/// A comma-separated list argument (`--measure degree,pagerank`), repeatable.
struct CommaList<Element: ExpressibleByArgument & CaseIterable & RawRepresentable>: ExpressibleByArgument
where Element.RawValue == String {
  var items: [Element]

  init?(argument: String) {
    var items: [Element] = []
    for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
      guard let item = Element(argument: part.trimmingCharacters(in: .whitespaces)) else {
        return nil
      }
      items.append(item)
    }
    self.items = items
  }

  static var allValueStrings: [String] { Element.allCases.map(\.rawValue) }
}

/// Options shared by the analysis commands: how weights count, which nodes, how many threads.
struct AnalysisOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "How edge weights count: strength (evidence makes ties stronger: path length 1/w), distance (weight is a path length), or none.",
      valueName: "strength|distance|none"))
  var weight: Graph.Weighting = .strength

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep only entities of these kinds (comma-separated: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))).",
      valueName: "kind,..."))
  var kind: [CommaList<EntityKind>] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep only relations of these kinds (comma-separated: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))).",
      valueName: "kind,..."))
  var relation: [CommaList<RelationKind>] = []

  @Option(
    name: .long, help: "Worker threads for extracting a corpus and for path-based measures (default: one per core; 1 for single-threaded timing).")
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
  }

  /// The compact graph of `network`, filtered by `--kind` and `--relation`.
  func graph(_ network: InnovationNetwork, directed: Bool) -> Graph {
    let kinds = kind.flatMap(\.items)
    let relations = relation.flatMap(\.items)
    return Graph(
      network: network, directed: directed, nodeKinds: kinds.isEmpty ? nil : Set(kinds),
      relationKinds: relations.isEmpty ? nil : Set(relations))
  }
}
