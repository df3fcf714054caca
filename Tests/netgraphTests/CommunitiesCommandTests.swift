import Foundation
import Testing

@Suite struct CommunitiesCommandTests {
  @Test func csvAndJSONShapes() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try CentralityCommandTests.karateEdgeList(in: directory)
    let csv = try NetgraphProcess.run(["communities", "--graph", graph, "--format", "csv"])
    #expect(csv.status == 0, "stderr: \(csv.stderr)")
    let lines = csv.stdoutText.split(separator: "\n")
    #expect(lines.first == "node,community")
    #expect(lines.count == 35)
    let json = try NetgraphProcess.run(
      ["communities", "--graph", graph, "--method", "louvain", "--seed", "3", "--format", "json"])
    #expect(json.status == 0, "stderr: \(json.stderr)")
    let object = try JSONSerialization.jsonObject(with: json.stdout) as! [String: Any]
    #expect(object["method"] as? String == "louvain")
    #expect((object["modularity"] as! Double) > 0.41)
    #expect((object["communities"] as! [[String]]).joined().count == 34)
    let again = try NetgraphProcess.run(
      ["communities", "--graph", graph, "--method", "louvain", "--seed", "3", "--format", "json"])
    #expect(again.stdout == json.stdout)
  }

  @Test func badResolutionIsAUsageError() throws {
    let result = try NetgraphProcess.run(["communities", "--graph", "x.txt", "--resolution", "0"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--resolution must be a positive number"))
  }
}
