import Foundation
import Testing

@testable import NetGraph

@Suite struct GEXFWriterTests {
  @Test func isGEXF13WithDeclaredAttributes() throws {
    let text = try GEXFWriter().string(for: SampleNetwork.make())
    #expect(
      text.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""))
    let elements = try XMLTestParser.parse(text)
    #expect(elements.first { $0.name == "gexf" }?.attributes["version"] == "1.3")
    #expect(elements.first { $0.name == "graph" }?.attributes["defaultedgetype"] == "directed")
    let attributes = elements.filter { $0.name == "attribute" }.map {
      "\($0.attributes["title"]!):\($0.attributes["type"]!)"
    }
    #expect(
      attributes == [
        "kind:string", "aliases:string", "mentions:integer", "kind:string", "directed:boolean",
        "evidence:integer", "sentence:string", "basis:string",
      ])
  }

  @Test func nodesHaveLabelsColoursAndSizes() throws {
    let elements = try XMLTestParser.parse(GEXFWriter().string(for: SampleNetwork.make()))
    let node = try #require(elements.first { $0.name == "node" })
    #expect(node.attributes["label"] == "西安高新区")
    let colors = elements.filter { $0.name == "viz:color" }
    #expect(colors.count == SampleNetwork.make().entities.count)
    let park = GEXFWriter.defaultColor(for: .park)
    #expect(
      colors[0].attributes["r"] == "\(park.red)" && colors[0].attributes["b"] == "\(park.blue)")
    #expect(elements.filter { $0.name == "viz:size" }.first?.attributes["value"] == "10.0")
    #expect(!elements.contains { $0.name == "viz:position" })
  }

  @Test func edgesCarryWeightKindAndId() throws {
    let elements = try XMLTestParser.parse(GEXFWriter().string(for: SampleNetwork.make()))
    let edge = try #require(elements.first { $0.name == "edge" })
    #expect(edge.attributes["id"] == "r1")
    #expect(edge.attributes["weight"] == "2.0")
    #expect(edge.attributes["kind"] == "cooperation")
    #expect(edge.attributes["type"] == nil)  // no per-edge type: networkx rejects mixed graphs
  }

  @Test func layoutOverridesAreWritten() throws {
    let network = SampleNetwork.make()
    let writer = GEXFWriter(
      positions: [EntityID("e2"): .init(x: 1.5, y: -2)], sizes: [EntityID("e1"): 42],
      colors: [EntityID("e1"): .init(red: 1, green: 2, blue: 3, alpha: 0.5)])
    let elements = try XMLTestParser.parse(writer.string(for: network))
    let positions = elements.filter { $0.name == "viz:position" }
    #expect(positions.count == 1)
    #expect(positions.first?.attributes["x"] == "1.5" && positions.first?.attributes["y"] == "-2.0")
    #expect(elements.first { $0.name == "viz:size" }?.attributes["value"] == "42.0")
    #expect(elements.first { $0.name == "viz:color" }?.attributes["a"] == "0.5")
  }

  @Test func nonFinitePositionIsAnError() {
    let writer = GEXFWriter(positions: [EntityID("e1"): .init(x: .infinity, y: 0)])
    #expect(throws: ExportError.nonFiniteVisual(node: "e1")) {
      _ = try writer.string(for: SampleNetwork.make())
    }
  }

  @Test func hostileNamesSurviveAnXMLParser() throws {
    let network = HostileNetwork.make()
    let elements = try XMLTestParser.parse(GEXFWriter().string(for: network))
    let labels = elements.filter { $0.name == "node" }.map { $0.attributes["label"]! }
    #expect(
      labels
        == network.entities.map {
          String(
            String.UnicodeScalarView(
              $0.name.unicodeScalars.map { Escaping.isXMLCharacter($0) ? $0 : "\u{FFFD}" }))
        })
  }
}
