import Foundation
import Testing

@testable import NetGraph

@Suite struct NodeLinkJSONWriterTests {
  func object(_ network: InnovationNetwork) throws -> [String: Any] {
    let text = try NodeLinkJSONWriter().string(for: network)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func hasTheKeysNetworkx36ReadsByDefault() throws {
    let json = try object(SampleNetwork.make())
    #expect(Set(json.keys) == ["directed", "multigraph", "graph", "nodes", "edges"])
    #expect(json["directed"] as? Bool == true)
    #expect(json["multigraph"] as? Bool == false)
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    #expect(nodes.first?["id"] as? String == "e1")
    #expect(nodes.first?["name"] as? String == "西安高新区")
    #expect(nodes.first?["aliases"] as? [String] == ["西安高新技术产业开发区"])
    let edges = try #require(json["edges"] as? [[String: Any]])
    #expect(edges.count == 6)
    #expect(edges.first?["source"] as? String == "e1")
    #expect(edges.first?["weight"] as? Double == 2)
    #expect(edges.first?["evidence"] as? Int == 2)
    #expect(edges.first?["key"] == nil)
  }

  @Test func multigraphEdgesAreKeyed() throws {
    let json = try object(HostileNetwork.make())
    #expect(json["multigraph"] as? Bool == true)
    let edges = try #require(json["edges"] as? [[String: Any]])
    #expect(edges.map { $0["key"] as? String } == (1...edges.count).map { "r\($0)" })
  }

  @Test func hostileTextReadsBackExactly() throws {
    let network = HostileNetwork.make()
    let json = try object(network)
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    #expect(nodes.map { $0["name"] as? String } == network.entities.map(\.name))
    #expect(nodes[8]["kind"] == nil)  // untyped: key absent
    let edges = try #require(json["edges"] as? [[String: Any]])
    #expect(edges[0]["sentence"] as? String == network.relations[0].evidence[0].sentence)
  }

  @Test func emptyNetwork() throws {
    let text = try NodeLinkJSONWriter().string(for: InnovationNetwork())
    #expect(
      text
        == "{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": [],\n  \"edges\": []\n}\n"
    )
  }
}
