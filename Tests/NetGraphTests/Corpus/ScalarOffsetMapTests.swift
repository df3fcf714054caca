import Testing
@testable import NetGraph

@Suite struct ScalarOffsetMapTests {
  @Test func runsReproduceEveryOffset() {
    let offsets = [10, 11, 12, 15, 16, 40, 41, 42, 43, 100]
    let map = ScalarOffsetMap(offsets)
    #expect(map.count == offsets.count)
    #expect(Array(map) == offsets)
    #expect(map.first == 10)
    #expect(map.last == 100)
  }

  @Test func emptyAndSingle() {
    #expect(ScalarOffsetMap([Int]()).isEmpty)
    #expect(Array(ScalarOffsetMap([7])) == [7])
  }

  @Test func randomOffsetsRoundTrip() {
    var rng = SplitMix64(seed: 7)
    for _ in 0..<200 {
      var offsets: [Int] = []
      var next = Int.random(in: 0..<50, using: &rng)
      for _ in 0..<Int.random(in: 0..<60, using: &rng) {
        offsets.append(next)
        next += Int.random(in: 0..<10, using: &rng) < 8 ? 1 : Int.random(in: 2..<20, using: &rng)
      }
      #expect(Array(ScalarOffsetMap(offsets)) == offsets)
    }
  }
}
