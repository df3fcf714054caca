import Dispatch

/// A value computed on another thread while the caller does other work; `value()` waits for
/// it and rethrows its error. Used to load independent lexicon and registry files at once.
final class BackgroundResult<T: Sendable>: @unchecked Sendable {
  private var result: Result<T, any Error>?
  private let done = DispatchSemaphore(value: 0)

  init(_ body: @escaping @Sendable () throws -> T) {
    DispatchQueue.global().async {
      self.result = Result { try body() }
      self.done.signal()
    }
  }

  /// The computed value, waiting for it the first time. Call from one thread only.
  func value() throws -> T {
    if !finished {
      done.wait()
      finished = true
    }
    return try result!.get()
  }

  private var finished = false
}
