import NetGraph
import Testing

@Suite struct PageRankTests {
  @Test(arguments: AlgorithmFixture.files("pagerank"))
  func matchesNetworkx(_ path: String) throws {
    try checkCentralityFixture(.pagerank, path)
  }
}
