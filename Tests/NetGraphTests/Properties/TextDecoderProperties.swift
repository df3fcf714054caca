import Foundation
import PropertyBased
import Testing

@testable import NetGraph

@Suite("Properties: TextDecoder")
struct TextDecoderProperties {
  @Test("lossy UTF-8 equals the standard library's decoding, at any chunk size")
  func lossyMatchesStandardLibrary() async {
    await propertyCheck(
      count: PropertyRuns.count, input: Self.mostlyUTF8(), Gen.int(in: 1...9)
    ) { bytes, chunkSize in
      // A BOM pins UTF-8, NUL would be binary.
      let body = bytes.map { $0 == 0 ? 0x20 : $0 }
      let decoded = try TextDecoder.decode(
        Data([0xEF, 0xBB, 0xBF] + body), path: "p", lossy: true, chunkSize: chunkSize)
      let reference = Array(String(decoding: body, as: UTF8.self).unicodeScalars)
      #expect(decoded.scalars == reference)
      if body.isEmpty {
        #expect(decoded.warnings == [.emptyFile(path: "p")])
      } else {
        #expect(decoded.warnings.isEmpty == (String(validating: body, as: UTF8.self) != nil))
      }
    }
  }

  /// Valid UTF-8 text with random byte damage: flips, cuts, inserted continuation bytes.
  static func mostlyUTF8() -> Generator<[UInt8], some Sequence> {
    zip(TextGen.string(length: 0...40), TextGen.bytes(length: 0...6), Gen<UInt8>.value(in: 0...255))
    .map { text, damage, position -> [UInt8] in
      var bytes = Array(text.utf8)
      for (i, byte) in damage.enumerated() where !bytes.isEmpty {
        let at = (Int(position) * 31 + i * 17) % bytes.count
        if i % 2 == 0 { bytes[at] = byte } else { bytes.insert(byte, at: at) }
      }
      return bytes
    }
  }

  @Test("valid text survives every encoding with a BOM, at any chunk size")
  func encodingsRoundTrip() async {
    await propertyCheck(count: PropertyRuns.count, input: TextGen.string(length: 0...60), Gen.int(in: 1...9)) { text, chunkSize in
      let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\0" }))
      let encodings: [(TextEncoding, [UInt8])] = [
        (.utf8, [0xEF, 0xBB, 0xBF] + Array(clean.utf8)),
        (.utf16LittleEndian, [0xFF, 0xFE] + clean.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        (.utf16BigEndian, [0xFE, 0xFF] + clean.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
      ]
      for (encoding, bytes) in encodings {
        let decoded = try TextDecoder.decode(Data(bytes), path: "p", lossy: false, chunkSize: chunkSize)
        #expect(decoded.scalars == Array(clean.unicodeScalars), "\(encoding)")
        if !clean.isEmpty { #expect(decoded.encoding == encoding) }
      }
    }
  }

  @Test("GB18030 text decodes back (iconv-encoded CJK, four-byte sequences included)")
  func gb18030RoundTrip() async {
    await propertyCheck(count: PropertyRuns.count, input: Self.gbText(), Gen.int(in: 1...9)) { text, chunkSize in
      guard let bytes = Self.gb18030(text), !bytes.isEmpty else { return }
      let decoded = try TextDecoder.decode(Data(bytes), path: "p", lossy: false, chunkSize: chunkSize)
      if String(validating: bytes, as: UTF8.self) == nil {
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
      } else {
        #expect(decoded.encoding == .utf8)  // ASCII, or bytes that happen to be UTF-8 too
      }
    }
  }

  static func gbText() -> Generator<String, some Sequence> {
    TextGen.string(length: 1...40, pools: [1, 2, 3, 4, 6, 0])
  }

  /// `text` in GB18030, via the C library's converter.
  static func gb18030(_ text: String) -> [UInt8]? {
    let converter = iconv_open("GB18030", "UTF-8")
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = Array(text.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 2 + 8)
    var inLeft = input.count
    var outLeft = output.count
    let ok = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
        return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1
      }
    }
    guard ok else { return nil }
    return output[0..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
  }

  @Test("random bytes never crash the decoder: text, or a CorpusError")
  func randomBytes() async {
    await propertyCheck(count: PropertyRuns.count, input: TextGen.bytes(length: 0...300), Gen.int(in: 1...64)) { bytes, chunkSize in
      for lossy in [false, true] {
        do {
          let decoded = try TextDecoder.decode(Data(bytes), path: "p", lossy: lossy, chunkSize: chunkSize)
          #expect(!decoded.scalars.contains("\0"))
          if lossy, decoded.scalars.contains("\u{FFFD}") || !decoded.warnings.isEmpty {
            #expect(!decoded.warnings.isEmpty)
          }
        } catch is CorpusError {
          // A defined outcome.
        }
      }
    }
  }
}
