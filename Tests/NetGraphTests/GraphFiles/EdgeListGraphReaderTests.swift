import Foundation
import Testing

@testable import NetGraph

@Suite("EdgeListGraphReader")
struct EdgeListGraphReaderTests {
  func fast(_ text: String, directed: Bool) -> Graph? {
    Array(text.utf8).withUnsafeBufferPointer { EdgeListGraphReader.graph($0, directed: directed) }
  }

  func full(_ text: String, directed: Bool) throws -> Graph {
    Graph(network: try EdgeListReader.read(Data(text.utf8), path: "g.edges", directed: directed), directed: directed)
  }

  func expectSame(_ a: Graph, _ b: Graph, _ text: String) {
    #expect(a.names == b.names, "\(text.debugDescription)")
    #expect(a.entityIDs == b.entityIDs)
    #expect(a.kinds.count == b.kinds.count && a.kinds.allSatisfy { $0 == nil })
    #expect(a.isDirected == b.isDirected && a.isWeighted == b.isWeighted)
    #expect(a.outOffsets == b.outOffsets && a.outTargets == b.outTargets && a.outWeights == b.outWeights)
    #expect(a.inOffsets == b.inOffsets && a.inTargets == b.inTargets && a.inWeights == b.inWeights)
  }

  @Test(
    "gives the full reader's graph: names, order, weights, repeats (last weight wins), self-loops, comments, CRLF",
    arguments: [
      "# header\n西安高新区 西北工业大学 2.5\n\n a\tb # trailing\nc d\n",
      "a b 1\nb c\nb a 3\n", "a b 1\nb a 3\na b 0.25\n", "a a 2\na b\na a 5\n",
      "x y 1e-3\ny z .5\nz x 7.\nx x 0\n", "a b\r\nb c 2\r\n# c\r\n", "\u{FEFF}a b\n", "", "# only\n\n",
      "n1 n2 12345678901234567890\nn2 n3 0.1\n", "é ü\n中 文 3\n文 中 4\n",
      "1 01\n001 1\n10 1 2\n0 00\n1000000000 999999999\n12345678901234 1\n",
    ] as [String])
  func same(text: String) throws {
    for directed in [false, true] {
      let graph = try #require(fast(text, directed: directed), "fast path declined \(text.debugDescription)")
      expectSame(graph, try full(text, directed: directed), text)
    }
  }

  @Test(
    "declines what only the full reader handles, which then reads it or reports the line",
    arguments: [
      "a b\nlonely\n", "a b c d\n", "a b heavy\n", "a b -1\n", "a b inf\n", "a b 1e999\n", "a b +1\n",
      "c\u{3000}d\n", "a \u{301}b\n", "a\rb\n", "a\u{0}b\n",
    ] as [String])
  func declines(text: String) {
    #expect(fast(text, directed: false) == nil, "\(text.debugDescription)")
  }

  @Test("invalid UTF-8 is declined (the full reader tries GB18030 or reports the byte)")
  func invalidUTF8() {
    for bytes: [UInt8] in [[0x61, 0x20, 0xFF, 0x0A], [0x61, 0x20, 0xE4, 0xB8, 0x0A], [0x61, 0x20, 0xED, 0xA0, 0x80, 0x0A]] {
      #expect(bytes.withUnsafeBufferPointer { EdgeListGraphReader.graph($0, directed: false) } == nil)
    }
  }

  @Test("a random edge list with repeats reads the same as the full reader")
  func random() throws {
    var rng = SplitMix64(seed: 7)
    var text = ""
    for _ in 0..<3000 {
      let u = rng.next() % 200, v = rng.next() % 200
      let weight = rng.next() % 3 == 0 ? " \(Double(rng.next() % 1000) / 8)" : ""
      text += "n\(u) n\(v)\(weight)\n"
    }
    for directed in [false, true] {
      expectSame(try #require(fast(text, directed: directed)), try full(text, directed: directed), "random")
    }
  }

  @Test("readGraph falls back to the full reader for its errors, with file and line")
  func fallbackErrors() throws {
    let directory = NSTemporaryDirectory() + "edgelist-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/g.edges"
    try Data("a b\nlonely\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: GraphFileError.malformedLine(path: path, line: 2, text: "lonely", reason: "expected 2 or 3 fields, found 1")) {
      try GraphFileReader.readGraph(path: path, directed: false)
    }
    try Data("a b 2\nb c\n".utf8).write(to: URL(fileURLWithPath: path))
    let graph = try GraphFileReader.readGraph(path: path, directed: false)
    #expect(graph.names == ["a", "b", "c"] && graph.edgeCount == 2 && graph.isWeighted)
  }
}
