import Foundation

/// Decodes corpus bytes into Unicode scalars, streaming in bounded chunks.
///
/// Detection order (first match wins):
/// 1. No bytes, or only a byte-order mark → empty text and a `CorpusWarning.emptyFile`.
/// 2. A UTF-32 byte-order mark (`FF FE 00 00`, `00 00 FE FF`) → `CorpusError.unsupportedEncoding`.
/// 3. `EF BB BF` → UTF-8 (the mark is dropped; invalid bytes are errors, no fallback).
/// 4. `FF FE` / `FE FF` → UTF-16 little/big-endian (the mark is dropped).
/// 5. Otherwise UTF-8 if every byte sequence is well-formed.
/// 6. Otherwise GB18030 (GBK and GB2312 are subsets) if the bytes are not "mostly UTF-8"
///    (valid multi-byte UTF-8 sequences fewer than three per invalid one) and decode cleanly.
/// 7. Otherwise the file is undecodable: `CorpusError.undecodable` names the encoding that
///    decoded furthest and the byte offset where it failed. With `lossy`, the encoding with
///    fewer invalid sequences is used, each invalid sequence becomes U+FFFD, and a
///    `CorpusWarning.replacedInvalidBytes` says how many and where the first was.
///
/// A NUL byte (or NUL code unit in UTF-16) anywhere means binary data: `CorpusError.binaryFile`,
/// also under `lossy`. Offsets in errors and warnings are file byte offsets (the mark included);
/// offsets into the decoded text count scalars after the mark.
///
/// Memory: the decoded scalars (4 bytes each, sized exactly by a counting pass so the array
/// never grows) plus one chunk (`chunkSize`, 1 MiB by default) and, for GB18030, a 4× output
/// buffer for that chunk; the file itself is never held whole. Measured on a 100 MB file:
/// README "Troubleshooting", `bench/memory/big_file.sh`.
public enum TextDecoder {
  /// Bytes read and decoded per step.
  public static let defaultChunkSize = 1 << 20

  /// Decodes `data` strictly and returns it as a `String` (for small in-memory inputs).
  /// - Throws: `CorpusError` for binary or undecodable input.
  public static func decode(_ data: Data, path: String) throws -> String {
    try decode(data, path: path, lossy: false).text
  }

  /// Decodes `data` read from `path` (used in messages).
  /// - Parameters:
  ///   - lossy: Replace invalid sequences with U+FFFD (with a warning) instead of failing.
  ///   - chunkSize: Bytes decoded per step; tests use small values to cross chunk boundaries.
  /// - Throws: `CorpusError.binaryFile`, `.undecodable`, `.unsupportedEncoding`.
  /// - Complexity: O(*n*): a counting pass, a UTF-8 pass, and a GB18030 pass only when the
  ///   bytes are not UTF-8.
  public static func decode(
    _ data: Data, path: String, lossy: Bool, chunkSize: Int = defaultChunkSize
  ) throws -> DecodedText {
    try decode(.data(data), path: path, lossy: lossy, chunkSize: chunkSize)
  }

  /// Reads and decodes the file at `path` chunk by chunk.
  /// - Throws: `CorpusError` as `decode(_:path:lossy:chunkSize:)`, and `.missingPath`,
  ///   `.danglingSymlink`, `.notRegularFile`, `.unreadable` for the file itself.
  public static func decodeFile(
    atPath path: String, lossy: Bool, chunkSize: Int = defaultChunkSize
  ) throws -> DecodedText {
    try decode(.file(path: path), path: path, lossy: lossy, chunkSize: chunkSize)
  }

  static func decode(_ source: ByteSource, path: String, lossy: Bool, chunkSize: Int) throws
    -> DecodedText
  {
    precondition(chunkSize > 0, "chunkSize must be positive")
    let head = try source.prefix(4)
    let size = try source.size()
    if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      throw CorpusError.unsupportedEncoding(path: path, encoding: "UTF-32")
    }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      let encoding: TextEncoding = head[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      if size == 2 { return empty(path, encoding) }
      var decoder = UTF16StreamDecoder(bigEndian: encoding == .utf16BigEndian)
      var sink = DecodeSink(path: path, lossy: lossy, expectedScalars: (size - 2) / 2)
      try source.forEachChunk(from: 2, chunkSize: chunkSize) { chunk, offset, isFinal in
        try decoder.decode(chunk, offset: offset, isFinal: isFinal, into: &sink)
      }
      return try finish(sink, encoding, path: path)
    }
    let hasBOM = head.starts(with: [0xEF, 0xBB, 0xBF])
    let start = hasBOM ? 3 : 0
    if size == start { return empty(path, .utf8) }

