import NetGraph
import Testing

@Suite struct CoreNumberTests {
  @Test(arguments: AlgorithmFixture.files("kcore"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.kcore, path)
  }
}
