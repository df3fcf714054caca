import Testing

@testable import NetGraph

@Suite struct GraphTests {
  @Test func mergesParallelEdgesBySummingWeights() {
    let g = Graph(
      nodeCount: 3, sources: [0, 1, 0, 2], targets: [1, 0, 2, 2], weights: [1, 2, 5, 3],
      directed: false)
    g.checkInvariants()
    #expect(g.edgeCount == 3)
    #expect(g.weight(from: NodeID(0), to: NodeID(1)) == 3)
    #expect(g.weight(from: NodeID(1), to: NodeID(0)) == 3)
    #expect(g.selfLoopCount == 1)
    #expect(g.degree(of: NodeID(2)) == 3)  // edge to 0 plus a self-loop counted twice
    #expect(g.strength(of: NodeID(2)) == 11)
    #expect(g.totalWeight == 11)
  }

  @Test func directedKeepsBothCSRs() {
    let g = Graph(nodeCount: 4, sources: [0, 0, 2, 3], targets: [1, 2, 1, 3], directed: true)
    g.checkInvariants()
    #expect(g.successors(of: NodeID(0)) == [NodeID(1), NodeID(2)])
    #expect(g.predecessors(of: NodeID(1)) == [NodeID(0), NodeID(2)])
    #expect(g.degree(of: NodeID(3)) == 2)
    #expect(!g.isWeighted)
    #expect(g.edgeCount == 4)
  }

  @Test func emptyAndSingleNodeGraphs() throws {
    let empty = Graph(nodeCount: 0, sources: [], targets: [], directed: false)
    empty.checkInvariants()
    #expect(empty.edgeCount == 0)
    #expect(empty.betweennessCentrality().isEmpty)
    #expect(try empty.pageRank().isEmpty)
    #expect(throws: AlgorithmError.self) { try empty.eigenvectorCentrality() }
    let one = Graph(nodeCount: 1, sources: [], targets: [], directed: false)
    #expect(one.degreeCentrality() == [1])
    #expect(one.closenessCentrality() == [0])
    #expect(try one.pageRank() == [1])
    #expect(one.burtConstraint()[0].isNaN)
  }

  @Test func networkViewTreatsCooperationAsSymmetric() {
    let network = SampleNetwork.make()
    let directed = Graph(network: network, directed: true)
    directed.checkInvariants()
    // e1–e2 cooperation gives both arcs; e4 → e1 location only one.
    #expect(directed.weight(from: NodeID(0), to: NodeID(1)) == 2)
    #expect(directed.weight(from: NodeID(1), to: NodeID(0)) == 2)
    #expect(directed.weight(from: NodeID(3), to: NodeID(0)) == 1)
    #expect(directed.weight(from: NodeID(0), to: NodeID(3)) == nil)
    let undirected = Graph(network: network, directed: false)
    undirected.checkInvariants()
    #expect(undirected.edgeCount == network.relations.count)
    #expect(undirected.names[0] == "西安高新区")
    #expect(undirected.kinds[0] == .park)
  }

  @Test func kindFiltersAndProjection() {
    let network = SampleNetwork.make()
    let parksAndUniversities = Graph(network: network, nodeKinds: [.park, .university])
    #expect(parksAndUniversities.nodeCount == 5)
    #expect(parksAndUniversities.edgeCount == 3)
    let cooperationOnly = Graph(network: network, relationKinds: [.cooperation])
    #expect(cooperationOnly.edgeCount == 4)
    let full = Graph(network: network)
    #expect(full.filtered(kinds: [.park]).nodeCount == 2)
    // Universities linked through shared parks: 西安交大 and 西工大 share 西安高新区.
    let projection = full.projected(onto: .university, via: .park)
    projection.checkInvariants()
    #expect(projection.nodeCount == 3)
    #expect(projection.edgeCount == 1)
    #expect(projection.weight(from: NodeID(0), to: NodeID(1)) == 1)
  }

  @Test func weightingTurnsWeightsIntoLengthsOrStrengths() throws {
    let g = Graph(nodeCount: 2, sources: [0], targets: [1], weights: [4], directed: false)
    #expect(try g.weighted(for: .length, as: .strength).weight(from: NodeID(0), to: NodeID(1)) == 0.25)
    #expect(try g.weighted(for: .length, as: .distance).weight(from: NodeID(0), to: NodeID(1)) == 4)
    #expect(try g.weighted(for: .strength, as: .distance).weight(from: NodeID(0), to: NodeID(1)) == 0.25)
    #expect(try !g.weighted(for: .length, as: .none).isWeighted)
    let zero = Graph(nodeCount: 2, sources: [0], targets: [1], weights: [0], directed: false)
    #expect(throws: AlgorithmError.self) { try zero.weighted(for: .strength, as: .distance) }
    // A zero-weight tie is infinitely long under strength: no path uses it.
    #expect(try zero.centrality(.closeness, weighting: .strength) == [0, 0])
  }

  @Test func inducedSubgraphKeepsNamesAndWeights() {
    let g = Graph(
      nodeCount: 4, sources: [0, 1, 2], targets: [1, 2, 3], weights: [1, 2, 3], directed: true,
      names: ["a", "b", "c", "d"])
    let sub = g.induced(by: [NodeID(2), NodeID(1)])
    sub.checkInvariants()
    #expect(sub.names == ["b", "c"])
    #expect(sub.weight(from: NodeID(0), to: NodeID(1)) == 2)
    let undirected = g.undirected()
    undirected.checkInvariants()
    #expect(undirected.weight(from: NodeID(1), to: NodeID(0)) == 1)
  }
}
