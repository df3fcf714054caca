import Foundation
import Testing

@testable import NetGraph

@Suite struct GraphMLWriterTests {
  @Test func declaresTypedKeys() throws {
    let elements = try XMLTestParser.parse(GraphMLWriter().string(for: SampleNetwork.make()))
    let keys = elements.filter { $0.name == "key" }.map {
      "\($0.attributes["for"]!):\($0.attributes["attr.name"]!):\($0.attributes["attr.type"]!)"
    }
    #expect(
      keys == [
        "node:name:string", "node:kind:string", "node:aliases:string", "node:mentions:int",
        "edge:kind:string", "edge:directed:boolean", "edge:weight:double", "edge:evidence:int",
        "edge:sentence:string", "edge:basis:string",
      ])
  }

  @Test func writesEveryNodeAndEdgeWithData() throws {
    let network = SampleNetwork.make()
    let text = try GraphMLWriter().string(for: network)
    let elements = try XMLTestParser.parse(text)
    #expect(elements.first { $0.name == "graph" }?.attributes["edgedefault"] == "directed")
    #expect(
      elements.filter { $0.name == "node" }.map { $0.attributes["id"]! }
        == network.entities.map(\.id.rawValue))
    let edges = elements.filter { $0.name == "edge" }
    #expect(edges.map { $0.attributes["id"]! } == (1...network.relations.count).map { "r\($0)" })
    #expect(edges.first?.attributes["source"] == "e1" && edges.first?.attributes["target"] == "e2")
    #expect(text.contains("<data key=\"d0\">西安高新区</data>"))
    #expect(text.contains("<data key=\"d2\">西安高新技术产业开发区</data>"))
    #expect(
      text.contains(
        "<data key=\"d5\">false</data>\n      <data key=\"d6\">2.0</data>\n      <data key=\"d7\">2</data>"
      ))
  }

  @Test func hostileNamesSurviveAnXMLParser() throws {
    let network = HostileNetwork.make()
    let elements = try XMLTestParser.parse(GraphMLWriter().string(for: network))
    let names = elements.filter { $0.name == "data" }.map(\.text)
    for entity in network.entities where !entity.name.isEmpty {
      let expected = String(
        String.UnicodeScalarView(
          entity.name.unicodeScalars.map { Escaping.isXMLCharacter($0) ? $0 : "\u{FFFD}" }))
      #expect(names.contains(expected), "\(entity.id) lost")
    }
  }

  @Test func untypedValuesAreAbsentAndOutputIsDeterministic() throws {
    let network = HostileNetwork.makeUntypedDirected()
    let first = try GraphMLWriter().string(for: network)
    #expect(!first.contains("key=\"d1\""))
    #expect(!first.contains("key=\"d4\""))
    #expect(first == (try GraphMLWriter().string(for: network)))
  }

  @Test func emptyNetworkIsAValidDocument() throws {
    let elements = try XMLTestParser.parse(GraphMLWriter().string(for: InnovationNetwork()))
    #expect(elements.first { $0.name == "graph" }?.attributes["edgedefault"] == "undirected")
    #expect(!elements.contains { $0.name == "node" || $0.name == "edge" })
  }
}

extension GraphMLWriterTests {
  /// netgraph's own GraphML reader (`--graph FILE.graphml`) reads the export back: same
  /// entities (names after XML's control-character replacement, kinds) and relations
  /// (endpoints, kinds, weights).
  @Test func readsBackWithNetgraphsOwnReader() throws {
    let network = HostileNetwork.make()
    let text = try GraphMLWriter().string(for: network)
    let back = try GraphMLReader.read(Data(text.utf8), path: "hostile.graphml", directed: false)
    // The untyped edge carries directed=false as data, so the network reads back undirected.
    #expect(back.isDirected == network.isDirected)
    #expect(back.entities.count == network.entities.count)
    #expect(
      back.entities.map(\.name)
        == network.entities.map {
          String(
            String.UnicodeScalarView(
              $0.name.unicodeScalars.map { Escaping.isXMLCharacter($0) ? $0 : "\u{FFFD}" }))
        })
    #expect(back.entities.map(\.kind) == network.entities.map(\.kind))
    #expect(back.relations.count == network.relations.count)
    #expect(back.relations.map(\.kind) == network.relations.map(\.kind))
    #expect(back.relations.map(\.weight) == network.relations.map(\.weight))
    #expect(back.relations.map(\.source) == network.relations.map(\.source))
    #expect(back.relations.map(\.target) == network.relations.map(\.target))
  }
}
