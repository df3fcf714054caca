/// A trie over Unicode scalars for dictionary matching at a position, forward or backward.
///
/// Lexicon words are short (1–12 scalars), so a match costs at most that many hash lookups;
/// most positions fail at the first scalar. Backward matching reads a word that *ends* at a
/// position, which is how suffixes and left-boundary stop words are found. Edges live in one
/// hash table keyed by (node, scalar), so loading a 100k-word dictionary allocates no table
/// per node.
/// - Complexity: `insert` O(*k*); matches O(*k*) for the longest word length *k*.
struct ScalarTrie<Value>: Sendable where Value: Sendable {
  /// Child of a node by scalar, keyed `node << 32 | scalar`.
  private var edges: [UInt64: Int32] = [:]
  private var values: [Value?] = [nil]
  /// Longest inserted key, in scalars.
  private(set) var maxLength = 0
  private(set) var count = 0
  /// Whether keys were inserted reversed (for backward matching).
  let reversed: Bool

  init(reversed: Bool = false) { self.reversed = reversed }

  /// Inserts `key` (read in text order); an existing value is replaced.
  mutating func insert<S: Collection>(_ key: S, _ value: Value) where S.Element == Unicode.Scalar {
    guard !key.isEmpty else { return }
    var node = 0
    let ordered: [Unicode.Scalar] = reversed ? key.reversed() : Array(key)
    for scalar in ordered {
      let edge = Self.edge(node, scalar)
      if let next = edges[edge] {
        node = Int(next)
      } else {
        values.append(nil)
        let next = values.count - 1
        edges[edge] = Int32(next)
        node = next
      }
    }
    if values[node] == nil { count += 1 }
    values[node] = value
    maxLength = Swift.max(maxLength, key.count)
  }

  mutating func insert(_ key: String, _ value: Value) {
    insert(Array(key.unicodeScalars), value)
  }

  /// The value stored for exactly `key`.
  func value(for key: String) -> Value? {
    let scalars = Array(key.unicodeScalars)
    guard let m = reversed
      ? longestMatch(endingAt: scalars.count, in: scalars, lowerBound: 0)
      : longestMatch(startingAt: 0, in: scalars, upperBound: scalars.count),
      m.length == scalars.count
    else { return nil }
    return m.value
  }

  /// Longest key that starts at `start` and ends at or before `upperBound` (forward trie).
  func longestMatch(startingAt start: Int, in text: [Unicode.Scalar], upperBound: Int)
    -> (length: Int, value: Value)?
  {
    var node = 0
    var best: (Int, Value)?
    var i = start
    while i < upperBound, let next = edges[Self.edge(node, text[i])] {
      node = Int(next)
      i += 1
      if let v = values[node] { best = (i - start, v) }
    }
    return best
  }

  /// Every key that starts at `start` (forward trie), shortest first.
  func matches(startingAt start: Int, in text: [Unicode.Scalar], upperBound: Int)
    -> [(length: Int, value: Value)]
  {
    var node = 0
    var found: [(Int, Value)] = []
    var i = start
    while i < upperBound, let next = edges[Self.edge(node, text[i])] {
      node = Int(next)
      i += 1
      if let v = values[node] { found.append((i - start, v)) }
    }
    return found
  }

  /// Longest key that ends just before `end` and starts at or after `lowerBound` (reversed trie).
  func longestMatch(endingAt end: Int, in text: [Unicode.Scalar], lowerBound: Int)
    -> (length: Int, value: Value)?
  {
    var node = 0
    var best: (Int, Value)?
    var i = end - 1
    while i >= lowerBound, let next = edges[Self.edge(node, text[i])] {
      node = Int(next)
      if let v = values[node] { best = (end - i, v) }
      i -= 1
    }
    return best
  }

  /// Every key that ends just before `end` (reversed trie), shortest first.
  func matches(endingAt end: Int, in text: [Unicode.Scalar], lowerBound: Int)
    -> [(length: Int, value: Value)]
  {
    var node = 0
    var found: [(Int, Value)] = []
    var i = end - 1
    while i >= lowerBound, let next = edges[Self.edge(node, text[i])] {
      node = Int(next)
      if let v = values[node] { found.append((end - i, v)) }
      i -= 1
    }
    return found
  }

  @inline(__always)
  private static func edge(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
    UInt64(node) << 32 | UInt64(scalar.value)
  }
}
