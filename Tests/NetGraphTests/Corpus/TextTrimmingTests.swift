import Foundation
import Testing
@testable import NetGraph

/// Scalar trimming agrees with Foundation's `trimmingCharacters(in:)`, set for set.
@Suite struct TextTrimmingTests {
  @Test func whitespaceSetsMatchFoundationForEveryScalar() {
    var mismatches: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if TextTrimming.isSpace(scalar) != CharacterSet.whitespaces.contains(scalar) {
        mismatches.append("whitespaces U+\(String(value, radix: 16))")
      }
      if TextTrimming.isSpaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
        mismatches.append("whitespacesAndNewlines U+\(String(value, radix: 16))")
      }
    }
    #expect(mismatches == [])
  }

  @Test func trimsLikeFoundation() {
    let samples = ["\u{3000} 本报讯 记者\u{3000}\t", "\u{2028}正文\u{85}", "\r\n标题\r", "  ", "", "\u{200B}x\u{A0}", " e\u{301} "]
    for text in samples {
      #expect(TextTrimming.trimmed(text) == text.trimmingCharacters(in: .whitespaces))
      #expect(TextTrimming.trimmed(text, newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
      let scalars = Array(text.unicodeScalars)
      #expect(TextTrimming.trimmed(scalars, 0..<scalars.count, newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }
}
