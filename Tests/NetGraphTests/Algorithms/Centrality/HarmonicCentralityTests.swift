import NetGraph
import Testing

@Suite struct HarmonicCentralityTests {
  @Test(arguments: AlgorithmFixture.files("harmonic"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.harmonic, path)
  }
}
