import Foundation
import PropertyBased

/// Iteration counts and generators shared by the property-based tests.
///
/// `swift test` runs each property `PropertyRuns.count` times (default 200, a few seconds in
/// all). The long run is one command:
///
///     NETGRAPH_PROPERTY_RUNS=20000 swift test --filter Properties
enum PropertyRuns {
  static let count: Int = {
    if let text = ProcessInfo.processInfo.environment["NETGRAPH_PROPERTY_RUNS"], let value = Int(text), value > 0 {
      return value
    }
    return 200
  }()
}

/// Random Unicode text weighted towards what news pages contain and what breaks formats.
enum TextGen {
  /// Scalar pools; a random word picks a pool, then a scalar in it.
  static let pools: [[Unicode.Scalar]] = [
    Array("abcXYZ0129 -_.,;:".unicodeScalars),
    (0x4E00...0x4FFF).compactMap(Unicode.Scalar.init),  // common CJK
    (0x9A00...0x9FA5).compactMap(Unicode.Scalar.init),
    Array("西安高新区中关村科技园大学研究院公司基金管委会".unicodeScalars),
    Array("。！？；，、“”‘’《》（）：…—·".unicodeScalars),
    Array("\n\n\r\t ".unicodeScalars),
    (0x20000...0x20100).compactMap(Unicode.Scalar.init),  // CJK Ext. B (GB18030 four-byte)
    (0x1F300...0x1F64F).compactMap(Unicode.Scalar.init),  // emoji
    Array("<>&\"'\\#%{}[]=".unicodeScalars),
    (0x01...0x1F).compactMap(Unicode.Scalar.init) + ["\u{7F}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{FFFD}", "\u{FFFE}"],
    (0xA0...0x3FF).compactMap(Unicode.Scalar.init),
  ]

  static func scalar(_ word: UInt32, pools: [Int]) -> Unicode.Scalar {
    let pool = Self.pools[pools[Int(word % UInt32(pools.count))]]
    return pool[Int(word / 16) % pool.count]
  }

  /// Strings of up to `length` scalars drawn from `pools` (indices into `TextGen.pools`).
  static func string(length: ClosedRange<Int>, pools: [Int] = Array(0..<TextGen.pools.count))
    -> Generator<String, some Sequence>
  {
    Gen<UInt32>.value(in: 0...UInt32.max).array(of: length).map { words in
      String(String.UnicodeScalarView(words.map { scalar($0, pools: pools) }))
    }
  }

  /// Chinese news-like text: CJK, punctuation, names and line breaks (no controls, no NUL).
  static func news(length: ClosedRange<Int>) -> Generator<String, some Sequence> {
    string(length: length, pools: [1, 2, 3, 3, 4, 4, 5, 6, 0])
  }

  /// Random bytes.
  static func bytes(length: ClosedRange<Int>) -> Generator<[UInt8], some Sequence> {
    Gen<UInt8>.value(in: 0...255).array(of: length)
  }
}
