/// Strings from decoded scalars, encoded to UTF-8 in one pass.
///
/// `String.UnicodeScalarView.append(contentsOf:)` goes through a UTF-32 decode of a mapped copy
/// (a few thousand instructions for a line of text); sentences, lines and spans are made this
/// way many times per document. The string holds exactly the given scalars.
enum ScalarString {
  /// The string of `scalars`, in order.
  /// - Complexity: O(*n*) in the number of scalars.
  static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      var i = 0
      for scalar in scalars {
        let v = scalar.value
        if v < 0x80 {
          buffer[i] = UInt8(v)
          i += 1
        } else if v < 0x800 {
          buffer[i] = 0xC0 | UInt8(v >> 6)
          buffer[i + 1] = 0x80 | UInt8(v & 0x3F)
          i += 2
        } else if v < 0x10000 {
          buffer[i] = 0xE0 | UInt8(v >> 12)
          buffer[i + 1] = 0x80 | UInt8((v >> 6) & 0x3F)
          buffer[i + 2] = 0x80 | UInt8(v & 0x3F)
          i += 3
        } else {
          buffer[i] = 0xF0 | UInt8(v >> 18)
          buffer[i + 1] = 0x80 | UInt8((v >> 12) & 0x3F)
          buffer[i + 2] = 0x80 | UInt8((v >> 6) & 0x3F)
          buffer[i + 3] = 0x80 | UInt8(v & 0x3F)
          i += 4
        }
      }
      return i
    }
  }
}
