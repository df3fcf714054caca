import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads GraphML (`.graphml`) into a network, typed where the file says so.
///
/// Safety: external entities are never resolved (`shouldResolveExternalEntities = false`) and a
/// document type declaration (`<!DOCTYPE …>`, which is where entities are declared) or an
/// `<!ENTITY` anywhere is rejected before parsing, so neither file inclusion (XXE) nor entity
/// expansion ("billion laughs") can happen; this matters because FoundationXML always asks
/// libxml2 to substitute entities. Any entity declaration the parser reports anyway aborts the
/// read. Input must be UTF-8 (declared so, or undeclared): invalid bytes are an error with a
/// line number (FoundationXML would otherwise crash on them).
///
/// Keys are matched by `attr.name`, so netgraph's own GraphML export reads back:
/// - node `name` (else `label`; else the node's `id`) → entity name;
/// - node `kind` → `EntityKind`, edge `kind` → `RelationKind` when the value is one of
///   netgraph's kinds (otherwise the element stays untyped);
/// - edge `weight` → weight (default 1; not a number, NaN, infinite or negative is an error).
/// Other keys, `<desc>`, ports, and elements of other namespaces (yEd's `y:…`) are ignored.
/// - node `aliases` → aliases, split at `;` (as `GraphMLWriter` joins them).
/// `<default>` values of keys apply. The network is directed when `directed` is passed or an
/// untyped edge is directed: by its `directed` data value (netgraph writes one per edge), else
/// by `edgedefault`; typed edges take their direction from their kind. GraphML's own per-edge
/// `directed` attribute is ignored. Nested graphs, hyperedges and
/// a second `<graph>` are errors. An edge to an undeclared node adds that node (networkx does the
/// same); a node id declared twice is an error. Repeated edges are kept as parallel relations,
/// in file order (networkx `read_graphml` returns a multigraph then; netgraph's own export
/// writes parallel relations of different kinds this way). Self-loops are kept. Entities are
/// numbered `e1`, `e2`, … in order of appearance.
public enum GraphMLReader {
  static let namespace = "http://graphml.graphdrawing.org/xmlns"

  /// Parses GraphML `data`.
  /// - Parameter directed: Treat edges as directed even if `edgedefault` is undirected.
  /// - Throws: `GraphFileError.invalidGraphML` with the line number.
  /// - Complexity: O(*n*) in the file size.
  public static func read(_ data: Data, path: String, directed: Bool) throws -> InnovationNetwork {
    try checkUTF8(data, path: path)
    if let line = doctypeLine(in: data) ?? firstLine(of: "<!DOCTYPE", in: data) {
      throw GraphFileError.invalidGraphML(
        path: path, line: line,
        reason: "document type declarations (<!DOCTYPE>) are not accepted in GraphML input, "
          + "because they can declare entities; remove the DOCTYPE line")
    }
    if let line = firstLine(of: "<!ENTITY", in: data) {
      throw GraphFileError.invalidGraphML(
        path: path, line: line, reason: "entity declarations are not accepted in GraphML input")
    }
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    let builder = GraphMLBuilder(path: path, directed: directed)
    parser.delegate = builder
    let ok = parser.parse()
    if let error = builder.error { throw error }
    if let (code, line) = builder.syntaxError {
      throw GraphFileError.invalidGraphML(path: path, line: line, reason: xmlReason(code: code))
    }
    if !ok, let error = parser.parserError {
      throw GraphFileError.invalidGraphML(
        path: path, line: max(parser.lineNumber, 1), reason: xmlReason(code: (error as NSError).code))
    }
    guard builder.sawRootEnd else {
      throw GraphFileError.invalidGraphML(
        path: path, line: max(parser.lineNumber, 1),
        reason: "not well-formed XML (no complete <graphml> root element); check the file is complete GraphML")
    }
    return try builder.network()
  }

