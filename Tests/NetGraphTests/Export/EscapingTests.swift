import Foundation
import Testing

@testable import NetGraph

/// XML, CSV, JSON and Pajek escaping (the DOT rules are tested in DOTWriterTests).
@Suite struct EscapingTests {
  static let hostile =
    HostileNetwork.names + [
      "'", "&lt;", "\u{0}nul", "\u{FFFE}\u{FFFF}", "\u{7F}del", "\u{2028}\u{2029}", "\u{85}nel",
      "a\u{301}", "trailing\\", "\"", "\"\"", ",", "\r", "=SUM(A1)", " spaced ",
    ]

  @Test func xmlEscapesMarkupAndKeepsLineBreaks() {
    #expect(Escaping.xml("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;")
    #expect(Escaping.xml("l1\nl2\r\tx") == "l1&#10;l2&#13;&#9;x")
    #expect(Escaping.xml("🚀长") == "🚀长")
    #expect(Escaping.xml("") == "")
    #expect(Escaping.xml("-x") == "-x")
  }

  @Test func xmlReplacesCharactersXML10Forbids() {
    #expect(
      Escaping.xml("a\u{0}b\u{1}c\u{1B}d\u{FFFE}e\u{FFFF}")
        == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}")
    #expect(Escaping.xml("\u{7F}\u{85}") == "\u{7F}\u{85}")  // allowed in XML 1.0
  }

  @Test(arguments: hostile)
  func xmlReadsBackInAttributesAndText(name: String) throws {
    let escaped = Escaping.xml(name)
    let elements = try XMLTestParser.parse("<r a=\"\(escaped)\">\(escaped)</r>")
    let expected = String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { Escaping.isXMLCharacter($0) ? $0 : "\u{FFFD}" }))
    #expect(elements.first?.attributes["a"] == expected)
    #expect(elements.first?.text == expected)
  }

  @Test func csvQuotesOnlyWhenNeeded() {
    #expect(Escaping.csvField("plain 长名 🚀") == "plain 长名 🚀")
    #expect(Escaping.csvField("-leading") == "-leading")
    #expect(Escaping.csvField("") == "\"\"")
    #expect(Escaping.csvField("a,b") == "\"a,b\"")
    #expect(Escaping.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Escaping.csvField("l1\r\nl2") == "\"l1\r\nl2\"")
    #expect(Escaping.csvField("bell\u{7}") == "\"bell\u{7}\"")
    #expect(Escaping.csvField("back\\slash") == "back\\slash")
  }

  @Test(arguments: hostile)
  func csvReadsBack(name: String) throws {
    let line = [Escaping.csvField(name), Escaping.csvField("x")].joined(separator: ",") + "\r\n"
    let records = try #require(CSVTestParser.parse(line))
    #expect(records == [[name, "x"]])
  }

  @Test func jsonEscapes() {
    #expect(Escaping.jsonString("a\"b\\c") == #""a\"b\\c""#)
    #expect(Escaping.jsonString("l1\nl2\r\t\u{8}\u{C}") == #""l1\nl2\r\t\b\f""#)
    #expect(Escaping.jsonString("\u{1}\u{1F}") == #""\u0001\u001f""#)
    #expect(Escaping.jsonString("\u{2028}") == #""\u2028""#)
    #expect(Escaping.jsonString("🚀</script>") == "\"🚀</script>\"")
    #expect(Escaping.jsonString("") == "\"\"")
  }

  @Test(arguments: hostile)
  func jsonReadsBack(name: String) throws {
    let decoded = try JSONDecoder().decode(
      [String].self, from: Data("[\(Escaping.jsonString(name))]".utf8))
    #expect(decoded == [name])
  }

  @Test func pajekLabelsCannotBreakTheLine() {
    #expect(Escaping.pajekLabel("say \"hi\"") == "\"say ＂hi＂\"")
    #expect(Escaping.pajekLabel("back\\slash\\") == "\"back＼slash＼\"")
    #expect(Escaping.pajekLabel("l1\r\nl2\tx\u{7}") == "\"l1  l2 x \"")
    #expect(Escaping.pajekLabel("") == "\"\"")
    #expect(Escaping.pajekLabel("🚀 长") == "\"🚀 长\"")
    for name in Self.hostile {
      let label = Escaping.pajekLabel(name)
      #expect(label.first == "\"" && label.last == "\"")
      #expect(!label.dropFirst().dropLast().contains("\""))
      #expect(!label.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" })
    }
  }
}
