import NetGraph
import Testing

@Suite struct ClosenessCentralityTests {
  @Test(arguments: AlgorithmFixture.files("closeness"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.closeness, path)
  }
}
