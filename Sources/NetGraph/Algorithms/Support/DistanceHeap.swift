/// Binary min-heap of (distance, node) pairs for Dijkstra's algorithm, with lazy deletion:
/// a node may be pushed several times and stale entries are skipped by the caller.
/// - Complexity: O(log size) per push and pop.
struct DistanceHeap {
  private var keys: [Double] = []
  private var values: [Int32] = []

  var isEmpty: Bool { keys.isEmpty }

  mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  mutating func push(_ key: Double, _ value: Int32) {
    keys.append(key)
    values.append(value)
    var i = keys.count - 1
    while i > 0 {
      let parent = (i - 1) >> 1
      if keys[parent] <= key { break }
      keys[i] = keys[parent]
      values[i] = values[parent]
      i = parent
    }
    keys[i] = key
    values[i] = value
  }

  mutating func pop() -> (Double, Int32) {
    let top = (keys[0], values[0])
    let lastKey = keys.removeLast()
    let lastValue = values.removeLast()
    let count = keys.count
    if count > 0 {
      var i = 0
      while true {
        let left = 2 * i + 1
        if left >= count { break }
        var child = left
        if left + 1 < count && keys[left + 1] < keys[left] { child = left + 1 }
        if keys[child] >= lastKey { break }
        keys[i] = keys[child]
        values[i] = values[child]
        i = child
      }
      keys[i] = lastKey
      values[i] = lastValue
    }
    return top
  }
}
