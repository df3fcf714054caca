import NetGraph
import Testing

@Suite struct StrengthTests {
  @Test(arguments: AlgorithmFixture.files("strength"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.strength, path)
  }
}
