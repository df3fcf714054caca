import Foundation

extension Partition {
  /// Normalised mutual information between two partitions of the same nodes,
  /// NMI = 2 I(X; Y) / (H(X) + H(Y)) (arithmetic normalisation, as scikit-learn's
  /// `normalized_mutual_info_score` default and igraph's `compare_communities(method="nmi")`).
  /// Two partitions with a single community each give 1.
  /// - Returns: A value in [0, 1]; 1 for identical partitions.
  /// - Complexity: O(n + k₁k₂) with k the community counts.
  /// ## References
  /// - L. Danon, A. Díaz-Guilera, J. Duch, A. Arenas, "Comparing community structure
  ///   identification", J. Stat. Mech. P09008, 2005. doi:10.1088/1742-5468/2005/09/P09008
  public func normalizedMutualInformation(with other: Partition) -> Double {
    precondition(membership.count == other.membership.count, "partitions of different node sets")
    let n = Double(membership.count)
    guard n > 0 else { return 1 }
    var joint: [Int: Int] = [:]
    var a = [Int](repeating: 0, count: count)
    var b = [Int](repeating: 0, count: other.count)
    for (x, y) in zip(membership, other.membership) {
      joint[x * other.count + y, default: 0] += 1
      a[x] += 1
      b[y] += 1
    }
    func entropy(_ sizes: [Int]) -> Double {
      sizes.reduce(0) { $1 == 0 ? $0 : $0 - Double($1) / n * log(Double($1) / n) }
    }
    let ha = entropy(a), hb = entropy(b)
    if ha == 0 && hb == 0 { return 1 }
    var mutual = 0.0
    for key in joint.keys.sorted() {
      let nxy = Double(joint[key]!)
      let x = key / other.count, y = key % other.count
      mutual += nxy / n * log(nxy * n / (Double(a[x]) * Double(b[y])))
    }
    return max(0, min(1, 2 * mutual / (ha + hb)))
  }
}
