import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `XMLParser` delegate that collects GraphML keys, nodes and edges for `GraphMLReader`.
final class GraphMLBuilder: NSObject, XMLParserDelegate {
  struct Key {
    var domain: String  // node, edge, graph, all
    var name: String
    var defaultValue: String?
  }

  struct PendingEdge {
    var source: String
    var target: String
    var data: [String: String]  // attr.name → value
    var line: Int
  }

  private let path: String
  private let directed: Bool
  private var edgeDefaultDirected = false
  private(set) var error: GraphFileError?
  /// First XML syntax error (FoundationXML on Linux may still return `true` from `parse()`).
  private(set) var syntaxError: (code: Int, line: Int)?
  /// Whether the root `<graphml>` element was closed, i.e. the document is complete.
  private(set) var sawRootEnd = false

  private var keys: [String: Key] = [:]
  private var nodeOrder: [String] = []
  private var nodeData: [String: [String: String]] = [:]
  private var declaredNodes: Set<String> = []
  private var edges: [PendingEdge] = []

  // Parse state.
  private var stack: [String] = []
  private var graphCount = 0
  private var currentKeyID: String?
  private var currentNode: String?
  private var currentEdge: PendingEdge?
  private var dataKey: String?
  private var dataLine = 0
  private var text = ""
  private var foreignDepth = 0

  init(path: String, directed: Bool) {
    self.path = path
    self.directed = directed
  }

  private func fail(_ parser: XMLParser, _ reason: String) {
    guard error == nil else { return }
    error = .invalidGraphML(path: path, line: max(parser.lineNumber, 1), reason: reason)
    parser.abortParsing()
  }

