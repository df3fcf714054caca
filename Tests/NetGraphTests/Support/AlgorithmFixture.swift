import Foundation
import NetGraph
import Testing

/// A reference file from `Scripts/fixtures/make_fixtures.py`:
/// `Fixtures/algorithms/<measure>/<graph>.json`.
struct AlgorithmFixture {
  let path: String
  let graph: Graph
  let directed: Bool
  let nodes: [String]
  /// (parameters, expected) pairs; `expected` is a node → value map or an object.
  let cases: [(parameters: [String: Any], expected: Any)]

  static let root: URL = Bundle.module.url(
    forResource: "algorithms", withExtension: nil, subdirectory: "Fixtures")!

  /// Fixture paths (relative to `Fixtures/algorithms`) under `folder`, from `index.json`.
  static func files(_ folder: String) -> [String] {
    let data = try! Data(contentsOf: root.appendingPathComponent("index.json"))
    let all = try! JSONSerialization.jsonObject(with: data) as! [String]
    return all.filter { $0.hasPrefix(folder + "/") }
  }

  init(_ path: String) throws {
    self.path = path
    let data = try Data(contentsOf: Self.root.appendingPathComponent(path))
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let spec = object["graph"] as! [String: Any]
    directed = spec["directed"] as! Bool
    nodes = spec["nodes"] as! [String]
    let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, Int32($0)) })
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    for edge in spec["edges"] as! [[Any]] {
      sources.append(index[edge[0] as! String]!)
      targets.append(index[edge[1] as! String]!)
      weights.append((edge[2] as! NSNumber).doubleValue)
    }
    graph = Graph(
      nodeCount: nodes.count, sources: sources, targets: targets, weights: weights,
      directed: directed, names: nodes)
    cases = (object["cases"] as! [[String: Any]]).map {
      ($0["parameters"] as! [String: Any], $0["expected"]!)
    }
  }

  /// Expected per-node values in `NodeID` order; NaN where the fixture has null.
  func values(_ expected: Any) -> [Double] {
    let map = expected as! [String: Any]
    return nodes.map { (map[$0] as? NSNumber)?.doubleValue ?? .nan }
  }

  /// The weighting named by a case's `weight` parameter (`none` when absent).
  static func weighting(_ parameters: [String: Any]) -> Graph.Weighting {
    Graph.Weighting(rawValue: parameters["weight"] as? String ?? "none")!
  }
}

/// Whether `actual` equals `expected` to `relative` (NaN equals NaN).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9) -> Bool {
  if expected.isNaN { return actual.isNaN }
  return abs(actual - expected) <= relative * abs(expected) + 1e-12
}

/// Expects every node's value to match, naming the first mismatches.
func expectClose(
  _ actual: [Double], _ expected: [Double], names: [String], relative: Double = 1e-9,
  _ context: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "\(context): node count", sourceLocation: sourceLocation)
  let bad = zip(names, zip(actual, expected)).filter { !isClose($1.0, $1.1, relative: relative) }
  #expect(
    bad.isEmpty,
    "\(context): \(bad.count) mismatches, e.g. \(bad.prefix(3).map { "\($0.0): \($0.1.0) vs \($0.1.1)" })",
    sourceLocation: sourceLocation)
}

/// Checks `measure` against every case of a centrality fixture.
func checkCentralityFixture(
  _ measure: CentralityMeasure, _ path: String, relative: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let fixture = try AlgorithmFixture(path)
  for (parameters, expected) in fixture.cases {
    let weighting = AlgorithmFixture.weighting(parameters)
    let actual: [Double]
    if let normalized = parameters["normalized"] as? Bool {
      actual = try fixture.graph.weighted(for: .length, as: weighting)
        .betweennessCentrality(normalized: normalized)
    } else {
      actual = try fixture.graph.centrality(measure, weighting: weighting)
    }
    expectClose(
      actual, fixture.values(expected), names: fixture.nodes, relative: relative,
      "\(path) \(parameters)", sourceLocation: sourceLocation)
  }
}
