import Foundation
import Testing

@testable import NetGraph

@Suite("GraphMLReader")
struct GraphMLReaderTests {
  static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    """

  func read(_ text: String, directed: Bool = false) throws -> InnovationNetwork {
    try GraphMLReader.read(Data(text.utf8), path: "g.graphml", directed: directed)
  }

  func expectError(_ text: String, line: Int, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      _ = try read(text)
      Issue.record("no error", sourceLocation: sourceLocation)
    } catch let GraphFileError.invalidGraphML(path, errorLine, reason) {
      #expect(path == "g.graphml", sourceLocation: sourceLocation)
      #expect(errorLine == line, "\(reason)", sourceLocation: sourceLocation)
      #expect(reason.contains(fragment), "\(reason)", sourceLocation: sourceLocation)
    } catch {
      Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
    }
  }

  @Test("typed keys name/kind/weight read back")
  func typed() throws {
    let network = try read(Self.header + """

      <key id="d0" for="node" attr.name="name" attr.type="string"/>
      <key id="d1" for="node" attr.name="kind" attr.type="string"/>
      <key id="d2" for="edge" attr.name="kind" attr.type="string"/>
      <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
      <graph id="G" edgedefault="undirected">
        <node id="e1"><data key="d0">西安高新区</data><data key="d1">park</data></node>
        <node id="e2"><data key="d0">A &amp; B &lt;公司&gt;</data><data key="d1">enterprise</data></node>
        <edge source="e2" target="e1"><data key="d2">location</data><data key="d3">3</data></edge>
      </graph>
      </graphml>
      """)
    #expect(network.entities == [
      Entity(id: EntityID("e1"), name: "西安高新区", kind: .park),
      Entity(id: EntityID("e2"), name: "A & B <公司>", kind: .enterprise),
    ])
    #expect(network.relations == [Relation(source: EntityID("e2"), target: EntityID("e1"), kind: .location, weight: 3)])
    #expect(!network.isDirected)
  }

  @Test("networkx-style GraphML: ids as names, unknown keys ignored, defaults applied, directed graph")
  func untyped() throws {
    let network = try read(Self.header + """

      <key id="w" for="edge" attr.name="weight" attr.type="double"><default>2.0</default></key>
      <key id="color" for="node" attr.name="color" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="a"><data key="color">red</data><data key="undeclared">x</data></node>
        <node id="b"/>
        <edge source="a" target="b"/>
        <edge source="b" target="c"><data key="w">0.5</data></edge>
      </graph></graphml>
      """)
    #expect(network.entities.map(\.name) == ["a", "b", "c"])
    #expect(network.relations.map(\.weight) == [2.0, 0.5])
    #expect(network.isDirected)
  }

  @Test("yEd extensions in other namespaces are ignored; label is used as name")
  func foreignNamespaces() throws {
    let network = try read("""
      <?xml version="1.0"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
      <key id="d0" for="node" yfiles.type="nodegraphics"/>
      <key id="d1" for="node" attr.name="label" attr.type="string"/>
      <graph edgedefault="undirected">
      <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>ignored</y:NodeLabel></y:ShapeNode></data><data key="d1">园区</data></node>
      </graph></graphml>
      """)
    #expect(network.entities.map(\.name) == ["园区"])
  }

  @Test("DOCTYPE is rejected before parsing, with its line")
  func doctype() {
    expectError("""
      <?xml version="1.0"?>
      <!-- comment -->
      <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <graphml><graph><node id="&xxe;"/></graph></graphml>
      """, line: 3, containing: "<!DOCTYPE>")
  }

  @Test("billion laughs never expands")
  func billionLaughs() {
    expectError("""
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
      <graphml><graph><node id="&lol2;"/></graph></graphml>
      """, line: 2, containing: "DOCTYPE")
  }

  @Test("errors carry the line number",
    arguments: [
      ("<graph>\n<node/>\n</graph></graphml>", 4, "<node> without an id"),
      ("<graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>", 5, "declared twice"),
      ("<graph>\n<edge source=\"a\"/>\n</graph></graphml>", 4, "source and target"),
      ("<key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<edge source=\"a\" target=\"b\">\n<data key=\"w\">heavy</data></edge>\n</graph></graphml>", 5, "'heavy' is not a number"),
      ("<key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge>\n</graph></graphml>", 4, "not a finite non-negative"),
      ("<key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<edge source=\"a\" target=\"b\"><data key=\"w\">-2</data></edge>\n</graph></graphml>", 4, "not a finite non-negative"),
      ("<graph>\n<node id=\"a\">\n<graph/></node></graph></graphml>", 5, "nested"),
      ("<graph>\n<hyperedge/>\n</graph></graphml>", 4, "hyperedges"),
      ("<graph>\n<node id=\"a\">\n</graph></graphml>", 5, "not well-formed"),
    ])
  func lineNumbers(body: String, line: Int, fragment: String) {
    // The header takes two lines; the body starts on line 3.
    expectError(Self.header + "\n" + body, line: line, containing: fragment)
  }

  @Test("truncated and empty files are XML errors")
  func truncated() {
    expectError(Self.header + "\n<graph><node id=\"a\"/>", line: 3, containing: "not well-formed")
    expectError("", line: 1, containing: "not well-formed")
  }

  @Test("repeated edges are kept as parallel relations (networkx: multigraph); self-loops are kept")
  func duplicates() throws {
    let network = try read(Self.header + """

