/// A trie over Unicode scalars for dictionary matching at a position, forward or backward.
///
/// Lexicon words are short (1–12 scalars), so a match costs at most that many hash lookups;
/// most positions fail at the first scalar. Backward matching reads a word that *ends* at a
/// position, which is how suffixes and left-boundary stop words are found. Edges live in one
/// open-addressing hash table keyed by (node, scalar) (`EdgeTable`), so loading a 100k-word
/// dictionary allocates no table per node and a lookup costs one multiply and, mostly, one probe.
/// - Complexity: `insert` O(*k*); matches O(*k*) for the longest word length *k*.
struct ScalarTrie<Value>: Sendable where Value: Sendable {
  /// Child of a node by scalar, keyed `node << 32 | scalar`.
  private var edges = EdgeTable()
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
        edges.insert(edge, Int32(next))
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

/// A hash table from trie edges (`node << 32 | scalar`) to child nodes: linear probing over a
/// power-of-two array of slots kept at most half full, Fibonacci hashing. Edges are only looked
/// up and added, never removed or iterated, so no tombstones are needed.
/// - Complexity: lookup and insert O(1) expected.
struct EdgeTable: Sendable {
  private struct Slot {
    /// `empty` when unused; real keys have a node below 2³¹, so they never equal it.
    var key: UInt64
    var child: Int32
  }
  private static let empty = UInt64.max
  private var slots: [Slot]
  /// 64 − log2(slots.count): the hash's high bits pick the slot.
  private var shift: UInt64
  private var count = 0

  init() {
    slots = Array(repeating: Slot(key: Self.empty, child: 0), count: 16)
    shift = 60
  }

  @inline(__always)
  private static func index(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The child for `key`, if the edge exists.
  subscript(key: UInt64) -> Int32? {
    @inline(__always) get {
      slots.withUnsafeBufferPointer { slots in
        let mask = slots.count - 1
        var i = Self.index(key, shift)
        while true {
          let slot = slots[i]
          if slot.key == key { return slot.child }
          if slot.key == Self.empty { return nil }
          i = (i + 1) & mask
        }
      }
    }
  }

  /// Adds an edge that is not yet in the table.
  mutating func insert(_ key: UInt64, _ child: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    Self.place(key, child, in: &slots, shift: shift)
    count += 1
  }

  private static func place(_ key: UInt64, _ child: Int32, in slots: inout [Slot], shift: UInt64) {
    let mask = slots.count - 1
    var i = index(key, shift)
    while slots[i].key != empty && slots[i].key != key { i = (i + 1) & mask }
    slots[i] = Slot(key: key, child: child)
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(key: Self.empty, child: 0), count: old.count * 2)
    shift -= 1
    for slot in old where slot.key != Self.empty {
      Self.place(slot.key, slot.child, in: &slots, shift: shift)
    }
  }
}
