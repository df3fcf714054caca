import Foundation
import Testing
@testable import NetGraph

@Suite struct DOTWriterTests {
  @Test func escapesQuotesBackslashesAndNewlines() {
    #expect(Escaping.dotString("a\"b") == "\"a\\\"b\"")
    #expect(Escaping.dotString("a\\b") == "\"a\\\\b\"")
    #expect(Escaping.dotString("a\nb") == "\"a\\nb\"")
    #expect(Escaping.dotString("trailing\\") == "\"trailing\\\\\"")
    #expect(Escaping.dotString("") == "\"\"")
    #expect(Escaping.dotString("bell\u{7}") == "\"bell\"")
  }

  @Test func writesResearchAttributes() throws {
    let dot = DOTWriter().dotString(SampleNetwork.make())
    #expect(dot.hasPrefix("digraph \"netgraph\" {\n"))
    #expect(dot.contains("\"e1\" [name=\"西安高新区\", kind=\"park\", aliases=\"西安高新技术产业开发区\", mentions=\"0\"];"))
    #expect(dot.contains("\"e1\" -> \"e2\" [kind=\"cooperation\", weight=\"2\", evidence=\"2\", basis=\"stated\", dir=\"none\"];"))
    #expect(dot.contains("\"e4\" -> \"e1\" [kind=\"location\", weight=\"1\", evidence=\"1\", basis=\"context\"];"))
    // The drawing's tooltip says how the tie is known.
    let styled = DOTWriter(style: DOTWriter.Style(theme: try Theme.bundled())).dotString(SampleNetwork.make())
    #expect(styled.contains("依据：据文章语境（context）"))
  }

  @Test func graphvizReadsHostileNamesBack() throws {
    // The laid-out DOT that Graphviz writes back keeps every name attribute intact.
    let names = ["q\"uote", "back\\slash\\", "<&>", "new\nline", "😀", String(repeating: "长", count: 300)]
    let network = InnovationNetwork(
      entities: names.enumerated().map { Entity(id: EntityID(ordinal: $0 + 1), name: $1, kind: .enterprise) },
      relations: [Relation(source: EntityID("e1"), target: EntityID("e2"), kind: .cooperation)])
    let output = try GraphvizRenderer.render(dot: DOTWriter().dotString(network), engine: .dot, format: .dot)
    // Graphviz may leave plain IDs unquoted and fold long strings with backslash-newline.
    let text = try #require(String(data: output, encoding: .utf8)).replacingOccurrences(of: "\\\n", with: "")
    for name in names {
      #expect(text.contains("name=\(Escaping.dotString(name))") || text.contains("name=\(name),"),
              "name \(name.prefix(20)) lost")
    }
  }
}

@Suite struct DOTWriterStyleTests {
  @Test func communityColoursSkipSingletons() throws {
    let theme = try Theme.bundled()
    var style = DOTWriter.Style(theme: theme)
    // e1–e4 share community 0; e5 is alone in community 1.
    style.community = [EntityID("e1"): 0, EntityID("e2"): 0, EntityID("e3"): 0, EntityID("e4"): 0, EntityID("e5"): 1]
    let dot = DOTWriter(style: style).dotString(SampleNetwork.make())
    #expect(dot.contains("\"e1\" [name=\"西安高新区\""))
    let e1 = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"e1\" [") })
    let e5 = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"e5\" [") })
    #expect(e1.contains("fillcolor=\"\(theme.communityPalette[0])\""))
    #expect(e5.contains("fillcolor=\"\(theme.untyped.fillcolor)\""))
    #expect(dot.contains("社区 1"))
    #expect(!dot.contains("社区 2"))
  }

  @Test func edgeWidthGrowsWithEvidenceAndTooltipCarriesSentence() throws {
    let dot = DOTWriter(style: DOTWriter.Style(theme: try Theme.bundled())).dotString(SampleNetwork.make())
    let strong = try #require(dot.split(separator: "\n").first { $0.contains("\"e1\" -> \"e2\"") })
    let weak = try #require(dot.split(separator: "\n").first { $0.contains("\"e3\" -> \"e1\"") })
    #expect(strong.contains("penwidth=\"2.2\""))
    #expect(weak.contains("penwidth=\"1\""))
    #expect(strong.contains("西安高新区与西安交通大学签约。"))
    #expect(strong.contains("共 2 句证据"))
  }
}
