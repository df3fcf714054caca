import Foundation
import Testing

@testable import NetGraph

/// Runs `Tests/roundtrip/check_export.py` in the test virtualenv: the real readers
/// (networkx, python-igraph, Python's csv module) read an export and compare it with the
/// network it came from.
enum RoundTripChecker {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var python: URL { packageRoot.appendingPathComponent(".venv-test/bin/python") }
  static var script: URL { packageRoot.appendingPathComponent("Tests/roundtrip/check_export.py") }

  /// Why the round trip cannot run, or nil when the virtualenv is there.
  static var missingVirtualenv: String? {
    FileManager.default.isExecutableFile(atPath: python.path)
      ? nil
      : "\(python.path) is missing: the round-trip tests read every export with the real readers from the test virtualenv; run `Scripts/setup.sh --venv` (or `Scripts/make_test_venv.sh`) first"
  }

  /// The network as the checker expects it, derived from the model alone (not from the
  /// writers): the conventions of README "Exports" re-stated.
  static func expectation(for network: InnovationNetwork) -> [String: Any] {
    let directed = network.isDirected || network.relations.contains { $0.kind?.isDirected == true }
    var pairs: Set<String> = []
    var multigraph = false
    for relation in network.relations {
      let ends = [relation.source.rawValue, relation.target.rawValue]
      let key = (directed ? ends : ends.sorted()).joined(separator: "\u{0}")
      if !pairs.insert(key).inserted { multigraph = true }
    }
    let nodes: [[String: Any]] = network.entities.map { entity in
      [
        "id": entity.id.rawValue, "name": entity.name,
        "kind": entity.kind?.rawValue ?? NSNull(), "aliases": entity.aliases,
        "mentions": entity.mentions.count,
        "registry_id": entity.registry?.id ?? NSNull(),
        "province": entity.registry.map { $0.province.isEmpty ? NSNull() : $0.province as Any } ?? NSNull(),
        "city": entity.registry.map { $0.city.isEmpty ? NSNull() : $0.city as Any } ?? NSNull(),
      ]
    }
    let edges: [[String: Any]] = network.relations.enumerated().map { index, relation in
      [
        "id": "r\(index + 1)", "source": relation.source.rawValue,
        "target": relation.target.rawValue,
        "kind": relation.kind?.rawValue ?? NSNull(),
        "directed": relation.kind?.isDirected ?? network.isDirected,
        "weight": relation.weight, "evidence": relation.evidence.count,
        "sentence": relation.evidence.first?.sentence ?? NSNull(),
        "basis": relation.basis?.rawValue ?? NSNull(),
      ]
    }
    return ["directed": directed, "multigraph": multigraph, "nodes": nodes, "edges": edges]
  }

  /// Writes the expectation beside `export` and runs the checker for `format`.
  static func check(format: String, export: URL, network: InnovationNetwork, in directory: URL)
    throws -> Outcome
  {
    let expected = directory.appendingPathComponent("expected.json")
    try JSONSerialization.data(withJSONObject: expectation(for: network), options: [.sortedKeys])
      .write(to: expected)
    let process = Process()
    process.executableURL = python
    process.arguments = [script.path, format, expected.path, export.path]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Outputs are small (a few lines), so reading one pipe after the other cannot block.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("netgraph-roundtrip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
