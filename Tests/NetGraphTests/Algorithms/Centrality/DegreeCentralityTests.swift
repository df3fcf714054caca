import NetGraph
import Testing

@Suite struct DegreeCentralityTests {
  @Test(arguments: AlgorithmFixture.files("degree"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.degree, path)
  }
}
