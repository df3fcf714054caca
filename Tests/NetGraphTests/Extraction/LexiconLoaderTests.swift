import Foundation
import Testing
@testable import NetGraph

/// Line splitting of lexicon files on bytes cuts exactly where splitting on Characters does,
/// at `\n` and at `\r\n` (one Character).
@Suite struct LexiconLoaderTests {
  /// The Character-based split the byte split stands for.
  static func reference(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
  }

  @Test func crlfFileReadsLineByLine() {
    #expect(LexiconLoader.splitLines("# header\r\n大学\tuniversity\r\n学院\tuniversity\r\n") == ["# header", "大学\tuniversity", "学院\tuniversity", ""])
  }

  @Test func crlfLexiconLoadsEveryRow() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-crlf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "# header\r\n大学\tuniversity\r\n研究院\tinstitute\r\n".write(to: directory.appendingPathComponent("s.tsv"), atomically: true, encoding: .utf8)
    let rows = try LexiconLoader.rows("s.tsv", in: directory)
    #expect(rows.map(\.surface) == ["大学", "研究院"])
    #expect(rows.map(\.kind) == ["university", "institute"])
    #expect(rows.map(\.line) == [2, 3])
  }

  @Test func splitLinesAgreesWithCharacterSplit() {
    let samples = [
      "高新区\tpark\n大学\tuniversity\n", "a\r\nb\nc\r", "\n\n#x\n", "", "\r", "\r\r\n\n", "e\u{301}\nf\u{20E3}\n#\u{20E3}",
      "尾行无换行", "\t\n \n", "a\r\n\r\nb", "\r\n", "x\r\r\ny\r\r\r\n",
    ]
    for text in samples {
      #expect(LexiconLoader.splitLines(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
    }
  }
}
