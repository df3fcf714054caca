import Foundation
import NetGraph
import Testing

@Suite struct GroupMixingTests {
  /// networkx `attribute_assortativity_coefficient` (karate "club", Davis "bipartite").
  @Test(arguments: AlgorithmFixture.files("assortativity"))
  func assortativityMatchesNetworkx(_ path: String) throws {
    let fixture = try AlgorithmFixture(path)
    let expected = fixture.cases[0].expected as! [String: Any]
    let groupNames = expected["groups"] as! [String: String]
    let labels = Array(Set(groupNames.values)).sorted()
    let groups = fixture.nodes.map { labels.firstIndex(of: groupNames[$0]!)! }
    let r = fixture.graph.attributeAssortativity(groups: groups)
    #expect(isClose(r, expected["assortativity"] as! Double), "\(path): \(r)")
  }

  @Test func eiIndexCountsInternalAndExternalTies() {
    // Two parks tied to each other; each tied to one university; universities not tied.
    let g = Graph(
      nodeCount: 4, sources: [0, 0, 1], targets: [1, 2, 3], directed: false,
      kinds: [.park, .park, .university, .university])
    let (byKind, network) = g.eiIndexByKind()
    #expect(byKind.map(\.kind) == [.park, .university])
    #expect(byKind[0].index == EIIndex(external: 2, internal_: 1))
    #expect(abs(byKind[0].index.value - 1.0 / 3.0) < 1e-15)
    #expect(byKind[1].index.value == 1)
    #expect(network == EIIndex(external: 2, internal_: 1))
    // Kind assortativity is negative: most ties cross kinds.
    #expect(g.attributeAssortativity() < 0)
  }
}
