import Testing
@testable import NetGraph

/// Line splitting of lexicon files on bytes cuts exactly where splitting on Characters did.
@Suite struct LexiconLoaderTests {
  /// The Character-based split the byte split replaces.
  static func reference(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
  }

  @Test func splitLinesAgreesWithCharacterSplit() {
    let samples = [
      "高新区\tpark\n大学\tuniversity\n", "a\r\nb\nc\r", "\n\n#x\n", "", "\r", "\r\r\n\n", "e\u{301}\nf\u{20E3}\n#\u{20E3}",
      "尾行无换行", "\t\n \n",
    ]
    for text in samples {
      #expect(LexiconLoader.splitLines(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
    }
  }
}