    // One cheap counting pass sizes the scalar array exactly, so it never grows (a growing
    // array briefly holds old and new storage: twice the text).
    let census = try Census(source, from: start, chunkSize: chunkSize)
    // The first UTF-8 pass is strict (it stops collecting at the first error but keeps
    // counting); a lossy decode is redone only for the encoding finally chosen, so at most one
    // full scalar array exists at a time.
    func utf8Pass(lossy: Bool) throws -> DecodeSink {
      var sink = DecodeSink(path: path, lossy: lossy, expectedScalars: census.utf8Scalars)
      var decoder = UTF8StreamDecoder()
      try source.forEachChunk(from: start, chunkSize: chunkSize) { chunk, offset, isFinal in
        try decoder.decode(chunk, offset: offset, isFinal: isFinal, into: &sink)
      }
      return sink
    }
    let utf8 = try utf8Pass(lossy: false)
    if utf8.invalidCount == 0 { return try finish(utf8, .utf8, path: path) }
    let mostlyUTF8 = utf8.multiByteCount >= 3 * utf8.invalidCount
    if hasBOM || mostlyUTF8 {
      return try finish(lossy ? utf8Pass(lossy: true) : utf8, .utf8, path: path)
    }

    var gb = DecodeSink(path: path, lossy: lossy, expectedScalars: census.gb18030ScalarBound)
    let gbDecoder = try GB18030StreamDecoder(path: path)
    try source.forEachChunk(from: 0, chunkSize: chunkSize) { chunk, offset, isFinal in
      try gbDecoder.decode(chunk, offset: offset, isFinal: isFinal, into: &gb)
    }
    if gb.invalidCount == 0 { return try finish(gb, .gb18030, path: path) }
    if lossy {
      if gb.invalidCount < utf8.invalidCount { return try finish(gb, .gb18030, path: path) }
      gb = DecodeSink(path: path, lossy: true)  // release it before decoding again
      return try finish(utf8Pass(lossy: true), .utf8, path: path)
    }
    let gbFurther = (gb.firstInvalidOffset ?? 0) > (utf8.firstInvalidOffset ?? 0)
    return gbFurther ? try finish(gb, .gb18030, path: path) : try finish(utf8, .utf8, path: path)
  }

  /// Checks that `bytes` are well-formed UTF-8 (NUL allowed).
  /// - Returns: `nil` when valid; else the number of ill-formed sequences (maximal subparts,
  ///   each one U+FFFD in `String(decoding:as:)`) and the byte offset of the first.
  /// - Complexity: O(*n*).
  public static func invalidUTF8(_ bytes: [UInt8]) -> (count: Int, firstByteOffset: Int)? {
    var sink = DecodeSink(path: "", lossy: false)
    sink.rejectsNUL = false
    var decoder = UTF8StreamDecoder()
    bytes.withUnsafeBytes { try? decoder.decode($0, offset: 0, isFinal: true, into: &sink) }
    guard let first = sink.firstInvalidOffset else { return nil }
    return (sink.invalidCount, first)
  }

  /// Byte counts that bound the number of decoded scalars.
  struct Census {
    /// Bytes that are not UTF-8 continuation bytes: exactly the scalars of valid UTF-8.
    var utf8Scalars = 0
    var ascii = 0
    var total = 0

    init(_ source: ByteSource, from start: Int, chunkSize: Int) throws {
      try source.forEachChunk(from: start, chunkSize: chunkSize) { chunk, _, _ in
        var leads = 0
        var ascii = 0
        for byte in chunk {
          if byte & 0xC0 != 0x80 { leads += 1 }
          if byte < 0x80 { ascii += 1 }
        }
        utf8Scalars += leads
        self.ascii += ascii
        total += chunk.count
      }
    }

    /// GB18030 characters outside ASCII take two or four bytes.
    var gb18030ScalarBound: Int { ascii + (total - ascii) / 2 }
  }

  private static func empty(_ path: String, _ encoding: TextEncoding) -> DecodedText {
    DecodedText(scalars: [], encoding: encoding, warnings: [.emptyFile(path: path)])
  }

  /// Turns a finished pass into a result: clean text, lossy text with a warning, or an error.
  private static func finish(_ sink: DecodeSink, _ encoding: TextEncoding, path: String) throws
    -> DecodedText
  {
    guard let first = sink.firstInvalidOffset else {
      return DecodedText(scalars: sink.scalars, encoding: encoding)
    }
    guard sink.lossy else {
      throw CorpusError.undecodable(path: path, byteOffset: first, encoding: encoding)
    }
    let warning = CorpusWarning.replacedInvalidBytes(
      path: path, encoding: encoding, count: sink.invalidCount, firstByteOffset: first)
    return DecodedText(scalars: sink.scalars, encoding: encoding, warnings: [warning])
  }
}
