import Foundation
import Testing

/// Checks the committed registry data: every `Sources/NetGraph/Resources/Registries/*.tsv` has a
/// `#` header naming its source and how it is rebuilt, and entry lines in strictly increasing
/// Unicode-scalar order (sorted, no duplicates), as the lexicon files do.
@Suite("Registry files")
struct RegistryFilesTests {
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Registry
    .deletingLastPathComponent()  // NetGraphTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Sources/NetGraph/Resources/Registries")

  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".tsv") }.sorted()
  }()

  @Test func allRegistriesArePresent() {
    #expect(Self.files == ["companies.tsv", "institutes.tsv", "park-heads.tsv", "parks.tsv", "universities.tsv", "vc-heads.tsv"])
  }

  @Test(arguments: files) func headerNamesSourceAndLinesAreSorted(file: String) throws {
    let text = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let header = lines.prefix { $0.hasPrefix("#") }.joined(separator: "\n")
    #expect(header.contains("Source"), "\(file): the header must name its source")
    #expect(header.contains("Scripts/registries") || header.contains("by hand"), "\(file): the header must say how it is rebuilt")
    let entries = lines.filter { !$0.hasPrefix("#") }
    #expect(!entries.isEmpty)
    for (a, b) in zip(entries, entries.dropFirst()) {
      #expect(Array(a.unicodeScalars).lexicographicallyPrecedes(Array(b.unicodeScalars)), "\(file): '\(b)' after '\(a)'")
    }
  }
}
