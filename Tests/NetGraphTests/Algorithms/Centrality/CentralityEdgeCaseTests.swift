import Testing

@testable import NetGraph

@Suite struct CentralityEdgeCaseTests {
  @Test func sampledBetweennessWithAllPivotsIsExact() throws {
    let fixture = try AlgorithmFixture("betweenness/karate.json")
    let exact = fixture.graph.betweennessCentrality()
    let sampled = fixture.graph.betweennessCentrality(sampleSize: fixture.nodes.count, seed: 3)
    expectClose(sampled, exact, names: fixture.nodes, "k = n")
  }

  @Test(arguments: [0, 1, 2, 3, 4])
  func sampledBetweennessIsSeededAndRoughlyRight(seed: UInt64) throws {
    let fixture = try AlgorithmFixture("betweenness/lesmis.json")
    let g = fixture.graph.unweighted()
    let a = g.betweennessCentrality(sampleSize: 40, seed: seed)
    let b = g.betweennessCentrality(sampleSize: 40, seed: seed)
    #expect(a == b)
    let exact = g.betweennessCentrality()
    let top = exact.indices.max { exact[$0] < exact[$1] }!
    #expect(abs(a[top] - exact[top]) < 0.25 * exact[top])
  }

  @Test func resultDoesNotDependOnThreadCount() throws {
    let fixture = try AlgorithmFixture("betweenness/lesmis.json")
    for measure in [CentralityMeasure.betweenness, .closeness, .harmonic] {
      let one = try fixture.graph.centrality(measure, threads: 1)
      let two = try fixture.graph.centrality(measure, threads: 2)
      #expect(one == two, "\(measure)")
    }
  }

  @Test func pageRankRejectsBadParameters() {
    let g = Graph(nodeCount: 2, sources: [0], targets: [1], directed: true)
    #expect(throws: AlgorithmError.self) { try g.pageRank(alpha: 1.5) }
    #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [0, 0]) }
    #expect(throws: AlgorithmError.self) { try g.pageRank(maxIterations: 1, tolerance: 1e-30) }
    let personalised = try! g.pageRank(personalization: [1, 0])
    #expect(abs(personalised.reduce(0, +) - 1) < 1e-12)
  }

  @Test func starGraphHasOneBroker() throws {
    let g = Graph(nodeCount: 4, sources: [0, 0, 0], targets: [1, 2, 3], directed: false)
    #expect(g.betweennessCentrality() == [1, 0, 0, 0])
    #expect(g.burtConstraint()[0] == 1.0 / 3.0)
    #expect(g.effectiveSize()[0] == 3)
    #expect(g.coreNumbers() == [1, 1, 1, 1])
    #expect(g.clusteringCoefficients() == [0, 0, 0, 0])
  }
}

@Suite struct ZeroWeightTests {
  /// Ties of weight 0 must not trap or produce NaN where a value is defined.
  @Test func zeroWeightsEverywhere() throws {
    let g = Graph(
      nodeCount: 3, sources: [0, 1, 2], targets: [1, 2, 0], weights: [0, 0, 0], directed: false)
    #expect(g.clusteringCoefficients() == [0, 0, 0])
    #expect(g.burtConstraint().allSatisfy { $0.isNaN })
    #expect(g.effectiveSize().allSatisfy { $0.isNaN })
    #expect(try g.pageRank().allSatisfy { abs($0 - 1.0 / 3.0) < 1e-12 })
    #expect(try g.centrality(.betweenness, weighting: .strength) == [0, 0, 0])
    #expect(try g.centrality(.closeness, weighting: .strength) == [0, 0, 0])
    #expect(throws: AlgorithmError.self) { try g.centrality(.pagerank, weighting: .distance) }
    let leiden = try g.communities(CommunitySettings(method: .leiden))
    #expect(leiden.partition.count >= 1)
    let louvain = try g.communities(CommunitySettings(method: .louvain))
    #expect(louvain.modularity.isNaN)
  }
}
