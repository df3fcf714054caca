import Foundation

/// Reads an edge list straight into a `Graph`: bytes are tokenised in place, names interned
/// in one hash table (`ByteNameTable`), and the CSR arrays built directly, with no `String`
/// per token and no typed network in between.
///
/// It gives exactly the graph that `Graph(network: EdgeListReader.read(...))` gives (same node
/// order, names, ids, weights; a repeated edge keeps its last weight) for the files it
/// accepts: UTF-8 (BOM optional), fields separated by ASCII blanks, LF or CRLF line ends, `#`
/// comments, weights written as plain decimals. Anything else — another encoding, Unicode
/// whitespace beyond ASCII, control characters, a combining mark next to a separator, a
/// malformed line, a weight in another notation — returns `nil`, and the caller falls back
/// to `EdgeListReader`, which either reads it or reports the error with its line.
/// - Complexity: O(file size) expected, plus O(m log d) to sort the rows.
enum EdgeListGraphReader {
  static func graph(_ bytes: UnsafeBufferPointer<UInt8>, directed: Bool) -> Graph? {
    let n = bytes.count
    var i = 0
    if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    var names = ByteNameTable(expectedCount: max(1024, n / 64))
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    sources.reserveCapacity(n / 12)
    targets.reserveCapacity(n / 12)
    weights.reserveCapacity(n / 12)
    var starts = (0, 0, 0)
    var ends = (0, 0, 0)
    var previousIsSeparator = true  // the last scalar was an ASCII blank, `#` or line feed
    var previousIsPrepend = false  // the last scalar joins the next one into a grapheme
    while i < n {
      // One line: up to three fields before `#` or the line feed.
      var count = 0
      var inToken = false
      var inComment = false
      while i < n {
        let b = bytes[i]
        if b < 0x80 {
          let separator: Bool
          switch b {
          case 0x0A, 0x09, 0x0B, 0x0C, 0x20, 0x23: separator = true
          case 0x0D:
            // CR only as part of CRLF (one grapheme in Swift strings, which the full reader splits on).
            guard i + 1 < n, bytes[i + 1] == 0x0A else { return nil }
            separator = true
          case 0x00..<0x20, 0x7F: return nil
          default: separator = false
          }
          if separator && previousIsPrepend { return nil }
          previousIsPrepend = false
          previousIsSeparator = separator
          if b == 0x0A {
            if inToken { setField(&ends, count, i) }
            inToken = false
            i += 1
            break
          }
          if !separator {
            if !inComment && !inToken {
              count += 1
              if count > 3 { return nil }
              inToken = true
              setField(&starts, count, i)
            }
          } else {
            if inToken { setField(&ends, count, i); inToken = false }
            if b == 0x23 || b == 0x0D { inComment = true }
          }
          i += 1
          continue
        }
        guard let (scalar, length) = decode(bytes, at: i) else { return nil }
        if scalar.properties.isWhitespace { return nil }
        if previousIsSeparator && extendsPrevious(scalar) { return nil }
        previousIsSeparator = false
        previousIsPrepend = isPrepend(scalar)
        if !inComment && !inToken {
          count += 1
          if count > 3 { return nil }
          inToken = true
          setField(&starts, count, i)
        }
        i += length
      }
      if inToken { setField(&ends, count, i) }
      if count == 0 { continue }
      guard count >= 2 else { return nil }
      var weight = 1.0
      if count == 3 {
        guard let w = parseWeight(bytes, starts.2, ends.2) else { return nil }
        weight = w
      }
      sources.append(names.intern(bytes, start: starts.0, length: ends.0 - starts.0))
      targets.append(names.intern(bytes, start: starts.1, length: ends.1 - starts.1))
      weights.append(weight)
    }
    return Graph(
      nodeCount: names.count, sources: sources, targets: targets, weights: weights,
      directed: directed, names: names.names(in: bytes), kinds: nil, entityIDs: nil,
      repeatedEdgeKeepsLastWeight: true)
  }

  @inline(__always)
  private static func setField(_ fields: inout (Int, Int, Int), _ number: Int, _ value: Int) {
    switch number {
    case 1: fields.0 = value
    case 2: fields.1 = value
    default: fields.2 = value
    }
  }

  /// A weight in plain decimal notation (`2`, `0.5`, `.5`, `1e-3`), parsed as `Double(_:)`
  /// parses it; `nil` for anything else (signs, `inf`, `nan`, hex, overflow), which the full
  /// reader then accepts or reports.
  private static func parseWeight(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
    let length = end - start
    guard length > 0, length < 64 else { return nil }
    var k = start
    var digits = 0
    while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1; digits += 1 }
    if k < end, bytes[k] == 0x2E {
      k += 1
      while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1; digits += 1 }
    }
    guard digits > 0 else { return nil }
    if k < end, bytes[k] == 0x65 || bytes[k] == 0x45 {
      k += 1
      if k < end, bytes[k] == 0x2B || bytes[k] == 0x2D { k += 1 }
      var exponentDigits = 0
      while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1; exponentDigits += 1 }
      guard exponentDigits > 0 else { return nil }
    }
    guard k == end else { return nil }
    // Integers below 2^53 are exact; everything else goes through strtod, as Double(_:) does.
    if length <= 15, !bytes[start..<end].contains(where: { $0 < 0x30 || $0 > 0x39 }) {
      var value = 0
      for b in bytes[start..<end] { value = value * 10 + Int(b - 0x30) }
      return Double(value)
    }
    var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    let value = withUnsafeMutableBytes(of: &buffer) { raw -> Double in
      for j in 0..<length { raw[j] = bytes[start + j] }
      raw[length] = 0
      return strtod(raw.baseAddress!.assumingMemoryBound(to: CChar.self), nil)
    }
    return value.isFinite ? value : nil
  }

  /// The scalar encoded at `i` and its length in bytes; `nil` for invalid UTF-8.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
    let b0 = UInt32(bytes[i])
    let length: Int
    var value: UInt32
    let minimum: UInt32
    switch b0 {
    case 0xC2...0xDF: length = 2; value = b0 & 0x1F; minimum = 0x80
    case 0xE0...0xEF: length = 3; value = b0 & 0x0F; minimum = 0x800
    case 0xF0...0xF4: length = 4; value = b0 & 0x07; minimum = 0x10000
    default: return nil
    }
    guard i + length <= bytes.count else { return nil }
    for k in 1..<length {
      let b = UInt32(bytes[i + k])
      guard b & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (b & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  /// Whether `scalar` joins the scalar before it into one grapheme (Extend, ZWJ, SpacingMark):
  /// after a blank, `#` or line feed the full reader would not see the separator.
  private static func extendsPrevious(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isGraphemeExtend || properties.generalCategory == .spacingMark
      || scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value)
  }

  /// Whether `scalar` may be a Prepend character (it joins the scalar after it); format
  /// characters cover most, the rest are listed (UAX #29, Unicode 15).
  private static func isPrepend(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if scalar.properties.generalCategory == .format { return true }
    switch v {
    case 0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: return true
    default: return false
    }
  }
}
