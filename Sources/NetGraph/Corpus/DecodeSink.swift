/// Collects what a streaming decoder produces and applies the strict/lossy policy.
///
/// In strict mode the first invalid sequence stops collecting scalars (they would be thrown
/// away), but counting goes on so that `TextDecoder` can still choose between encodings.
struct DecodeSink {
  let path: String
  let lossy: Bool
  var scalars: [Unicode.Scalar] = []
  /// Invalid sequences seen (each replaced by one U+FFFD when lossy).
  var invalidCount = 0
  /// File byte offset of the first invalid sequence.
  var firstInvalidOffset: Int?
  /// Valid multi-byte sequences seen; tells UTF-8 with a few bad bytes from another encoding.
  var multiByteCount = 0
  private var collecting = true
  /// Whether U+0000 means binary data (files) rather than a character (validation only).
  var rejectsNUL = true

  init(path: String, lossy: Bool, expectedScalars: Int = 0) {
    self.path = path
    self.lossy = lossy
    scalars.reserveCapacity(expectedScalars)
  }

  /// Appends a decoded scalar found at file byte `offset`.
  /// - Throws: `CorpusError.binaryFile` for U+0000, which text files never contain.
  @inline(__always)
  mutating func append(_ scalar: Unicode.Scalar, at offset: Int) throws {
    if scalar.value == 0 && rejectsNUL { throw CorpusError.binaryFile(path: path, byteOffset: offset) }
    if collecting { scalars.append(scalar) }
  }

  /// Records an invalid sequence starting at file byte `offset`.
  mutating func invalid(at offset: Int) {
    invalidCount += 1
    if firstInvalidOffset == nil { firstInvalidOffset = offset }
    if lossy {
      scalars.append("\u{FFFD}")
    } else if collecting {
      collecting = false
      scalars = []
    }
  }
}
