import NetGraph
import Testing

@Suite struct EigenvectorCentralityTests {
  @Test(arguments: AlgorithmFixture.files("eigenvector"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.eigenvector, path)
  }
}
