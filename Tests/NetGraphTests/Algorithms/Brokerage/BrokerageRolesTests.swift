import NetGraph
import Testing

@Suite struct BrokerageRolesTests {
  /// One two-path a → b → c per case; groups decide the role (Gould & Fernandez 1989, Fig. 1).
  @Test(arguments: [
    ([0, 0, 0], "coordinator"), ([0, 1, 0], "itinerant"), ([0, 0, 1], "representative"),
    ([0, 1, 1], "gatekeeper"), ([0, 1, 2], "liaison"),
  ])
  func classifiesTheFiveRoles(_ groups: [Int], _ role: String) {
    let g = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: true)
    let roles = g.brokerageRoles(groups: groups)
    let index = BrokerageRoles.roleNames.firstIndex(of: role)!
    var expected = [0, 0, 0, 0, 0]
    expected[index] = 1
    #expect(roles[1].counts == expected)
    #expect(roles[0].total == 0 && roles[2].total == 0)
  }

  @Test func closedTriadsAreNotBrokered() {
    let g = Graph(nodeCount: 3, sources: [0, 1, 0], targets: [1, 2, 2], directed: true)
    #expect(g.brokerageRoles(groups: [0, 1, 2])[1].total == 0)
  }

  @Test func undirectedCountsBothDirectionsAndUsesKinds() {
    let g = Graph(
      nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false,
      kinds: [.university, .park, .park])
    let roles = g.brokerageRoles()
    // university → park → park is gatekeeping; park → park → university representing.
    #expect(roles[1].gatekeeper == 1)
    #expect(roles[1].representative == 1)
    #expect(roles[1].total == 2)
  }
}
