import NetGraph
import Testing

@Suite struct ModularityTests {
  /// networkx `community.modularity` of the reference partitions, to 1e-9.
  @Test(arguments: AlgorithmFixture.files("modularity"))
  func matchesNetworkx(_ path: String) throws {
    let fixture = try AlgorithmFixture(path)
    for (parameters, expected) in fixture.cases {
      let object = expected as! [String: Any]
      let communities = (object["communities"] as! [[String]]).map { members in
        members.map { NodeID(fixture.nodes.firstIndex(of: $0)!) }
      }
      let partition = Partition(communities: communities, nodeCount: fixture.nodes.count)
      let weighting = AlgorithmFixture.weighting(parameters)
      var graph = try fixture.graph.weighted(for: .strength, as: weighting)
      if parameters["directed"] == nil { graph = graph.undirected() }
      let q = graph.modularity(of: partition)
      let reference = (object["modularity"] as! Double)
      #expect(isClose(q, reference), "\(path) \(parameters): \(q) vs \(reference)")
    }
  }

  @Test func singleCommunityAndSingletons() {
    let g = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
    #expect(abs(g.modularity(of: Partition(labels: [0, 0, 0]))) < 1e-15)
    // Singletons: −Σ (d/2m)² = −(1 + 4 + 1)/16.
    #expect(abs(g.modularity(of: Partition(labels: [0, 1, 2])) + 6.0 / 16.0) < 1e-15)
    let empty = Graph(nodeCount: 2, sources: [], targets: [], directed: false)
    #expect(empty.modularity(of: Partition(labels: [0, 1])).isNaN)
  }
}
