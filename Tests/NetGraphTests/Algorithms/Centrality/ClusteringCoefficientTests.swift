import NetGraph
import Testing

@Suite struct ClusteringCoefficientTests {
  @Test(arguments: AlgorithmFixture.files("clustering"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.clustering, path)
  }
}
