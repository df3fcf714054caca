/// Strict, chunked UTF-16 decoding (either byte order) with exact byte offsets.
///
/// An unpaired surrogate or a trailing odd byte is one invalid sequence. Code units and
/// surrogate pairs cut by a chunk boundary are carried over to the next chunk.
struct UTF16StreamDecoder {
  let bigEndian: Bool
  private var pending: [UInt8] = []

  init(bigEndian: Bool) { self.bigEndian = bigEndian }

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

  private func unit(_ bytes: UnsafeRawBufferPointer, _ i: Int) -> UInt16 {
    bigEndian
      ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
      : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
  }

  private mutating func run(
    _ bytes: UnsafeRawBufferPointer, offset: Int, isFinal: Bool, into sink: inout DecodeSink
  ) throws {
    let n = bytes.count
    var i = 0
    while i < n {
      guard i + 1 < n else {
        if isFinal {
          sink.invalid(at: offset + i)
          return
        }
        pending = [bytes[i]]
        return
      }
      let first = unit(bytes, i)
      switch first {
      case 0xD800...0xDBFF:
        guard i + 3 < n else {
          if isFinal {
            sink.invalid(at: offset + i)
            i += 2
            continue
          }
          pending = Array(bytes[i..<n])
          return
        }
        let second = unit(bytes, i + 2)
        if (0xDC00...0xDFFF).contains(second) {
          let value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
          sink.multiByteCount += 1
          try sink.append(Unicode.Scalar(value) ?? "\u{FFFD}", at: offset + i)
          i += 4
        } else {
          sink.invalid(at: offset + i)
          i += 2
        }
      case 0xDC00...0xDFFF:
        sink.invalid(at: offset + i)
        i += 2
      default:
        try sink.append(Unicode.Scalar(first) ?? "\u{FFFD}", at: offset + i)
        i += 2
      }
    }
  }
}
