import Foundation
import Testing

@testable import NetGraph

@Suite("EdgeListReader")
struct EdgeListReaderTests {
  func read(_ text: String, directed: Bool = false) throws -> InnovationNetwork {
    try EdgeListReader.read(Data(text.utf8), path: "g.edges", directed: directed)
  }

  func edges(_ network: InnovationNetwork) -> [String] {
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    return network.relations.map { "\(names[$0.source]!)-\(names[$0.target]!):\($0.weight)" }
  }

  @Test("reads names as written, weights, comments, blank lines, tabs, CRLF and U+3000")
  func basics() throws {
    let network = try read("# header\n西安高新区 西北工业大学 2.5\r\n\n a\tb # trailing\nc\u{3000}d\n")
    #expect(network.entities.map(\.name) == ["西安高新区", "西北工业大学", "a", "b", "c", "d"])
    #expect(network.entities.map(\.id.rawValue) == ["e1", "e2", "e3", "e4", "e5", "e6"])
    #expect(edges(network) == ["西安高新区-西北工业大学:2.5", "a-b:1.0", "c-d:1.0"])
    #expect(network.entities.allSatisfy { $0.kind == nil })
  }

  @Test("malformed lines are errors with their line number",
    arguments: [
      ("a b\nlonely\n", 2, "expected 2 or 3 fields, found 1"),
      ("a b c d\n", 1, "expected 2 or 3 fields, found 4"),
      ("a b\n\n# c\nx y heavy\n", 4, "weight 'heavy' is not a number"),
      ("a b nan\n", 1, "weight 'nan' is not a finite non-negative number"),
      ("a b -1\n", 1, "weight '-1' is not a finite non-negative number"),
      ("a b inf\n", 1, "weight 'inf' is not a finite non-negative number"),
    ])
  func malformed(text: String, line: Int, reason: String) throws {
    do {
      _ = try read(text)
      Issue.record("no error for \(text.debugDescription)")
    } catch let GraphFileError.malformedLine(path, errorLine, _, errorReason) {
      #expect(path == "g.edges")
      #expect(errorLine == line)
      #expect(errorReason == reason)
    }
  }

  @Test("the message has file:line, the line, and the expected form")
  func message() {
    let error = GraphFileError.malformedLine(path: "g.edges", line: 3, text: "x", reason: "expected 2 or 3 fields, found 1")
    #expect(error.description == "g.edges:3: expected 2 or 3 fields, found 1: 'x'; expected 'u v [weight]'")
  }

  @Test("CRLF line ends split lines (a CRLF is one Character in Swift strings)")
  func crlf() throws {
    #expect(edges(try read("a b\r\nb c 2\r\nc d\r\n")) == ["a-b:1.0", "b-c:2.0", "c-d:1.0"])
    do {
      _ = try read("a b\r\nlonely\r\n")
      Issue.record("no error")
    } catch let GraphFileError.malformedLine(_, line, text, _) {
      #expect(line == 2 && text == "lonely")
    }
  }

  @Test("zero weight is allowed")
  func zeroWeight() throws {
    #expect(edges(try read("a b 0\n")) == ["a-b:0.0"])
  }

  @Test("a repeated edge merges; the later weight wins (networkx add_edge); either order when undirected")
  func duplicates() throws {
    #expect(edges(try read("a b 1\nb c\nb a 3\n")) == ["a-b:3.0", "b-c:1.0"])
    #expect(edges(try read("a b 1\nb a 3\n", directed: true)) == ["a-b:1.0", "b-a:3.0"])
  }

  @Test("self-loops are kept")
  func selfLoops() throws {
    let network = try read("a a 2\na b\n")
    #expect(edges(network) == ["a-a:2.0", "a-b:1.0"])
  }

  @Test("an edge list with no edges is an empty network")
  func empty() throws {
    let network = try read("# nothing here\n\n")
    #expect(network.entities.isEmpty && network.relations.isEmpty)
  }

  @Test("binary or undecodable bytes are a clear error, not a crash")
  func notText() throws {
    #expect(throws: GraphFileError.invalid(path: "g.edges", reason: "binary data (NUL byte at byte 1); expected a text edge list")) {
      try EdgeListReader.read(Data([0x61, 0x00, 0x62]), path: "g.edges", directed: false)
    }
    #expect(throws: GraphFileError.invalid(path: "g.edges", reason: "invalid UTF-8 at byte 4; re-encode the graph file as UTF-8")) {
      try EdgeListReader.read(Data([0x61, 0x20, 0x62, 0x20, 0xFF, 0x0A]), path: "g.edges", directed: false)
    }
  }

  @Test("directed flag is carried into the network")
  func directed() throws {
    #expect(try read("a b\n", directed: true).isDirected)
    #expect(!(try read("a b\n")).isDirected)
  }
}
