import Foundation

/// The element roles and named character references the HTML reader needs, read from
/// `Resources/HTML/elements.tsv` and `entities.tsv`.
struct HTMLVocabulary: Sendable {
  enum Role: String, Sendable {
    case void, raw, chrome, block, heading
  }

  var roles: [String: Role]
  var entities: [String: Unicode.Scalar]

  /// The bundled tables, loaded once.
  static let bundled: Result<HTMLVocabulary, CorpusError> = {
    let directory = Bundle.module.bundleURL.appendingPathComponent("Resources/HTML")
    do {
      var roles: [String: Role] = [:]
      for (line, fields) in try rows(directory.appendingPathComponent("elements.tsv")) {
        guard fields.count == 2, let role = Role(rawValue: fields[1]) else {
          return .failure(.unreadable(path: "elements.tsv:\(line)", reason: "expected element<TAB>role"))
        }
        roles[fields[0]] = role
      }
      var entities: [String: Unicode.Scalar] = [:]
      for (line, fields) in try rows(directory.appendingPathComponent("entities.tsv")) {
        guard fields.count == 2, let value = UInt32(fields[1], radix: 16), let scalar = Unicode.Scalar(value) else {
          return .failure(.unreadable(path: "entities.tsv:\(line)", reason: "expected name<TAB>hex code point"))
        }
        entities[fields[0]] = scalar
      }
      return .success(HTMLVocabulary(roles: roles, entities: entities))
    } catch {
      return .failure(.unreadable(path: directory.path, reason: "\(error)"))
    }
  }()

  private static func rows(_ url: URL) throws -> [(Int, [String])] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
      line.hasPrefix("#") || line.isEmpty ? nil : (index + 1, line.split(separator: "\t").map(String.init))
    }
  }

  func role(_ name: String) -> Role? { roles[name] }
}
