import Dispatch
import Foundation

/// Splits `0 ..< count` into a fixed number of chunks processed on up to `threads` threads.
///
/// The chunking does not depend on `threads`, and callers combine per-chunk partial results
/// in chunk order, so results are bit-identical whatever the thread count.
enum ParallelChunks {
  /// Number of chunks; enough to balance two to eight cores.
  static let chunkCount = 16

  /// Default thread count: the active processor count.
  static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Calls `body(chunk, range)` for each non-empty chunk of `0 ..< count`, on up to `threads`
  /// threads; returns the results in chunk order.
  static func map<T>(
    count: Int, threads: Int?, _ body: (Int, Range<Int>) -> T
  ) -> [T] {
    let chunks = min(chunkCount, max(count, 1))
    let ranges: [Range<Int>] = (0..<chunks).map { c in
      (c * count / chunks)..<((c + 1) * count / chunks)
    }
    let threads = threads ?? defaultThreads
    if threads <= 1 || chunks == 1 {
      return ranges.enumerated().map { body($0.offset, $0.element) }
    }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
    results.initialize(repeating: nil)
    defer { results.deinitialize(); results.deallocate() }
    let next = ManagedAtomicCounter()
    withoutActuallyEscaping(body) { body in
      DispatchQueue.concurrentPerform(iterations: min(threads, chunks)) { _ in
        while true {
          let c = next.increment()
          if c >= chunks { break }
          results[c] = body(c, ranges[c])
        }
      }
    }
    return results.map { $0! }
  }
}

/// A lock-protected counter handing out chunk numbers to worker threads.
final class ManagedAtomicCounter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  /// Returns the current value and adds one.
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value - 1
  }
}

extension ParallelChunks {
  /// Calls `body(i)` for every `i` in `0 ..< count` on up to `threads` threads, handing out one
  /// index at a time (items of uneven cost balance themselves); returns the results in index
  /// order, so the combined result does not depend on `threads`.
  static func mapEach<T>(count: Int, threads: Int?, _ body: (Int) -> T) -> [T] {
    let threads = min(threads ?? defaultThreads, count)
    if threads <= 1 { return (0..<count).map(body) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deinitialize(); results.deallocate() }
    let next = ManagedAtomicCounter()
    withoutActuallyEscaping(body) { body in
      DispatchQueue.concurrentPerform(iterations: threads) { _ in
        while true {
          let i = next.increment()
          if i >= count { break }
          results[i] = body(i)
        }
      }
    }
    return results.map { $0! }
  }
}
