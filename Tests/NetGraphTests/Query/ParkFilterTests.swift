import Testing

@testable import NetGraph

@Suite struct ParkFilterTests {
  @Test func keepsMatchingParkAndItsNeighbours() throws {
    let network = try ParkFilter("西安").apply(to: SampleNetwork.make())
    #expect(network.entities.map(\.name) == ["西安高新区", "西安交通大学", "西北工业大学", "陕西华达科技股份有限公司"])
    // The investor of a member is two ties away, so depth 1 leaves it out.
    #expect(!network.entities.contains { $0.name == "西科控股" })
    #expect(network.relations.count == 3)
  }

  @Test func matchesAliases() throws {
    let network = try ParkFilter("高新技术产业开发区").apply(to: SampleNetwork.make())
    #expect(network.entities.first?.name == "西安高新区")
  }

  @Test func depthTwoReachesInvestors() throws {
    let network = try ParkFilter("西安", depth: 2).apply(to: SampleNetwork.make())
    #expect(network.entities.contains { $0.name == "西科控股" })
  }

  @Test func noMatchListsExistingParks() {
    #expect(throws: QueryError.noSuchPark(query: "不存在", available: ["榆林高新区", "西安高新区"])) {
      try ParkFilter("不存在").apply(to: SampleNetwork.make())
    }
  }

  @Test func onlyParksMatch() {
    // 西安交通大学 contains 西安 but is not a park: no park named 交通 exists.
    #expect(throws: QueryError.self) { try ParkFilter("交通").apply(to: SampleNetwork.make()) }
  }
}
