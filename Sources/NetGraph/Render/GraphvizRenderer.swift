import CGraphviz
import Foundation

/// Lays out and renders DOT text in-process through Graphviz's C library (libgvc/cgraph).
///
/// The only file that imports `CGraphviz`: every handle is released on the line after it is
/// acquired, bytes are copied into `Data` before release, and Graphviz's global state is
/// guarded by one lock.
public enum GraphvizRenderer {
  private static let lock = NSLock()
  /// Messages Graphviz reported during the current call (guarded by `lock`).
  nonisolated(unsafe) private static var messages: [String] = []

  /// Lays out `dot` with `engine` and renders it to `format`.
  /// - Parameters:
  ///   - dot: A graph in the DOT language (as written by `DOTWriter`).
  ///   - engine: The layout engine.
  ///   - format: Output format; `.dot` returns DOT annotated with positions.
  /// - Returns: The rendered bytes.
  /// - Throws: `RenderError` carrying Graphviz's own message.
  /// - Complexity: That of the engine: dot is roughly quadratic in practice; sfdp O(*n* log *n*).
  public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws -> Data {
    lock.lock()
    defer { lock.unlock() }
    messages = []
    agseterr(AGERR)
    let previousHandler = agseterrf { message in
      if let message { GraphvizRenderer.messages.append(String(cString: message)) }
      return 0
    }
    defer { agseterrf(previousHandler) }
    agreseterrors()

    guard let context = gvContext() else {
      throw RenderError.renderFailed(format: format.rawValue, message: "gvContext() returned NULL")
    }
    defer { gvFreeContext(context) }

    guard let graph = dot.withCString({ agmemread($0) }) else {
      throw RenderError.invalidGraph(lastMessage(or: "syntax error in DOT input"))
    }
    defer { agclose(graph) }

    guard gvLayout(context, graph, engine.rawValue) == 0 else {
      throw RenderError.layoutFailed(engine: engine.rawValue, message: lastMessage(or: "gvLayout failed"))
    }
    defer { gvFreeLayout(context, graph) }

    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    guard gvRenderData(context, graph, format.device, &buffer, &length) == 0, let buffer else {
      throw RenderError.renderFailed(format: format.rawValue, message: lastMessage(or: "gvRenderData failed"))
    }
    defer { gvFreeRenderData(buffer) }
    let data = Data(bytes: buffer, count: Int(length))
    return format == .pdf ? fixedPDFDates(data) : data
  }

  /// cairo stamps PDFs with the current time (`/CreationDate (D:20261125155058Z)`), so two
  /// renders differ; the digits are overwritten with 1970-01-01 00:00:00 in place (same
  /// length, so the cross-reference offsets stay valid) to keep output byte-identical.
  static func fixedPDFDates(_ data: Data) -> Data {
    var bytes = [UInt8](data)
    let epoch = Array("19700101000000".utf8)
    for key in ["/CreationDate (D:", "/ModDate (D:"] {
      let pattern = Array(key.utf8)
      var searchStart = 0
      while let found = bytes[searchStart...].firstRange(of: pattern) {
        var i = found.upperBound
        var k = 0
        while k < epoch.count, i < bytes.count, (0x30...0x39).contains(bytes[i]) {
          bytes[i] = epoch[k]
          i += 1
          k += 1
        }
        searchStart = i
      }
    }
    return Data(bytes)
  }

  /// Node centres after laying out `dot` with `engine`, in points (1/72 inch), keyed by node
  /// name, read from Graphviz's `plain` output.
  /// - Throws: `RenderError` as `render`.
  public static func nodePositions(dot: String, engine: LayoutEngine) throws -> [String: (x: Double, y: Double)] {
    let plain = try render(dot: dot, engine: engine, format: .plain)
    var positions: [String: (x: Double, y: Double)] = [:]
    for line in String(decoding: plain, as: UTF8.self).split(separator: "\n") where line.hasPrefix("node ") {
      // node NAME X Y W H …; NAME is quoted only when it is not a plain identifier.
      var rest = line.dropFirst(5)
      var name = ""
      if rest.first == "\"" {
        rest = rest.dropFirst()
        while let c = rest.first, c != "\"" {
          if c == "\\" { rest = rest.dropFirst() }
          if let next = rest.first { name.append(next) }
          rest = rest.dropFirst()
        }
        rest = rest.dropFirst()
      } else {
        name = String(rest.prefix { $0 != " " })
        rest = rest.dropFirst(name.count)
      }
      let fields = rest.split(separator: " ")
      guard fields.count >= 2, let x = Double(fields[0]), let y = Double(fields[1]) else { continue }
      positions[name] = (x * 72, y * 72)
    }
    return positions
  }

  private static func lastMessage(or fallback: String) -> String {
    let text = messages.joined().trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? fallback : text.replacingOccurrences(of: "\n", with: "; ")
  }
}