      <key id="k" for="edge" attr.name="kind"/><key id="w" for="edge" attr.name="weight"/>
      <graph>
        <edge source="a" target="b"><data key="k">cooperation</data><data key="w">1</data></edge>
        <edge source="b" target="a"><data key="k">cooperation</data><data key="w">4</data></edge>
        <edge source="a" target="b"><data key="k">investment</data></edge>
        <edge source="a" target="a"/>
      </graph></graphml>
      """)
    #expect(network.relations.map { "\($0.source)-\($0.target)-\($0.kind?.rawValue ?? "nil")-\($0.weight)" }
      == ["e1-e2-cooperation-1.0", "e2-e1-cooperation-4.0", "e1-e2-investment-1.0", "e1-e1-nil-1.0"])
  }

  @Test("kind values that are not netgraph kinds leave the element untyped")
  func unknownKind() throws {
    let network = try read(Self.header + """

      <key id="k" for="node" attr.name="kind"/>
      <graph><node id="a"><data key="k">company</data></node></graph></graphml>
      """)
    #expect(network.entities[0].kind == nil)
  }
}

@Suite("GraphMLReader round trip")
struct GraphMLRoundTripTests {
  /// What GraphML can carry of a network: ids, names (controls XML forbids become U+FFFD),
  /// kinds, aliases (`;` written as `；`), relation endpoints, kinds and weights, directedness.
  static func carried(_ network: InnovationNetwork) -> InnovationNetwork {
    func xml(_ text: String) -> String {
      String(String.UnicodeScalarView(text.unicodeScalars.map { Escaping.isXMLCharacter($0) ? $0 : Escaping.xmlReplacement }))
    }
    return InnovationNetwork(
      entities: network.entities.map {
        Entity(id: $0.id, name: xml($0.name), kind: $0.kind,
               aliases: $0.aliases.map { xml($0.replacingOccurrences(of: ";", with: "\u{FF1B}")) }.sorted())
      },
      relations: network.relations.map { Relation(source: $0.source, target: $0.target, kind: $0.kind, weight: $0.weight) },
      isDirected: network.isDirected)
  }

  @Test("netgraph's GraphML export reads back", arguments: [false, true])
  func roundTrip(directed: Bool) throws {
    var network = directed ? HostileNetwork.makeUntypedDirected() : HostileNetwork.make()
    network.isDirected = directed
    let text = try GraphMLWriter().string(for: network)
    let read = try GraphMLReader.read(Data(text.utf8), path: "x.graphml", directed: false)
    #expect(read == Self.carried(network))
  }

  @Test("the undirected sample reads back undirected")
  func undirected() throws {
    let network = HostileNetwork.makeUndirected()
    let read = try GraphMLReader.read(Data(try GraphMLWriter().string(for: network).utf8), path: "x.graphml", directed: false)
    #expect(read == Self.carried(network))
    #expect(!read.isDirected)
  }
}
