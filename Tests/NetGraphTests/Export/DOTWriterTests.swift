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

  @Test func writesResearchAttributes() {
    let dot = DOTWriter().dotString(SampleNetwork.make())
    #expect(dot.hasPrefix("digraph \"netgraph\" {\n"))
    #expect(dot.contains("\"e1\" [name=\"西安高新区\", kind=\"park\", aliases=\"西安高新技术产业开发区\", mentions=\"0\"];"))
    #expect(dot.contains("\"e1\" -> \"e2\" [kind=\"cooperation\", weight=\"2\", evidence=\"2\", dir=\"none\"];"))
    #expect(dot.contains("\"e4\" -> \"e1\" [kind=\"location\", weight=\"1\", evidence=\"1\"];"))
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
