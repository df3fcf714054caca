import Testing

@testable import NetGraph

@Suite struct PajekWriterTests {
  @Test func directedNetworkIsOneArcsSection() throws {
    let text = try PajekWriter().string(for: SampleNetwork.make())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "*Vertices 8")
    #expect(lines[1] == "1 \"西安高新区\"")
    #expect(lines[9] == "*Arcs")
    #expect(lines[10] == "1 2 2.0 l \"cooperation\"")
    #expect(lines[12] == "4 1 1.0 l \"location\"")
    #expect(!text.contains("*Edges"))
    #expect(lines.count == 1 + 8 + 1 + 6 + 1)
  }

  @Test func undirectedNetworkIsOneEdgesSection() throws {
    let text = try PajekWriter().string(for: HostileNetwork.makeUndirected())
    #expect(text.contains("\n*Edges\n"))
    #expect(!text.contains("*Arcs"))
    #expect(text.contains("\n8 9 3.0\n"))  // untyped: no label parameter
  }

  @Test func labelsAreOneLineAndUnique() throws {
    let text = try PajekWriter().string(for: HostileNetwork.make())
    let vertexLines = text.split(separator: "\n").dropFirst().prefix(HostileNetwork.names.count)
    #expect(vertexLines.count == 12)
    #expect(vertexLines.contains("4 \"line break  CRLF [e4]\""))
    #expect(vertexLines.contains("11 \"line break  CRLF [e11]\""))
    #expect(vertexLines.contains("1 \"say ＂hi＂\""))
    #expect(vertexLines.contains("8 \"\""))
    #expect(Set(vertexLines.map { $0.drop { $0 != " " } }).count == 12)
  }

  @Test func emptyNetwork() throws {
    #expect(try PajekWriter().string(for: InnovationNetwork()) == "*Vertices 0\n*Edges\n")
  }
}