  /// Accepts only UTF-8 (a BOM allowed) without NUL, declared as UTF-8 or not at all.
  ///
  /// FoundationXML on Linux parses in libxml2's recover mode and force-unwraps names it
  /// cannot decode as UTF-8, so invalid bytes would crash the process rather than fail the
  /// parse; checking first turns them into an error with a line number.
  static func checkUTF8(_ data: Data, path: String) throws {
    var sink = DecodeSink(path: path, lossy: false)
    var decoder = UTF8StreamDecoder()
    do {
      try data.withUnsafeBytes { try decoder.decode($0, offset: 0, isFinal: true, into: &sink) }
    } catch CorpusError.binaryFile(_, let offset) {
      throw GraphFileError.invalidGraphML(
        path: path, line: line(at: offset, in: data), reason: "NUL byte at byte \(offset); GraphML is text")
    }
    if let offset = sink.firstInvalidOffset {
      throw GraphFileError.invalidGraphML(
        path: path, line: line(at: offset, in: data),
        reason: "invalid UTF-8 at byte \(offset); GraphML input must be UTF-8")
    }
    // An encoding declaration other than UTF-8 would make libxml2 transcode the bytes.
    let head = String(decoding: data.prefix(200), as: UTF8.self)
    if head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"),
      let end = head.range(of: "?>"),
      let encoding = head[..<end.lowerBound].range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression)
    {
      let declared = head[encoding].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first ?? ""
      if !["utf-8", "utf8"].contains(declared.lowercased()) {
        throw GraphFileError.invalidGraphML(
          path: path, line: 1,
          reason: "declared encoding '\(declared)' is not supported; save the GraphML file as UTF-8")
      }
    }
  }

  private static func line(at offset: Int, in data: Data) -> Int {
    data.prefix(offset).filter { $0 == 0x0A }.count + 1
  }

  /// The 1-based line of the first occurrence of ASCII `pattern`, if any.
  static func firstLine(of pattern: String, in data: Data) -> Int? {
    let needle = Array(pattern.utf8)
    guard let range = data.firstRange(of: needle) else { return nil }
    return line(at: range.lowerBound - data.startIndex, in: data)
  }

  /// The 1-based line of a `<!DOCTYPE` in the prolog (before the root element), if any.
  static func doctypeLine(in data: Data) -> Int? {
    let bytes = [UInt8](data.prefix(1 << 16))
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    func hasPrefix(_ text: String, at index: Int) -> Bool {
      let pattern = Array(text.utf8)
      return index + pattern.count <= bytes.count
        && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }
    func skip(past terminator: String) {
      let pattern = Array(terminator.utf8)
      while i < bytes.count, !hasPrefix(terminator, at: i) { i += 1 }
      i = min(bytes.count, i + pattern.count)
    }
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D:
        i += 1
      case UInt8(ascii: "<"):
        if hasPrefix("<?", at: i) {
          skip(past: "?>")
        } else if hasPrefix("<!--", at: i) {
          skip(past: "-->")
        } else if hasPrefix("<!DOCTYPE", at: i) || hasPrefix("<!doctype", at: i) {
          return bytes[0..<i].filter { $0 == 0x0A }.count + 1
        } else {
          return nil
        }
      default:
        return nil
      }
    }
    return nil
  }

  /// A reason for an `XMLParser.ErrorCode` (libxml2's numbering); Linux gives no message text.
  static func xmlReason(code: Int) -> String {
    let detail: String
    switch code {
    case 4: detail = "document is empty"
    case 5: detail = "unexpected end of document, or content after the root element"
    case 9: detail = "invalid character"
    case 26: detail = "undefined entity reference"
    case 38, 39, 40, 41: detail = "malformed attribute"
    case 64, 65: detail = "malformed XML declaration"
    case 68: detail = "unescaped '&' or malformed entity reference"
    case 73: detail = "'>' expected"
    case 76: detail = "closing tag does not match the open element"
    case 77: detail = "element not closed"
    default: detail = "XML error \(code)"
    }
    return "not well-formed XML (\(detail)); check the file is complete GraphML"
  }
}
