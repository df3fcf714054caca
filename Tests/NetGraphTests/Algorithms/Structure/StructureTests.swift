import Foundation
import NetGraph
import Testing

@Suite struct StructureTests {
  /// Components, density, transitivity, diameter and average path length against networkx.
  @Test(arguments: AlgorithmFixture.files("structure"))
  func matchesNetworkx(_ path: String) throws {
    let fixture = try AlgorithmFixture(path)
    let expected = fixture.cases[0].expected as! [String: Any]
    let g = fixture.graph
    func names(_ components: [[NodeID]]) -> [[String]] {
      components.map { $0.map { fixture.nodes[$0.index] }.sorted() }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }
    #expect(names(g.connectedComponents()) == expected["components"] as! [[String]], "\(path)")
    if let strong = expected["strong_components"] as? [[String]] {
      #expect(names(g.stronglyConnectedComponents()) == strong, "\(path)")
    }
    #expect(g.edgeCount == expected["edge_count"] as! Int, "\(path)")
    #expect(isClose(g.density, expected["density"] as! Double), "\(path) density")
    #expect(isClose(g.transitivity(), expected["transitivity"] as! Double), "\(path) transitivity")
    let hops = g.unweighted().largestComponentPathLengths()
    #expect(
      isClose(hops.diameter, (expected["diameter_largest_component"] as! NSNumber).doubleValue), "\(path) diameter")
    #expect(
      isClose(hops.averageLength, expected["average_path_length_largest_component"] as! Double),
      "\(path) average path length")
    if let diameter = expected["diameter_distance"] as? NSNumber {
      let lengths = try g.weighted(for: .length, as: .distance).largestComponentPathLengths()
      #expect(isClose(lengths.diameter, diameter.doubleValue), "\(path) weighted diameter")
      #expect(
        isClose(lengths.averageLength, expected["average_path_length_distance"] as! Double), "\(path) weighted average")
    }
  }

  @Test func emptyGraphHasNoComponentsAndZeroDensity() {
    let g = Graph(nodeCount: 0, sources: [], targets: [], directed: true)
    #expect(g.connectedComponents().isEmpty)
    #expect(g.stronglyConnectedComponents().isEmpty)
    #expect(g.density == 0)
    #expect(g.largestComponentPathLengths().diameter == 0)
    #expect(g.transitivity() == 0)
  }
}
