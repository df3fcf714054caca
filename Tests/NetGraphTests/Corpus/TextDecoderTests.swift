import Foundation
import Testing

@testable import NetGraph

@Suite("TextDecoder")
struct TextDecoderTests {
  static let cleanFixtures = [
    "utf8.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "gb18030.txt", "gbk.txt",
  ]

  @Test("decodes each encoding to the text Python encoded", arguments: cleanFixtures)
  func decodesFixture(name: String) throws {
    let expected = CorpusFixtures.expected[name]!
    let decoded = try TextDecoder.decodeFile(atPath: CorpusFixtures.path(name), lossy: false)
    #expect(decoded.text == expected["text"] as! String)
    #expect(decoded.encoding.rawValue == expected["encoding"] as! String)
    #expect(decoded.warnings.isEmpty)
  }

  @Test("every chunk size gives the same scalars (sequences cut at chunk boundaries)",
    arguments: cleanFixtures)
  func chunkBoundaries(name: String) throws {
    let expected = Array((CorpusFixtures.expected[name]!["text"] as! String).unicodeScalars)
    for chunkSize in [1, 2, 3, 5, 7, 64] {
      let decoded = try TextDecoder.decodeFile(
        atPath: CorpusFixtures.path(name), lossy: false, chunkSize: chunkSize)
      #expect(decoded.scalars == expected, "chunk size \(chunkSize)")
      let inMemory = try TextDecoder.decode(
        CorpusFixtures.data(name), path: name, lossy: false, chunkSize: chunkSize)
      #expect(inMemory.scalars == expected, "chunk size \(chunkSize), in memory")
    }
  }

  @Test("GB18030 four-byte sequences decode (U+20000 is 95 32 82 36)")
  func gb18030FourByte() throws {
    let decoded = try TextDecoder.decode(Data([0x95, 0x32, 0x82, 0x36, 0xD6, 0xD0]), path: "x", lossy: false)
    #expect(decoded.text == "𠀀中")
    #expect(decoded.encoding == .gb18030)
  }

  @Test("corrupted files fail with the file, encoding and byte offset",
    arguments: ["utf8-corrupted.txt", "gb18030-corrupted.txt", "utf16le-unpaired.txt"])
  func undecodable(name: String) throws {
    let expected = CorpusFixtures.expected[name]!
    let path = CorpusFixtures.path(name)
    let encoding = TextEncoding(rawValue: expected["encoding"] as! String)!
    #expect(throws: CorpusError.undecodable(path: path, byteOffset: expected["byteOffset"] as! Int, encoding: encoding)) {
      try TextDecoder.decodeFile(atPath: path, lossy: false)
    }
    let message = CorpusError.undecodable(path: path, byteOffset: 7, encoding: encoding).description
    #expect(message.hasPrefix(path) && message.contains("byte 7") && message.contains("--lossy"))
  }

  @Test("--lossy replaces like Python's errors='replace' and warns",
    arguments: ["utf8-corrupted.txt", "gb18030-corrupted.txt", "utf16le-unpaired.txt"])
  func lossy(name: String) throws {
    let expected = CorpusFixtures.expected[name]!
    let path = CorpusFixtures.path(name)
    for chunkSize in [1, 3, TextDecoder.defaultChunkSize] {
      let decoded = try TextDecoder.decodeFile(atPath: path, lossy: true, chunkSize: chunkSize)
      #expect(decoded.text == expected["lossy"] as! String)
      #expect(decoded.warnings == [
        .replacedInvalidBytes(
          path: path, encoding: TextEncoding(rawValue: expected["encoding"] as! String)!,
          count: expected["replacements"] as! Int, firstByteOffset: expected["byteOffset"] as! Int)
      ])
    }
  }

  @Test("binary data (NUL) is an error, also with --lossy",
    arguments: ["binary.txt", "utf16le-nobom.txt"])
  func binary(name: String) throws {
    let path = CorpusFixtures.path(name)
    let offset = CorpusFixtures.expected[name]!["byteOffset"] as! Int
    for lossy in [false, true] {
      #expect(throws: CorpusError.binaryFile(path: path, byteOffset: offset)) {
        try TextDecoder.decodeFile(atPath: path, lossy: lossy)
      }
    }
  }

  @Test("UTF-32 is recognised and refused")
  func utf32() throws {
    let path = CorpusFixtures.path("utf32le-bom.txt")
    #expect(throws: CorpusError.unsupportedEncoding(path: path, encoding: "UTF-32")) {
      try TextDecoder.decodeFile(atPath: path, lossy: true)
    }
  }

  @Test("empty file and BOM-only file give empty text and a warning",
    arguments: ["empty.txt", "bom-only.txt"])
  func empty(name: String) throws {
    let path = CorpusFixtures.path(name)
    let decoded = try TextDecoder.decodeFile(atPath: path, lossy: false)
    #expect(decoded.scalars.isEmpty)
    #expect(decoded.warnings == [.emptyFile(path: path)])
  }

  @Test("invalid bytes in both UTF-8 and GB18030 report the encoding that got further")
  func invalidEverywhere() throws {
    // 0x80 is invalid as a UTF-8 lead and as a GB18030 byte; 0xFF likewise.
    let bytes: [UInt8] = Array("abc".utf8) + [0x80] + Array("def".utf8) + [0xFF]
    #expect(throws: CorpusError.undecodable(path: "p", byteOffset: 3, encoding: .utf8)) {
      try TextDecoder.decode(Data(bytes), path: "p", lossy: false)
    }
    let lossy = try TextDecoder.decode(Data(bytes), path: "p", lossy: true)
    #expect(lossy.text == "abc\u{FFFD}def\u{FFFD}")
    #expect(lossy.warnings.count == 1)
  }

  @Test("a BOM fixes UTF-8: invalid bytes after it are UTF-8 errors, never a GB18030 guess")
  func bomFixesEncoding() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0xD6, 0xD0]  // 中 in GBK, after a UTF-8 BOM
    #expect(throws: CorpusError.undecodable(path: "p", byteOffset: 3, encoding: .utf8)) {
      try TextDecoder.decode(Data(bytes), path: "p", lossy: false)
    }
  }

  @Test("overlong, surrogate and out-of-range UTF-8 are rejected at the right byte")
  func strictUTF8() throws {
    let cases: [([UInt8], Int)] = [
      ([0x41, 0xC0, 0x80], 1),  // overlong NUL
      ([0x41, 0xE0, 0x80, 0x80], 1),  // overlong
      ([0x41, 0x42, 0xED, 0xA0, 0x80], 2),  // surrogate D800
      ([0xF4, 0x90, 0x80, 0x80], 0),  // > U+10FFFF
      ([0x41, 0xE4, 0xB8], 1),  // truncated at end of file
    ]
    for (bytes, offset) in cases {
      // Force UTF-8 (a BOM) so the GB18030 fallback does not apply.
      #expect(throws: CorpusError.undecodable(path: "p", byteOffset: offset + 3, encoding: .utf8)) {
        try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + bytes), path: "p", lossy: false, chunkSize: 2)
      }
    }
  }

  @Test("CRLF and a mid-text U+FEFF are kept as scalars (offsets count every scalar)")
  func keepsScalars() throws {
    let decoded = try TextDecoder.decode(Data("a\r\nb\u{FEFF}c".utf8), path: "p", lossy: false)
    #expect(decoded.scalars == ["a", "\r", "\n", "b", "\u{FEFF}", "c"])
  }
}
