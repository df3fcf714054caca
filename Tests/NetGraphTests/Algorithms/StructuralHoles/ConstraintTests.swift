import NetGraph
import Testing

@Suite struct ConstraintTests {
  @Test(arguments: AlgorithmFixture.files("constraint"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.constraint, path)
  }
}
