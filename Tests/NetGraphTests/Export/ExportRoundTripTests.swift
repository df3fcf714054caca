import Foundation
import Testing

@testable import NetGraph

/// Every export format read back by its real reader (networkx, python-igraph, csv) from the
/// test virtualenv, compared with the network: node and edge counts, ids, names, kinds,
/// weights, evidence counts, directedness. Fails (never skips) when `.venv-test` is missing.
@Suite struct ExportRoundTripTests {
  enum Sample: String, CaseIterable, CustomTestStringConvertible {
    case hostile, undirected, untypedDirected, empty, seeds
    /// `seeds` is the bundled corpus through the real extractor (meaningful once it lands).
    func network() throws -> InnovationNetwork {
      switch self {
      case .seeds: return try NetworkSource.corpus([]).load()
      case .hostile: return HostileNetwork.make()
      case .undirected: return HostileNetwork.makeUndirected()
      case .untypedDirected: return HostileNetwork.makeUntypedDirected()
      case .empty: return HostileNetwork.makeEmpty()
      }
    }
    var testDescription: String { rawValue }
  }

  static let formats = ["graphml", "gexf", "json", "pajek", "csv", "neo4j"]

  /// Writes `network` in `format` under `directory`; returns the file or directory.
  static func export(_ network: InnovationNetwork, format: String, in directory: URL) throws -> URL
  {
    func file(_ name: String, _ text: String) throws -> URL {
      let url = directory.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url
    }
    func folder(_ files: [ExportFile]) throws -> URL {
      let url = directory.appendingPathComponent(format)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      for f in files { try Data(f.contents.utf8).write(to: url.appendingPathComponent(f.name)) }
      return url
    }
    switch format {
    case "graphml": return try file("g.graphml", GraphMLWriter().string(for: network))
    case "gexf":
      let positions = Dictionary(
        uniqueKeysWithValues: network.entities.enumerated().map {
          ($1.id, GEXFWriter.Position(x: Double($0) * 10.5, y: -Double($0)))
        })
      return try file("g.gexf", GEXFWriter(positions: positions).string(for: network))
    case "json": return try file("g.json", NodeLinkJSONWriter().string(for: network))
    case "pajek": return try file("g.net", PajekWriter().string(for: network))
    case "csv": return try folder(CSVWriter().files(for: network))
    case "neo4j": return try folder(Neo4jWriter().files(for: network))
    default: throw ExportError.needsDirectory(format: format)
    }
  }

  @Test(arguments: Sample.allCases, formats)
  func realReaderAgrees(sample: Sample, format: String) throws {
    if let missing = RoundTripChecker.missingVirtualenv {
      Issue.record(Comment(rawValue: missing))
      return
    }
    let directory = try RoundTripChecker.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let network = try sample.network()
    let exported = try Self.export(network, format: format, in: directory)
    // NETGRAPH_KEEP_EXPORTS=DIR keeps a copy of every export for inspection (e.g. in Gephi).
    if let keep = ProcessInfo.processInfo.environment["NETGRAPH_KEEP_EXPORTS"] {
      let target = URL(fileURLWithPath: keep).appendingPathComponent(
        "\(sample)-\(exported.lastPathComponent)")
      try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.copyItem(at: exported, to: target)
    }
    let outcome = try RoundTripChecker.check(
      format: format, export: exported, network: network, in: directory)
    #expect(outcome.status == 0, "\(format) of \(sample): \(outcome.stderr)")
    // Each reader reports its counts; they must be the network's.
    let lines = outcome.stdout.split(separator: "\n")
    #expect(!lines.isEmpty, "checker printed no reader line: \(outcome.stderr)")
    for line in lines {
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
      #expect(report["nodes"] as? Int == network.entities.count, "\(format) of \(sample): \(line)")
      #expect(report["edges"] as? Int == network.relations.count, "\(format) of \(sample): \(line)")
    }
  }
}
