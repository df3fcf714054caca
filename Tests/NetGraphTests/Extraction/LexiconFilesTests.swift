import Foundation
import Testing

/// Checks the committed lexicon data (STYLE.md §8): every `Sources/NetGraph/Resources/Lexicons/*.tsv`
/// has a `#` header saying where it comes from, 2–3 non-empty tab-separated fields per entry,
/// and entries in strictly increasing Unicode-scalar order (sorted, no duplicate lines).
///
/// The files are read from the source tree (located from `#filePath`), not from the test
/// bundle, so the check applies to what is committed.
@Suite("Lexicon files")
struct LexiconFilesTests {
  /// `Sources/NetGraph/Resources/Lexicons` of the package this file belongs to.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Extraction
    .deletingLastPathComponent()  // NetGraphTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Sources/NetGraph/Resources/Lexicons")

  /// Base names of every `.tsv` lexicon, sorted.
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".tsv") }.sorted()
  }()

  /// One lexicon file split into header comments and numbered entry lines.
  struct Lexicon {
    var header: [String] = []
    var entries: [(line: Int, text: String)] = []

    init(name: String) throws {
      var text = try String(contentsOf: LexiconFilesTests.directory.appendingPathComponent(name), encoding: .utf8)
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for (index, line) in lines.enumerated() {
        if line.hasPrefix("#") {
          header.append(line)
        } else if !line.isEmpty {
          entries.append((index + 1, line))
        }
      }
      if lines.first?.hasPrefix("#") != true { header = [] }
    }
  }

  @Test("the lexicon directory holds the division, university and institute lists")
  func expectedFilesExist() {
    for name in ["regions.tsv", "universities.tsv", "institutes.tsv"] {
      #expect(Self.files.contains(name), "missing \(name) in \(Self.directory.path)")
    }
  }

  @Test("starts with a # header that names its source", arguments: files)
  func header(name: String) throws {
    let lexicon = try Lexicon(name: name)
    #expect(!lexicon.header.isEmpty, "\(name):1: expected a # header line first")
    let header = lexicon.header.joined(separator: "\n").lowercased()
    #expect(header.contains("source"), "\(name): the header does not say where the list comes from (Source: …)")
    #expect(!lexicon.entries.isEmpty, "\(name): no entries")
  }

  @Test("every entry has 2–3 non-empty tab-separated fields", arguments: files)
  func fields(name: String) throws {
    for entry in try Lexicon(name: name).entries {
      let fields = entry.text.split(separator: "\t", omittingEmptySubsequences: false)
      #expect((2...3).contains(fields.count), "\(name):\(entry.line): expected 2–3 tab-separated fields, found \(fields.count)")
      for field in fields {
        #expect(!field.isEmpty && field == field.trimmingCharacters(in: .whitespaces),
                "\(name):\(entry.line): empty field or stray spaces in \(entry.text.debugDescription)")
      }
    }
  }

  @Test("entries are sorted by Unicode scalars with no duplicate lines", arguments: files)
  func sortedWithoutDuplicates(name: String) throws {
    let entries = try Lexicon(name: name).entries
    for (previous, current) in zip(entries, entries.dropFirst()) {
      let inOrder = Array(previous.text.unicodeScalars).lexicographicallyPrecedes(
        Array(current.text.unicodeScalars), by: { $0.value < $1.value })
      #expect(inOrder, "\(name):\(current.line): \(current.text.debugDescription) \(previous.text == current.text ? "duplicates" : "sorts before") line \(previous.line)")
    }
  }

  @Test("regions, universities and institutes use their own kinds",
        arguments: [("regions.tsv", ["province", "prefecture", "county"]),
                    ("universities.tsv", ["university"]), ("institutes.tsv", ["institute"])])
  func kinds(name: String, kinds: [String]) throws {
    let entries = try Lexicon(name: name).entries
    #expect(entries.count >= 100, "\(name): only \(entries.count) entries")
    for entry in entries {
      let fields = entry.text.split(separator: "\t").map(String.init)
      #expect(kinds.contains(fields[1]), "\(name):\(entry.line): kind \(fields[1]) is not one of \(kinds)")
      if name == "regions.tsv", fields.count == 3 {
        #expect(fields[2] == "short", "\(name):\(entry.line): third field must be `short`")
      }
    }
  }

  @Test("region short forms come with their full names")
  func regionShortForms() throws {
    let entries = try Lexicon(name: "regions.tsv").entries.map { $0.text }
    for line in ["陕西省\tprovince", "陕西\tprovince\tshort", "西安市\tprefecture", "西安\tprefecture\tshort",
                 "雁塔区\tcounty", "雁塔\tcounty\tshort", "内蒙古\tprovince\tshort"] {
      #expect(entries.contains(line), "regions.tsv lacks \(line.debugDescription)")
    }
  }
}
