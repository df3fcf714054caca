import Foundation
import Testing

@Suite struct CentralityCommandTests {
  /// The karate club edge list from the algorithm fixtures, written to a temporary file.
  static func karateEdgeList(in directory: URL) throws -> String {
    let fixture = NetgraphProcess.packageRoot
      .appendingPathComponent("Tests/NetGraphTests/Fixtures/algorithms/betweenness/karate.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as! [String: Any]
    let edges = (object["graph"] as! [String: Any])["edges"] as! [[Any]]
    let text = edges.map { "\($0[0]) \($0[1])" }.joined(separator: "\n") + "\n"
    let path = directory.appendingPathComponent("karate.txt")
    try text.write(to: path, atomically: true, encoding: .utf8)
    return path.path
  }

  @Test func csvMatchesNetworkxBetweenness() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try Self.karateEdgeList(in: directory)
    let result = try NetgraphProcess.run(
      ["centrality", "--graph", graph, "--measure", "betweenness,degree", "--format", "csv"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdoutText.split(separator: "\n")
    #expect(lines.first == "node,betweenness,degree")
    #expect(lines.count == 35)
    // networkx: betweenness_centrality(karate)["0"] = 0.43763528138528146
    let zero = lines.first { $0.hasPrefix("0,") }!.split(separator: ",")
    #expect(abs(Double(zero[1])! - 0.43763528138528146) < 1e-12)
    let again = try NetgraphProcess.run(
      ["centrality", "--graph", graph, "--measure", "betweenness,degree", "--format", "csv"])
    #expect(again.stdout == result.stdout)
  }

  @Test func topAndJSON() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try Self.karateEdgeList(in: directory)
    let result = try NetgraphProcess.run(
      [
        "centrality", "--graph", graph, "--measure", "pagerank", "--top", "2", "--format", "json",
        "-o", directory.appendingPathComponent("c.json").path,
      ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let data = try Data(contentsOf: directory.appendingPathComponent("c.json"))
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let nodes = object["nodes"] as! [[String: Any]]
    #expect(nodes.map { $0["node"] as! String } == ["33", "0"])
    #expect(object["weight"] as? String == "strength")
  }

  @Test func sampledBetweennessWithEveryPivotIsExact() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try Self.karateEdgeList(in: directory)
    let exact = try NetgraphProcess.run(["centrality", "--graph", graph, "--measure", "betweenness", "--format", "csv"])
    let sampled = try NetgraphProcess.run(
      ["centrality", "--graph", graph, "--measure", "betweenness", "--format", "csv", "--samples", "34"])
    #expect(sampled.status == 0, "stderr: \(sampled.stderr)")
    #expect(sampled.stdout == exact.stdout)
    let few = try NetgraphProcess.run(
      ["centrality", "--graph", graph, "--measure", "betweenness", "--format", "csv", "--samples", "10", "--seed", "3"])
    #expect(few.status == 0)
    #expect(few.stdout != exact.stdout)
  }

  @Test func unknownMeasureFails() throws {
    let result = try NetgraphProcess.run(["centrality", "--graph", "x.txt", "--measure", "fame"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("'fame' is invalid"))
  }

  @Test func corpusRunsByKind() throws {
    let result = try NetgraphProcess.run(["centrality", "--by-kind", "--top", "1"])  // all measures
    #expect(result.status == 0, "stderr: \(result.stderr)")
  }
}
