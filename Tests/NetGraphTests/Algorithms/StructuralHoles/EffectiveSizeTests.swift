import NetGraph
import Testing

@Suite struct EffectiveSizeTests {
  @Test(arguments: AlgorithmFixture.files("effective-size"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.effectiveSize, path)
  }
}
