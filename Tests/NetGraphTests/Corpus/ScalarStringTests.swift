import Testing
@testable import NetGraph

/// Strings made from scalars hold exactly those scalars, whatever their UTF-8 length.
@Suite struct ScalarStringTests {
  @Test func holdsTheScalarsOfEveryLength() {
    let text = "a\u{E9}\u{301}西安高新区\u{1F600}\u{20000}\r\n\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
    let scalars = Array(text.unicodeScalars)
    for lower in 0..<scalars.count {
      for upper in lower...scalars.count {
        let made = ScalarString.make(scalars[lower..<upper])
        #expect(Array(made.unicodeScalars) == Array(scalars[lower..<upper]))
        #expect(Array(made.utf8) == Array(String(String.UnicodeScalarView(scalars[lower..<upper])).utf8))
      }
    }
  }
}
