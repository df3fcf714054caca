/// File offsets of a sentence's scalars, stored as runs of consecutive offsets.
///
/// A sentence is almost always one stretch of the file, broken only where a layout line break
/// was dropped, so a few runs replace an 8-byte offset per character (the difference between
/// about 0.3 GB and a few kilobytes of offsets for a 100 MB file).
public struct ScalarOffsetMap: RandomAccessCollection, Hashable, Sendable {
  /// (index in the sentence, file offset) where each run starts, ascending.
  private var runs: [(start: Int, offset: Int)]
  public let count: Int

  /// Compresses `offsets` (one per scalar) into runs.
  /// - Complexity: O(*n*).
  public init<S: Sequence>(_ offsets: S) where S.Element == Int {
    var runs: [(start: Int, offset: Int)] = []
    var index = 0
    var previous: Int?
    for offset in offsets {
      if previous.map({ $0 + 1 != offset }) ?? true { runs.append((index, offset)) }
      previous = offset
      index += 1
    }
    self.runs = runs
    self.count = index
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  /// The file offset of scalar `position`.
  /// - Complexity: O(log *r*) for *r* runs.
  public subscript(position: Int) -> Int {
    precondition(position >= 0 && position < count, "offset index out of range")
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle].start <= position { low = middle } else { high = middle - 1 }
    }
    return runs[low].offset + (position - runs[low].start)
  }

  public static func == (lhs: ScalarOffsetMap, rhs: ScalarOffsetMap) -> Bool {
    lhs.count == rhs.count && lhs.runs.elementsEqual(rhs.runs) { $0.start == $1.start && $0.offset == $1.offset }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for run in runs {
      hasher.combine(run.start)
      hasher.combine(run.offset)
    }
  }
}
