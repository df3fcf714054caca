import Foundation
import NetGraph
import Testing

/// The 10,000-node LFR graph of `Scripts/fixtures/make_lfr.py` (μ = 0.3).
@Suite struct LFRBenchmarkTests {
  static func load() throws -> (graph: Graph, truth: Partition, igraphModularity: Double, igraphNMI: Double) {
    let folder = AlgorithmFixture.root.appendingPathComponent("lfr")
    let text = try String(contentsOf: folder.appendingPathComponent("lfr10k.edges"), encoding: .utf8)
    var sources: [Int32] = []
    var targets: [Int32] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: " ")
      sources.append(Int32(parts[0])!)
      targets.append(Int32(parts[1])!)
    }
    let meta =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("lfr10k.json"))) as! [String: Any]
    let membership = meta["membership"] as! [Int]
    let graph = Graph(nodeCount: membership.count, sources: sources, targets: targets, directed: false)
    return (
      graph, Partition(labels: membership), meta["igraph_leiden_modularity"] as! Double,
      meta["igraph_leiden_nmi"] as! Double
    )
  }

  @Test(arguments: [CommunityMethod.louvain, .leiden])
  func reachesIgraphModularityAndRecoversCommunities(_ method: CommunityMethod) throws {
    let lfr = try Self.load()
    #expect(lfr.graph.edgeCount == 57605)
    let result = try lfr.graph.communities(CommunitySettings(method: method, seed: 42))
    let nmi = result.partition.normalizedMutualInformation(with: lfr.truth)
    #expect(
      result.modularity >= lfr.igraphModularity - 0.005,
      "\(method): Q = \(result.modularity), igraph Leiden \(lfr.igraphModularity)")
    // igraph's Leiden reaches NMI 0.934 against the planted partition; allow a little less.
    #expect(nmi >= lfr.igraphNMI - 0.05, "\(method): NMI = \(nmi)")
  }
}
