import Testing

@testable import NetGraph

@Suite struct NetworkFilterTests {
  @Test func filtersByEntityKind() {
    let network = NetworkFilter(entityKinds: [.park, .university]).apply(to: SampleNetwork.make())
    #expect(network.entities.allSatisfy { $0.kind == .park || $0.kind == .university })
    #expect(network.relations.count == 3)
  }

  @Test func minimumWeightDropsWeakTies() {
    let network = NetworkFilter(minimumWeight: 2, dropIsolated: true).apply(to: SampleNetwork.make())
    #expect(network.relations.count == 1)
    #expect(Set(network.entities.map(\.name)) == ["西安高新区", "西安交通大学"])
  }

  @Test func topKeepsMostConnected() {
    let network = NetworkFilter(top: 2).apply(to: SampleNetwork.make())
    #expect(network.entities.map(\.name) == ["西安高新区", "西安交通大学"])
  }

  @Test func relationKindFilter() {
    let network = NetworkFilter(relationKinds: [.investment], dropIsolated: true).apply(to: SampleNetwork.make())
    #expect(network.relations.map(\.kind) == [.investment])
    #expect(network.entities.count == 2)
  }

  @Test func egoFindsByAliasAndReportsSuggestions() throws {
    let ego = try EgoFilter("西交大").apply(to: SampleNetwork.make())
    #expect(Set(ego.entities.map(\.name)) == ["西安交通大学", "西安高新区"])
    #expect(throws: QueryError.self) { try EgoFilter("不存在的名字").apply(to: SampleNetwork.make()) }
  }
}
