import Foundation
import Testing
@testable import NetGraph

/// The rule lexicons are well-formed: sorted, without duplicates, with a header; errors carry file:line.
@Suite struct LexiconTests {
  static let ruleFiles = LexiconLoader.requiredFiles.filter { $0.hasSuffix(".tsv") }
  /// Files of named word lists (`role<TAB>word`): a row's key is its role and word, since one
  /// word may serve several roles; elsewhere the surface alone is the key.
  static let namedListFiles: Set<String> = ["relation-words.tsv"]

  @Test(arguments: ruleFiles)
  func sortedWithoutDuplicates(file: String) throws {
    let directory = try #require(LexiconLoader.bundledDirectory)
    let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    #expect(text.hasPrefix("#"), "\(file) needs a # header saying what it is and where it comes from")
    let keyColumns = Self.namedListFiles.contains(file) ? 2 : 1
    let surfaces = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t").prefix(keyColumns).joined(separator: "\t")
    }
    let scalarsSorted = surfaces.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
    #expect(surfaces == scalarsSorted, "\(file) is not sorted")
    #expect(Set(surfaces).count == surfaces.count, "\(file) has duplicates")
  }

  @Test func bundledLexiconsLoad() throws {
    let lexicon = try LexiconLoader.load()
    #expect(lexicon.suffixes.count > 50)
    #expect(lexicon.triggers.count > 30)
  }

  @Test func malformedLineNamesFileAndLine() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = try #require(LexiconLoader.bundledDirectory)
    for file in LexiconLoader.requiredFiles {
      try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: directory.appendingPathComponent(file))
    }
    let broken = "# header\n大学\tuniversity\n学院\n"
    try broken.write(to: directory.appendingPathComponent("suffixes.tsv"), atomically: true, encoding: .utf8)
    #expect(throws: LexiconError.fieldCount(file: "suffixes.tsv", line: 3, expected: 2, found: 1)) {
      try LexiconLoader.load(from: directory)
    }
    try "# header\n大学\tcollege\n".write(to: directory.appendingPathComponent("suffixes.tsv"), atomically: true, encoding: .utf8)
    #expect(throws: LexiconError.self) { try LexiconLoader.load(from: directory) }
    let message = (try? LexiconLoader.load(from: directory)).map { _ in "" } ?? {
      do { _ = try LexiconLoader.load(from: directory); return "" } catch { return "\(error)" }
    }()
    #expect(message.contains("suffixes.tsv:2"))
  }
}
