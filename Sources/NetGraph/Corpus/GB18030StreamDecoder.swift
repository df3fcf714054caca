import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Chunked GB18030 decoding through the C library's `iconv` (GB18030 ⊃ GBK ⊃ GB2312).
///
/// Foundation on Linux has no GB18030 string encoding, so this is the one file that calls
/// `iconv`. glibc implements all of GB18030, including the four-byte sequences for characters
/// outside GBK (e.g. `95 32 82 36` = U+20000). An invalid byte is reported at its file offset
/// and skipped one byte at a time; a sequence cut by a chunk boundary is carried over.
final class GB18030StreamDecoder {
  private let converter: iconv_t
  private var pending: [UInt8] = []

  /// - Throws: `CorpusError.unsupportedEncoding` if the C library has no GB18030 converter.
  init(path: String) throws {
    let handle = iconv_open("UTF-32LE", "GB18030")
    guard let handle, handle != iconv_t(bitPattern: -1) else {
      throw CorpusError.unsupportedEncoding(path: path, encoding: "GB18030 (iconv has no converter)")
    }
    converter = handle
  }

  deinit { iconv_close(converter) }

  /// Decodes `chunk`, whose first byte is at file offset `offset`.
  /// - Complexity: O(*n*) in the chunk length.
  func decode(
    _ chunk: UnsafeRawBufferPointer, offset: Int, isFinal: Bool, into sink: inout DecodeSink
  ) throws {
    let bytes = pending + Array(chunk)
    let start = offset - pending.count
    pending = []
    guard !bytes.isEmpty else { return }
    // Every GB18030 character is at least one byte, so one scalar per input byte suffices.
    var output = [UInt32](repeating: 0, count: bytes.count)
    var input = bytes.map { CChar(bitPattern: $0) }
    try input.withUnsafeMutableBufferPointer { inputBuffer in
      try output.withUnsafeMutableBytes { outputBuffer in
        let inputBase = inputBuffer.baseAddress!
        var inPointer: UnsafeMutablePointer<CChar>? = inputBase
        var inLeft = inputBuffer.count
        let outBase = outputBuffer.baseAddress!.assumingMemoryBound(to: CChar.self)
        while inLeft > 0 {
          var outPointer: UnsafeMutablePointer<CChar>? = outBase
          var outLeft = outputBuffer.count
          let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
          let code = errno
          let position = inPointer! - inputBase
          let produced = (outputBuffer.count - outLeft) / 4
          let scalars = outputBuffer.baseAddress!.assumingMemoryBound(to: UInt32.self)
          for k in 0..<produced {
            let value = UInt32(littleEndian: scalars[k])
            try sink.append(Unicode.Scalar(value) ?? "\u{FFFD}", at: start + position)
            if value >= 0x80 { sink.multiByteCount += 1 }
          }
          if result != -1 { break }
          switch code {
          case EINVAL where !isFinal:
            pending = Array(bytes[position...])
            return
          case EILSEQ, EINVAL:
            sink.invalid(at: start + position)
            inPointer = inPointer! + 1
            inLeft -= 1
          case E2BIG:
            continue
          default:
            throw CorpusError.unreadable(
              path: sink.path, reason: "GB18030 conversion failed: \(String(cString: strerror(code)))")
          }
        }
      }
    }
  }
}
