import Testing

@testable import NetGraph

/// The shared conventions every writer relies on: direction, multigraph, ids, errors.
@Suite struct ExportGraphTests {
  let a = EntityID("e1"), b = EntityID("e2"), c = EntityID("e3")

  func network(_ relations: [Relation], directed: Bool = false) -> InnovationNetwork {
    InnovationNetwork(
      entities: [
        Entity(id: a, name: "A", kind: .park), Entity(id: b, name: "B", kind: .university),
        Entity(id: c, name: "C", kind: nil),
      ], relations: relations, isDirected: directed)
  }

  @Test func cooperationOnlyIsUndirectedAndSimple() throws {
    let graph = try ExportGraph(network([Relation(source: a, target: b, kind: .cooperation)]))
    #expect(!graph.isDirected)
    #expect(!graph.isMultigraph)
    #expect(graph.edges.map(\.id) == ["r1"])
    #expect(graph.edges[0].isDirected == false)
  }

  @Test func anyDirectedKindMakesTheGraphDirectedAndCooperationStaysOnce() throws {
    let graph = try ExportGraph(
      network([
        Relation(source: a, target: b, kind: .cooperation),
        Relation(source: b, target: a, kind: .location),
      ]))
    #expect(graph.isDirected)
    #expect(!graph.isMultigraph)  // a→b and b→a are different pairs in a directed graph
    #expect(graph.edges.count == 2)
    #expect(graph.edges.map(\.isDirected) == [false, true])
  }

  @Test func parallelRelationsMakeAMultigraph() throws {
    let directed = try ExportGraph(
      network([
        Relation(source: a, target: b, kind: .cooperation),
        Relation(source: a, target: b, kind: .investment),
      ]))
    #expect(directed.isMultigraph)
    let undirected = try ExportGraph(
      network([
        Relation(source: a, target: b, kind: .cooperation),
        Relation(source: b, target: a, kind: .cooperation),
      ]))
    #expect(!undirected.isDirected)
    #expect(undirected.isMultigraph)
  }

  @Test func untypedEdgesFollowTheNetwork() throws {
    let relations = [Relation(source: a, target: c, kind: nil, weight: 2)]
    #expect(try ExportGraph(network(relations)).isDirected == false)
    let directed = try ExportGraph(network(relations, directed: true))
    #expect(directed.isDirected)
    #expect(directed.edges[0].isDirected)
  }

  @Test func attributesComeFromTheModel() throws {
    let evidence = [
      Evidence(file: "f", article: 0, scalarOffset: 3, sentence: "first"),
      Evidence(file: "f", article: 0, scalarOffset: 9, sentence: "second"),
    ]
    var net = network([Relation(source: a, target: b, kind: .cooperation, evidence: evidence)])
    net.entities[0].aliases = ["x;y", "z"]
    net.entities[0].mentions = [Mention(file: "f", article: 0, scalarOffset: 0, text: "A")]
    let graph = try ExportGraph(net)
    #expect(graph.nodes[0].mentionCount == 1)
    #expect(ExportGraph.joinedAliases(graph.nodes[0].aliases) == "x；y;z")
    #expect(graph.edges[0].weight == 2)
    #expect(graph.edges[0].evidenceCount == 2)
    #expect(graph.edges[0].sentence == "first")
  }

  @Test func numbersReadBackExactly() {
    for value in [0.0, -0.0, 1, 2.25, 0.001, 1e-5, 1e20, 1.0 / 3, 123456789.125] {
      let text = ExportGraph.number(value)
      #expect(Double(text) == value, "\(text)")
    }
    #expect(ExportGraph.number(-0.0) == "0.0")
    #expect(ExportGraph.number(3) == "3.0")
  }

  @Test func inconsistentNetworksAreErrors() {
    #expect(throws: ExportError.duplicateEntityID("e1")) {
      var net = network([])
      net.entities.append(Entity(id: a, name: "again", kind: nil))
      _ = try ExportGraph(net)
    }
    #expect(throws: ExportError.unknownEntity(relation: 0, id: "e9")) {
      _ = try ExportGraph(
        network([Relation(source: a, target: EntityID("e9"), kind: .cooperation)]))
    }
    #expect(throws: ExportError.nonFiniteWeight(relation: 0, source: "e1", target: "e2")) {
      _ = try ExportGraph(
        network([Relation(source: a, target: b, kind: .cooperation, weight: .nan)]))
    }
    #expect(ExportError.unknownEntity(relation: 0, id: "e9").description.contains("relation 1"))
  }
}
