import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses an XML document with Foundation's `XMLParser` (libxml2 on Linux) and records
/// every element with its attributes and text, so tests can check that escaped text reads
/// back unchanged and that documents are well-formed.
final class XMLTestParser: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text: String
  }

  private(set) var elements: [Element] = []
  private var stack: [Int] = []

  /// The elements of `text` in document order.
  /// - Throws: The parser's error when the document is not well-formed.
  static func parse(_ text: String) throws -> [Element] {
    let delegate = XMLTestParser()
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldProcessNamespaces = false
    parser.delegate = delegate
    guard parser.parse() else {
      throw parser.parserError ?? NSError(domain: "XMLTestParser", code: 1)
    }
    return delegate.elements
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    stack.append(elements.count)
    elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let top = stack.last { elements[top].text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    stack.removeLast()
  }
}
