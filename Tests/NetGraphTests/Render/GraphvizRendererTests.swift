import Foundation
import Testing

@testable import NetGraph

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite(.serialized) struct GraphvizRendererTests {
  static let hostileNames = ["quote\"inside", "back\\slash", "<tag>&amp", "line\nbreak", "emoji😀名", "-leading", ""]

  func hostileNetwork() -> InnovationNetwork {
    InnovationNetwork(
      entities: Self.hostileNames.enumerated().map { index, name in
        Entity(id: EntityID(ordinal: index + 1), name: name, kind: EntityKind.allCases[index % 7])
      },
      relations: (1..<Self.hostileNames.count).map { index in
        Relation(
          source: EntityID(ordinal: index), target: EntityID(ordinal: index + 1),
          kind: RelationKind.allCases[index % 6],
          evidence: [SampleNetwork.evidence("证据\"<&>\\\n句子")])
      })
  }

  @Test(arguments: LayoutEngine.allCases)
  func svgOfHostileNamesParsesAndKeepsText(engine: LayoutEngine) throws {
    var renderer = DiagramRenderer(theme: try Theme.bundled(), engine: engine, format: .svg)
    renderer.title = "标题 <&> \"q\""
    let svg = try renderer.render(hostileNetwork())
    let text = try #require(String(bytes: svg, encoding: .utf8))
    let parser = XMLParser(data: Data(svg))
    #expect(
      parser.parse(),
      "SVG from \(engine) must be well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
    #expect(text.contains("quote&quot;inside") || text.contains("quote\"inside"))
    #expect(text.contains("back\\slash"))
    #expect(text.contains("&lt;tag&gt;&amp;amp"))
    #expect(text.contains("emoji😀名"))
    #expect(text.contains("Noto Sans CJK SC"))
  }

  @Test func pngAndPDFHaveTheirMagicBytes() throws {
    let network = SampleNetwork.make()
    let png = try DiagramRenderer(theme: try Theme.bundled(), format: .png).render(network)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let pdf = try DiagramRenderer(theme: try Theme.bundled(), format: .pdf).render(network)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
  }

  @Test func dotFormatCarriesLayoutPositions() throws {
    let dot = try DiagramRenderer(theme: try Theme.bundled(), engine: .dot, format: .dot).render(SampleNetwork.make())
    let text = try #require(String(bytes: dot, encoding: .utf8))
    #expect(text.contains("pos="))
    #expect(text.contains("西安高新区"))
  }

  @Test func invalidDOTIsAnErrorWithGraphvizMessage() {
    #expect {
      _ = try GraphvizRenderer.render(dot: "digraph { a -> ", engine: .dot, format: .svg)
    } throws: { error in
      guard case RenderError.invalidGraph(let message) = error else { return false }
      return message.contains("syntax error")
    }
  }

  @Test func emptyNetworkIsRefusedClearly() throws {
    #expect(throws: RenderError.self) {
      _ = try DiagramRenderer(theme: try Theme.bundled()).render(InnovationNetwork())
    }
  }

  @Test func sameInputSameBytes() throws {
    let renderer = DiagramRenderer(theme: try Theme.bundled(), format: .svg)
    #expect(try renderer.render(SampleNetwork.make()) == renderer.render(SampleNetwork.make()))
  }

  @Test func largeGraphsSwitchToSFDPAndLabelOnlyTopNodes() throws {
    let count = DiagramRenderer.largeGraphThreshold + 50
    let network = InnovationNetwork(
      entities: (1...count).map { Entity(id: EntityID(ordinal: $0), name: "节点\($0)", kind: .enterprise) },
      relations: (2...count).map {
        Relation(source: EntityID(ordinal: 1), target: EntityID(ordinal: $0), kind: .cooperation)
      })
    let renderer = DiagramRenderer(theme: try Theme.bundled())
    #expect(renderer.resolvedEngine(for: network) == .sfdp)
    let dot = try renderer.dot(for: network)
    let emptyLabels = dot.components(separatedBy: "label=\"\"").count - 1
    #expect(emptyLabels == count - DiagramRenderer.labelledNodesInLargeGraphs)
  }
}
