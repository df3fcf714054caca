import Foundation
import NetGraph

#if canImport(Glibc)
  import Glibc
#endif

/// Reads stdin as lines of strictly decoded UTF-8 (for `extract --sentences`).
///
/// `readLine()` silently repairs invalid UTF-8; here an invalid line is an error naming the
/// line and byte, or, with `lossy`, is repaired with U+FFFD and counted for a warning.
/// `beforeRead` runs before every blocking read, so output can be flushed whenever no more
/// input is waiting: a tool that writes one line and waits for its answer never deadlocks,
/// and a large batch is still written in large blocks.
enum StandardInputLines {
  /// Calls `body` with each line (without `\n` or `\r\n`) and its 1-based number.
  /// - Returns: The number of invalid byte sequences replaced (always 0 unless `lossy`).
  /// - Throws: `InputError`, or what `body`/`beforeRead` throw.
  static func forEach(
    lossy: Bool, beforeRead: () throws -> Void, _ body: (String, Int) throws -> Void
  ) throws -> Int {
    var pending = [UInt8]()
    var lineNumber = 0
    var replaced = 0
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }

    func emit(_ bytes: ArraySlice<UInt8>) throws {
      lineNumber += 1
      var line = bytes
      if line.last == 0x0D { line = line.dropLast() }
      if let text = String(validating: line, as: UTF8.self) {
        try body(text, lineNumber)
        return
      }
      let (count, first) = TextDecoder.invalidUTF8(Array(line)) ?? (0, 0)
      guard lossy else { throw InputError.invalidUTF8(line: lineNumber, byteOffset: first) }
      replaced += count
      try body(String(decoding: line, as: UTF8.self), lineNumber)
    }

    while true {
      try beforeRead()
      let count = read(0, chunk.baseAddress, chunk.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw InputError.unreadable(reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      pending.append(contentsOf: chunk[0..<count])
      var start = pending.startIndex
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        try emit(pending[start..<newline])
        start = newline + 1
      }
      pending.removeSubrange(..<start)
    }
    if !pending.isEmpty { try emit(pending[...]) }
    return replaced
  }
}

/// Problems reading standard input.
enum InputError: Error, CustomStringConvertible, LocalizedError {
  case invalidUTF8(line: Int, byteOffset: Int)
  case unreadable(reason: String)

  var description: String {
    switch self {
    case .invalidUTF8(let line, let offset):
      return "stdin:\(line): invalid UTF-8 at byte \(offset) of the line; send UTF-8, or pass --lossy to replace bad bytes with U+FFFD"
    case .unreadable(let reason):
      return "stdin: cannot be read (\(reason))"
    }
  }

  var errorDescription: String? { description }
}
