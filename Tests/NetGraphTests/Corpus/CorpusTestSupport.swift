import Foundation

@testable import NetGraph

/// Fixture access and scratch directories for the corpus and graph-file tests.
enum CorpusFixtures {
  /// Path of `Fixtures/corpus/<name>`.
  static func path(_ name: String) -> String {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures/corpus")
    else { fatalError("missing fixture Fixtures/corpus/\(name); run Scripts/fixtures/make_encoding_fixtures.py") }
    return url.path
  }

  static func data(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path(name)))
  }

  /// `expected.json`, written by `Scripts/fixtures/make_encoding_fixtures.py`.
  static let expected: [String: [String: Any]] = {
    let data = try! Data(contentsOf: URL(fileURLWithPath: path("expected.json")))
    return try! JSONSerialization.jsonObject(with: data) as! [String: [String: Any]]
  }()
}

/// A fresh directory under the system temporary directory, removed by `cleanup()`.
struct ScratchDirectory {
  let path: String

  init() throws {
    var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("netgraph-test-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    path = String(cString: made)
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = file(name)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}
