import Testing
@testable import NetGraph

/// The trie over scalars and its edge table: lookups agree with a plain dictionary through
/// many growths of the table, forward and reversed matching.
@Suite struct ScalarTrieTests {
  @Test func edgeTableAgreesWithADictionaryThroughGrowth() {
    var table = EdgeTable()
    var reference: [UInt64: Int32] = [:]
    // Keys shaped like trie edges: node << 32 | scalar, with many nodes sharing a scalar.
    for i in 0..<20_000 {
      let key = UInt64(i / 7) << 32 | UInt64(0x4E00 + (i * 31) % 5000)
      guard reference[key] == nil else { continue }
      reference[key] = Int32(i)
      table.insert(key, Int32(i))
    }
    for (key, child) in reference { #expect(table[key] == child) }
    for i in 0..<2_000 {
      let missing = UInt64(i + 100_000) << 32 | 0x4E00
      #expect(table[missing] == nil)
    }
  }

  @Test func forwardAndBackwardMatches() {
    var forward = ScalarTrie<Int>()
    var backward = ScalarTrie<Int>(reversed: true)
    for (i, word) in ["高新", "高新区", "区", "新区"].enumerated() {
      forward.insert(word, i)
      backward.insert(word, i)
    }
    let text = Array("西安高新区".unicodeScalars)
    #expect(forward.longestMatch(startingAt: 2, in: text, upperBound: text.count)?.length == 3)
    #expect(forward.matches(startingAt: 2, in: text, upperBound: text.count).map(\.length) == [2, 3])
    #expect(backward.longestMatch(endingAt: text.count, in: text, lowerBound: 0)?.value == 1)
    #expect(backward.matches(endingAt: text.count, in: text, lowerBound: 0).map(\.length) == [1, 2, 3])
    #expect(forward.value(for: "高新") == 0)
    #expect(forward.value(for: "西安") == nil)
    #expect(forward.count == 4)
    #expect(forward.maxLength == 3)
  }
}