  private func isGraphML(_ namespaceURI: String?) -> Bool {
    namespaceURI == nil || namespaceURI == "" || namespaceURI == GraphMLReader.namespace
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    guard error == nil else { return }
    if foreignDepth > 0 || !isGraphML(namespaceURI) {
      foreignDepth += 1
      return
    }
    stack.append(elementName)
    switch elementName {
    case "key":
      guard let id = attributes["id"] else { return fail(parser, "<key> without an id attribute") }
      keys[id] = Key(
        domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id, defaultValue: nil)
      currentKeyID = id
    case "default":
      text = ""
    case "graph":
      if graphCount > 0 || currentNode != nil || currentEdge != nil {
        return fail(
          parser, "nested or repeated <graph> elements are not supported; keep one flat graph")
      }
      graphCount += 1
      edgeDefaultDirected = attributes["edgedefault"] == "directed"
    case "node":
      guard let id = attributes["id"] else { return fail(parser, "<node> without an id attribute") }
      guard declaredNodes.insert(id).inserted else {
        return fail(parser, "node id '\(id)' is declared twice; node ids must be unique")
      }
      if nodeData[id] == nil {
        nodeOrder.append(id)
        nodeData[id] = [:]
      }
      currentNode = id
    case "edge":
      guard let source = attributes["source"], let target = attributes["target"] else {
        return fail(parser, "<edge> needs both source and target attributes")
      }
      for end in [source, target] where nodeData[end] == nil {
        nodeOrder.append(end)
        nodeData[end] = [:]
      }
      currentEdge = PendingEdge(source: source, target: target, data: [:], line: parser.lineNumber)
    case "data":
      guard let key = attributes["key"] else { return fail(parser, "<data> without a key attribute") }
      dataKey = key
      dataLine = parser.lineNumber
      text = ""
    case "hyperedge":
      fail(parser, "hyperedges are not supported; use ordinary <edge> elements")
    default:
      break  // graphml, desc, port, endpoint, locator: nothing to read
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard error == nil else { return }
    if foreignDepth > 0 {
      foreignDepth -= 1
      return
    }
    stack.removeLast()
    switch elementName {
    case "graphml" where stack.isEmpty:
      sawRootEnd = true
    case "key":
      currentKeyID = nil
    case "default":
      if let id = currentKeyID { keys[id]?.defaultValue = text }
    case "node":
      currentNode = nil
    case "edge":
      if let edge = currentEdge { edges.append(edge) }
      currentEdge = nil
    case "data":
      guard let id = dataKey else { return }
      dataKey = nil
      // Unknown keys are ignored, as are data elements of the graph itself.
      guard let key = keys[id] else { return }
      if let node = currentNode, key.domain == "node" || key.domain == "all" {
        nodeData[node]?[key.name] = text
      } else if currentEdge != nil, key.domain == "edge" || key.domain == "all" {
        if key.name == "weight", let problem = Self.weightProblem(text) {
          error = .invalidGraphML(path: path, line: dataLine, reason: problem)
          parser.abortParsing()
          return
        }
        currentEdge?.data[key.name] = text
      }
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if syntaxError == nil {
      syntaxError = ((parseError as NSError).code, max(parser.lineNumber, 1))
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if foreignDepth == 0 { text += string }
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    if foreignDepth == 0 { text += String(decoding: CDATABlock, as: UTF8.self) }
  }

  func parser(
    _ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?
  ) {
    fail(parser, "entity declarations are not accepted in GraphML input")
  }

  func parser(
    _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
    systemID: String?
  ) {
    fail(parser, "external entities are never resolved; remove the entity declaration")
  }

  func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?)
    -> Data?
  {
    fail(parser, "external entities are never resolved; remove the reference to '\(name)'")
    return nil
  }

  /// Why `text` is not a usable weight, or nil if it is one.
  static func weightProblem(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let value = Double(trimmed) else { return "edge weight '\(trimmed)' is not a number" }
    guard value.isFinite, value >= 0 else {
      return "edge weight '\(trimmed)' is not a finite non-negative number"
    }
    return nil
  }

  /// The network read so far, with key defaults applied.
  func network() throws -> InnovationNetwork {
    func value(_ name: String, in data: [String: String], domain: String) -> String? {
      if let value = data[name] { return value }
      // Defaults of keys with that attr.name, in key-id order for determinism.
      return keys.keys.sorted().lazy.compactMap { id -> String? in
        let key = self.keys[id]!
        guard key.name == name, key.domain == domain || key.domain == "all" else { return nil }
        return key.defaultValue
      }.first
    }
    var entities: [Entity] = []
    var ids: [String: EntityID] = [:]
    for node in nodeOrder {
      let data = nodeData[node] ?? [:]
      let id = EntityID(ordinal: entities.count + 1)
      ids[node] = id
      let name = value("name", in: data, domain: "node") ?? value("label", in: data, domain: "node")
      let kind = value("kind", in: data, domain: "node").flatMap {
        EntityKind(rawValue: $0.trimmingCharacters(in: .whitespaces))
      }
      let aliases = (value("aliases", in: data, domain: "node") ?? "")
        .split(separator: ";").map(String.init).sorted()
      entities.append(Entity(id: id, name: name ?? node, kind: kind, aliases: aliases))
    }
    // Untyped edges follow the per-edge `directed` data netgraph writes, else `edgedefault`;
    // typed edges carry their direction in their kind.
    let isDirected =
      directed
      || edges.contains { edge in
        guard value("kind", in: edge.data, domain: "edge").flatMap(RelationKind.init(rawValue:)) == nil
        else { return false }
        if let flag = edge.data["directed"]?.trimmingCharacters(in: .whitespaces).lowercased() {
          return flag == "true" || flag == "1"
        }
        return edgeDefaultDirected
      }
    var relations: [Relation] = []
    for edge in edges {
      let kind = value("kind", in: edge.data, domain: "edge").flatMap {
        RelationKind(rawValue: $0.trimmingCharacters(in: .whitespaces))
      }
      var weight = 1.0
      if let text = value("weight", in: edge.data, domain: "edge") {
        if let problem = Self.weightProblem(text) {
          throw GraphFileError.invalidGraphML(path: path, line: edge.line, reason: "default " + problem)
        }
        weight = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))!
      }
      relations.append(Relation(source: ids[edge.source]!, target: ids[edge.target]!, kind: kind, weight: weight))
    }
    return InnovationNetwork(entities: entities, relations: relations, isDirected: isDirected)
  }
}
