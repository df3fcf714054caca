import Foundation

/// Interns names given as byte ranges of one buffer: one open-addressing hash table, no
/// `String` per lookup.
///
/// Node `i` is the `i`-th distinct name seen; its bytes stay in the caller's buffer
/// (`starts[i]`, `lengths[i]`) until `names(in:)` makes the strings once at the end. A name of
/// at most 8 bytes is its own key (its bytes packed into the slot), so looking it up touches
/// one slot and never the buffer; a longer name's key is a 64-bit hash, confirmed by comparing
/// bytes. A name that is a plain decimal number (no sign, no leading zero) below a bound
/// proportional to the input is looked up in an array indexed by its value instead: numbered
/// nodes, the usual case in large edge lists, then cost one access to a small array that
/// stays in cache rather than a probe of a large table.
/// - Complexity: O(length) expected per lookup; memory O(n).
struct ByteNameTable {
  private struct Slot {
    var key: UInt64
    var length: Int32
    var id: Int32
  }

  private(set) var starts: [Int] = []
  private(set) var lengths: [Int32] = []
  private var slots: [Slot]
  private var bits: Int
  /// Id of each small decimal name by its value (−1: not seen).
  private var numeric: [Int32] = []
  private let numericLimit: Int

  /// - Parameter expectedCount: Distinct names expected; decimal names up to 4× this (at least
  ///   2²⁰) use the direct array.
  init(expectedCount: Int = 1024) {
    numericLimit = max(1 << 20, 4 * expectedCount)
    bits = 4
    while (1 << bits) < expectedCount * 2 { bits += 1 }
    slots = [Slot](repeating: Slot(key: 0, length: 0, id: -1), count: 1 << bits)
  }

  var count: Int { starts.count }

  /// Fibonacci hashing: the top bits of key × 2⁶⁴/φ.
  @inline(__always) private func index(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The id of the name `bytes[start ..< start + length]`, adding it if new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> Int32 {
    let base = bytes.baseAddress! + start
    if length <= 9, base[0] >= 0x31 || length == 1 {
      var value = 0
      var k = 0
      while k < length, base[k] >= 0x30, base[k] <= 0x39 {
        value = value * 10 + Int(base[k] - 0x30)
        k += 1
      }
      if k == length, value < numericLimit {
        if value >= numeric.count {
          numeric.append(contentsOf: repeatElement(-1, count: max(value + 1, 2 * numeric.count) - numeric.count))
        }
        if numeric[value] >= 0 { return numeric[value] }
        let id = Int32(starts.count)
        numeric[value] = id
        starts.append(start)
        lengths.append(Int32(length))
        return id
      }
    }
    var key: UInt64 = 0
    if length <= 8 {
      for k in 0..<length { key |= UInt64(base[k]) << UInt64(8 * k) }
    } else {
      key = 0xcbf2_9ce4_8422_2325  // FNV-1a
      for k in 0..<length { key = (key ^ UInt64(base[k])) &* 0x0000_0100_0000_01b3 }
    }
    let mask = (1 << bits) - 1
    var slot = index(key)
    while true {
      let entry = slots[slot]
      if entry.id < 0 { break }
      if entry.key == key, Int(entry.length) == length,
        length <= 8 || memcmp(bytes.baseAddress! + starts[Int(entry.id)], base, length) == 0
      {
        return entry.id
      }
      slot = (slot + 1) & mask
    }
    let id = Int32(starts.count)
    slots[slot] = Slot(key: key, length: Int32(length), id: id)
    starts.append(start)
    lengths.append(Int32(length))
    if starts.count * 2 > slots.count { grow() }
    return id
  }

  /// The names as strings, in id order (`bytes` must be valid UTF-8 over every name).
  func names(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    (0..<count).map { i in
      String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[i]..<(starts[i] + Int(lengths[i]))]), as: UTF8.self)
    }
  }

  private mutating func grow() {
    let old = slots
    bits += 1
    slots = [Slot](repeating: Slot(key: 0, length: 0, id: -1), count: 1 << bits)
    let mask = (1 << bits) - 1
    for entry in old where entry.id >= 0 {
      var slot = index(entry.key)
      while slots[slot].id >= 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }
}
