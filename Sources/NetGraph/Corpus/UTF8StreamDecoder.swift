/// Strict, chunked UTF-8 decoding with exact byte offsets.
///
/// Accepts exactly the well-formed sequences of Unicode 15 Table 3-7 (no overlongs, no
/// surrogates, nothing above U+10FFFF). An ill-formed sequence is reported once per *maximal
/// subpart* (Unicode §3.9, "U+FFFD Substitution of Maximal Subparts"), the same rule as Swift's
/// `String(decoding:as:)`, so a lossy decode matches the standard library's.
/// A sequence cut by a chunk boundary is carried over to the next chunk.
struct UTF8StreamDecoder {
  private var pending: [UInt8] = []

  /// Decodes `chunk`, whose first byte is at file offset `offset`.
  /// - Complexity: O(*n*) in the chunk length.
  mutating func decode(
    _ chunk: UnsafeRawBufferPointer, offset: Int, isFinal: Bool, into sink: inout DecodeSink
  ) throws {
    if pending.isEmpty {
      try run(chunk, offset: offset, isFinal: isFinal, into: &sink)
    } else {
      let combined = pending + Array(chunk)
      let start = offset - pending.count
      pending = []
      try combined.withUnsafeBytes { try run($0, offset: start, isFinal: isFinal, into: &sink) }
    }
  }

  private mutating func run(
    _ bytes: UnsafeRawBufferPointer, offset: Int, isFinal: Bool, into sink: inout DecodeSink
  ) throws {
    let n = bytes.count
    var i = 0
    while i < n {
      let lead = bytes[i]
      if lead < 0x80 {
        try sink.append(Unicode.Scalar(lead), at: offset + i)
        i += 1
        continue
      }
      var need: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      var value: UInt32
      switch lead {
      case 0xC2...0xDF: need = 1; value = UInt32(lead & 0x1F)
      case 0xE0: need = 2; low = 0xA0; value = UInt32(lead & 0x0F)
      case 0xED: need = 2; high = 0x9F; value = UInt32(lead & 0x0F)
      case 0xE1...0xEF: need = 2; value = UInt32(lead & 0x0F)
      case 0xF0: need = 3; low = 0x90; value = UInt32(lead & 0x07)
      case 0xF4: need = 3; high = 0x8F; value = UInt32(lead & 0x07)
      case 0xF1...0xF3: need = 3; value = UInt32(lead & 0x07)
      default:
        sink.invalid(at: offset + i)
        i += 1
        continue
      }
      var j = i + 1
      var matched = 0
      var broken = false
      while matched < need, j < n {
        let byte = bytes[j]
        let (lo, hi) = matched == 0 ? (low, high) : (0x80, 0xBF)
        guard byte >= lo, byte <= hi else {
          broken = true
          break
        }
        value = value << 6 | UInt32(byte & 0x3F)
        j += 1
        matched += 1
      }
      if matched == need {
        sink.multiByteCount += 1
        try sink.append(Unicode.Scalar(value) ?? "\u{FFFD}", at: offset + i)
        i = j
      } else if !broken && !isFinal {
        // A valid prefix cut by the chunk end: finish it with the next chunk.
        pending = Array(bytes[i..<n])
        return
      } else {
        sink.invalid(at: offset + i)
        i = j
      }
    }
  }
}
