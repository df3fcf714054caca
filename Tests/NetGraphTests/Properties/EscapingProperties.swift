import Foundation
import PropertyBased
import Testing

@testable import NetGraph

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every escaper in `Export/Escaping.swift`, round-tripped through a real parser of its format.
@Suite("Properties: escaping round trips")
struct EscapingProperties {
  static func strings() -> Generator<[String], some Sequence> {
    TextGen.string(length: 0...30).array(of: 1...8)
  }

  // MARK: XML

  /// Collects the `a` attribute and the text of every `<e>` element, with `<br/>` as "\n".
  final class XMLCollector: NSObject, XMLParserDelegate {
    var attributes: [String] = []
    var texts: [String] = []
    var failed: Int?
    private var current: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
      if name == "e" {
        self.attributes.append(attributes["a"] ?? "<missing>")
        current = ""
      } else if name == "br" {
        current? += "\n"
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "e", let current {
        texts.append(current)
        self.current = nil
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = failed ?? (parseError as NSError).code }

    static func parse(_ document: String) -> XMLCollector {
      let collector = XMLCollector()
      let parser = XMLParser(data: Data(document.utf8))
      parser.delegate = collector
      if !parser.parse() { collector.failed = collector.failed ?? -1 }
      return collector
    }
  }

  static func xmlExpected(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { Escaping.isXMLCharacter($0) ? $0 : Escaping.xmlReplacement }))
  }

  @Test("Escaping.xml: attribute values and element text read back through XMLParser")
  func xml() async {
    await propertyCheck(count: PropertyRuns.count, input: Self.strings()) { strings in
      let body = strings.map { "<e a=\"\(Escaping.xml($0))\">\(Escaping.xml($0))</e>" }.joined(separator: "\n")
      let collector = XMLCollector.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>\(body)</r>")
      #expect(collector.failed == nil)
      #expect(collector.attributes == strings.map(Self.xmlExpected))
      #expect(collector.texts == strings.map(Self.xmlExpected))
    }
  }

  @Test("Escaping.htmlText: Graphviz HTML-label text is well-formed XML that reads back")
  func htmlText() async {
    await propertyCheck(count: PropertyRuns.count, input: Self.strings()) { strings in
      let body = strings.map { "<e>\(Escaping.htmlText($0))</e>" }.joined()
      let collector = XMLCollector.parse("<r>\(body)</r>")
      #expect(collector.failed == nil, "\(strings.map(\.debugDescription))")
      // Documented: C0 controls other than line feed, and what XML cannot carry, are dropped.
      let expected = strings.map {
        String(String.UnicodeScalarView($0.unicodeScalars.filter { $0 == "\n" || ($0.value >= 0x20 && Escaping.isXMLCharacter($0)) }))
      }
      #expect(collector.texts == expected)
    }
  }

  // MARK: JSON

  @Test("Escaping.jsonString reads back through JSONSerialization")
  func json() async throws {
    await propertyCheck(count: PropertyRuns.count, input: Self.strings()) { strings in
      let document = "[" + strings.map(Escaping.jsonString).joined(separator: ",") + "]"
      let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String]
      #expect(parsed == strings)
    }
  }

  // MARK: CSV

  /// A small RFC 4180 reader: quoted fields with doubled quotes, CRLF or LF record ends.
  static func readCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.append("\"")
          } else {
            quoted = false
          }
        } else {
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        record.append(String(field))
        field = String.UnicodeScalarView()
      case "\r" where scalars.first == "\n":
        break
      case "\n":
        record.append(String(field))
        records.append(record)
        record = []
        field = String.UnicodeScalarView()
      default: field.append(scalar)
      }
    }
    return records
  }

  @Test("Escaping.csvField: rows read back with an RFC 4180 reader")
  func csv() async {
    await propertyCheck(count: PropertyRuns.count, input: Self.strings().array(of: 1...4)) { rows in
      let width = rows.map(\.count).max()!
      let padded = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
      let text = padded.map { $0.map(Escaping.csvField).joined(separator: ",") + "\r\n" }.joined()
      #expect(Self.readCSV(text) == padded)
    }
  }

  // MARK: Pajek

  @Test("Escaping.pajekLabel: one quoted token on one line, reading back the documented text")
  func pajek() async {
    await propertyCheck(count: PropertyRuns.count, input: TextGen.string(length: 0...40)) { text in
      let label = Escaping.pajekLabel(text)
      let scalars = Array(label.unicodeScalars)
      #expect(scalars.first == "\"" && scalars.last == "\"" && scalars.count >= 2)
      let inner = scalars.dropFirst().dropLast()
      #expect(!inner.contains("\"") && !inner.contains("\n") && !inner.contains("\r"))
      let expected = text.unicodeScalars.map { scalar -> Unicode.Scalar in
        switch scalar {
        case "\\": return "\u{FF3C}"
        case "\"": return "\u{FF02}"
        default: return scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
        }
      }
      #expect(Array(inner) == expected)
    }
  }

  // MARK: DOT

  /// Graphviz's reading of an escString label: `\\` → `\`, `\n`/`\l`/`\r` → line break.
  static func unescapeDOTLabel(_ label: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = Array(label.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let next = scalars.popFirst() else {
        out.append(scalar)
        continue
      }
      switch next {
      case "n", "l", "r": out.append("\n")
      default: out.append(next)
      }
    }
    return String(out)
  }

  @Test("Escaping.dotString: labels read back through Graphviz's own parser (dot -Tjson)",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
  func dot() async throws {
    await propertyCheck(count: max(5, PropertyRuns.count / 20), input: TextGen.string(length: 0...30).array(of: 1...40)) { labels in
      let graph = "digraph {\n" + labels.enumerated().map { "n\($0) [label=\(Escaping.dotString($1))];" }.joined(separator: "\n") + "\n}\n"
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
      process.arguments = ["-Tjson0"]
      let input = Pipe(), output = Pipe(), errors = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      input.fileHandleForWriting.write(Data(graph.utf8))
      try input.fileHandleForWriting.close()
      var data = output.fileHandleForReading.readDataToEndOfFile()
      // JSONSerialization on Linux drops a raw U+FEFF at the start of a string; escape it first.
      // (Byte-level: String.replacingOccurrences matches Characters and misses U+FEFF + a
      // combining mark.)
      var escaped = [UInt8]()
      var bytes = [UInt8](data)[...]
      while !bytes.isEmpty {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
          escaped += Array("\\ufeff".utf8)
          bytes = bytes.dropFirst(3)
        } else {
          escaped.append(bytes.removeFirst())
        }
      }
      data = Data(escaped)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(graph)")
      let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      let objects = (json?["objects"] as? [[String: Any]]) ?? []
      var byName: [String: String] = [:]
      for object in objects { byName[object["name"] as? String ?? ""] = object["label"] as? String }
      for (index, label) in labels.enumerated() {
        // Documented: carriage returns and other controls are dropped, tab becomes a space.
        let expected = String(String.UnicodeScalarView(label.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if scalar == "\t" { return " " }
          if scalar == "\n" { return scalar }
          return scalar.value < 0x20 || scalar.value == 0x7F ? nil : scalar
        }))
        #expect(byName["n\(index)"].map(Self.unescapeDOTLabel) == expected, "\(label.debugDescription)")
      }
    }
  }
}
