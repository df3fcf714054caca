import NetGraph
import Testing

@Suite struct BetweennessCentralityTests {
  @Test(arguments: AlgorithmFixture.files("betweenness"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.betweenness, path)
  }
}
