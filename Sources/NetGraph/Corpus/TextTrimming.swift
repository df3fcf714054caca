/// Trimming by Foundation's whitespace sets, over Unicode scalars without bridging to `NSString`
/// (`trimmingCharacters(in:)` was a tenth of extraction time, called once per line).
///
/// The sets are `CharacterSet.whitespaces` (general category Zs, U+0009 tab, U+200B zero width
/// space) and `CharacterSet.whitespacesAndNewlines` (those plus U+000A–U+000D, U+0085, U+2028,
/// U+2029), scalar for scalar; `TextTrimmingTests` checks both against Foundation over all of
/// Unicode.
enum TextTrimming {
  /// Whether `scalar` is in `CharacterSet.whitespaces`.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether `scalar` is in `CharacterSet.whitespacesAndNewlines`.
  @inline(__always)
  static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return isSpace(scalar)
    }
  }

  /// `text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)`.
  /// - Complexity: O(*n*) in the length of `text`.
  static func trimmed(_ text: String, newlines: Bool = false) -> String {
    trimmed(text[...], newlines: newlines)
  }

  /// `text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)`.
  /// - Complexity: O(*n*) in the length of `text`.
  static func trimmed(_ text: Substring, newlines: Bool = false) -> String {
    let scalars = text.unicodeScalars
    let trim = newlines ? isSpaceOrNewline : isSpace
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while lower < upper, trim(scalars[lower]) { scalars.formIndex(after: &lower) }
    while upper > lower {
      let before = scalars.index(before: upper)
      guard trim(scalars[before]) else { break }
      upper = before
    }
    return String(scalars[lower..<upper])
  }

  /// The text of `scalars[range]` trimmed like `trimmed(_:newlines:)`.
  /// - Complexity: O(*n*) in the length of the range.
  static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>, newlines: Bool = false) -> String {
    let trim = newlines ? isSpaceOrNewline : isSpace
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, trim(scalars[lower]) { lower += 1 }
    while upper > lower, trim(scalars[upper - 1]) { upper -= 1 }
    return ScalarString.make(scalars[lower..<upper])
  }
}
