import Foundation
import PropertyBased
import Testing

@testable import NetGraph

/// The graph-file parsers on random and damaged input: they return a network or throw
/// `GraphFileError`, never crash, hang or throw anything else.
@Suite("Properties: graph file parsers never crash")
struct GraphFileFuzzProperties {
  static let validGraphML = try! GraphMLWriter().string(for: HostileNetwork.make())
  static let validEdgeList = "# comment\n西安 北京 2\na b\r\nb c 0.5\nc c\n"

  /// Applies `edits` (position, byte, operation) to `base`: overwrite, insert, delete, truncate,
  /// or splice in a markup fragment.
  static func damage(_ base: [UInt8], _ edits: [UInt32]) -> [UInt8] {
    let fragments = ["<", ">", "&", "&amp", "]]>", "<!DOCTYPE x>", "<!ENTITY e \"x\">", "<node id=\"", "\"", "</graph>",
                     "<data key=\"d6\">NaN</data>", "<edge source=\"e1\"/>", "\u{0}", "\u{FFFE}", "#", "\n", "\t", "1e309"]
    var bytes = base
    for edit in edits {
      let position = bytes.isEmpty ? 0 : Int(edit >> 8) % (bytes.count + 1)
      switch edit % 5 {
      case 0 where position < bytes.count: bytes[position] = UInt8(truncatingIfNeeded: edit >> 3)
      case 1: bytes.insert(UInt8(truncatingIfNeeded: edit >> 3), at: position)
      case 2 where position < bytes.count: bytes.remove(at: position)
      case 3: bytes.removeSubrange(position...)
      default: bytes.insert(contentsOf: Array(fragments[Int(edit >> 3) % fragments.count].utf8), at: position)
      }
    }
    return bytes
  }

  static func expectDefinedOutcome(_ body: () throws -> InnovationNetwork) {
    do {
      let network = try body()
      // Whatever was read is internally consistent.
      let ids = Set(network.entities.map(\.id))
      #expect(ids.count == network.entities.count)
      #expect(network.relations.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
      #expect(network.relations.allSatisfy { $0.weight.isFinite && $0.weight >= 0 })
    } catch is GraphFileError {
      // A defined outcome.
    } catch {
      Issue.record("unexpected error type \(type(of: error)): \(error)")
    }
  }

  static func edits() -> Generator<[UInt32], some Sequence> {
    Gen<UInt32>.value(in: 0...UInt32.max).array(of: 1...8)
  }

  @Test("GraphML reader on random bytes")
  func graphMLRandomBytes() async {
    await propertyCheck(count: PropertyRuns.count, input: TextGen.bytes(length: 0...400)) { bytes in
      Self.expectDefinedOutcome { try GraphMLReader.read(Data(bytes), path: "f.graphml", directed: false) }
    }
  }

  @Test("GraphML reader on damaged netgraph GraphML")
  func graphMLDamaged() async {
    let base = Array(Self.validGraphML.utf8)
    await propertyCheck(count: PropertyRuns.count, input: Self.edits()) { edits in
      Self.expectDefinedOutcome { try GraphMLReader.read(Data(Self.damage(base, edits)), path: "f.graphml", directed: false) }
    }
  }

  @Test("edge-list reader on random bytes and damaged edge lists")
  func edgeList() async {
    let base = Array(Self.validEdgeList.utf8)
    await propertyCheck(count: PropertyRuns.count, input: TextGen.bytes(length: 0...300), Self.edits()) { bytes, edits in
      for directed in [false, true] {
        Self.expectDefinedOutcome { try EdgeListReader.read(Data(bytes), path: "f.edges", directed: directed) }
        Self.expectDefinedOutcome { try EdgeListReader.read(Data(Self.damage(base, edits)), path: "f.edges", directed: directed) }
      }
    }
  }

  @Test("edge-list reader on random text: every accepted edge is a line of the file")
  func edgeListText() async {
    await propertyCheck(count: PropertyRuns.count, input: TextGen.string(length: 0...200)) { text in
      Self.expectDefinedOutcome { try EdgeListReader.read(text, path: "f.edges", directed: false) }
    }
  }

  @Test("netgraph JSON reader on damaged JSON files")
  func json() async throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let base = Array(try JSONEncoder().encode(HostileNetwork.make()))
    await propertyCheck(count: max(20, PropertyRuns.count / 4), input: Self.edits()) { edits in
      let path = try dir.write("n.json", Self.damage(base, edits))
      Self.expectDefinedOutcome { try GraphFileReader.read(path: path, directed: false) }
    }
  }
}
