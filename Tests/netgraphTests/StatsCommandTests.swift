import Foundation
import Testing

@Suite struct StatsCommandTests {
  @Test func karateStatisticsMatchNetworkx() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try CentralityCommandTests.karateEdgeList(in: directory)
    let result = try NetgraphProcess.run(["stats", "--graph", graph, "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
    #expect(object["nodes"] as? Int == 34)
    #expect(object["edges"] as? Int == 78)
    // networkx: diameter 5, average_shortest_path_length 2.408199643493761,
    // transitivity 0.2556818181818182, density 0.13903743315508021.
    #expect(object["diameter"] as? Int == 5)
    #expect(abs((object["average_path_length"] as! Double) - 2.408199643493761) < 1e-12)
    #expect(abs((object["transitivity"] as! Double) - 0.2556818181818182) < 1e-12)
    #expect(abs((object["density"] as! Double) - 0.13903743315508021) < 1e-12)
  }

  @Test func missingGraphFileIsAnError() throws {
    let result = try NetgraphProcess.run(["stats", "--graph", "/nonexistent/g.txt"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no such graph file"))
  }
}
