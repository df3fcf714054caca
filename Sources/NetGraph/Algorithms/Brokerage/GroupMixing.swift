/// Krackhardt–Stern E-I index of one group.
public struct EIIndex: Hashable, Sendable {
  /// Edges from the group's members to other groups.
  public var external: Int
  /// Edges among the group's members.
  public var internal_: Int

  public init(external: Int, internal_: Int) {
    self.external = external
    self.internal_ = internal_
  }
  /// (E − I) / (E + I): −1 all ties inside the group, +1 all ties outside; NaN without ties.
  public var value: Double {
    external + internal_ == 0 ? .nan : Double(external - internal_) / Double(external + internal_)
  }
}

extension Graph {
  /// Krackhardt–Stern E-I index of every entity kind present (and of untyped nodes, under
  /// `nil`), counting edges of the undirected view without self-loops; also the index of the
  /// whole network (external vs internal edges overall).
  /// - Returns: Per kind in `EntityKind` order (untyped last), and the whole-network index.
  /// - Complexity: O(n + m).
  /// ## References
  /// - D. Krackhardt, R. N. Stern, "Informal networks and organizational crises: an
  ///   experimental simulation", Social Psychology Quarterly 51(2):123–140, 1988.
  ///   doi:10.2307/2786835
  public func eiIndexByKind() -> (byKind: [(kind: EntityKind?, index: EIIndex)], network: EIIndex) {
    let g = undirected()
    let order: [EntityKind?] = EntityKind.allCases.map { $0 } + [nil]
    var external: [EntityKind?: Int] = [:]
    var internalCount: [EntityKind?: Int] = [:]
    var totalExternal = 0
    var totalInternal = 0
    for u in 0..<g.nodeCount {
      for e in g.outOffsets[u]..<g.outOffsets[u + 1] {
        let v = Int(g.outTargets[e])
        guard v != u else { continue }
        if g.kinds[u] == g.kinds[v] {
          internalCount[g.kinds[u], default: 0] += 1  // each internal edge seen from both ends
          if v > u { totalInternal += 1 }
        } else {
          external[g.kinds[u], default: 0] += 1
          if v > u { totalExternal += 1 }
        }
      }
    }
    let present = Set(g.kinds)
    let byKind = order.filter { present.contains($0) }.map { kind in
      (kind, EIIndex(external: external[kind] ?? 0, internal_: (internalCount[kind] ?? 0) / 2))
    }
    return (byKind, EIIndex(external: totalExternal, internal_: totalInternal))
  }

  /// Assortativity coefficient of a categorical node attribute (Newman 2003), as networkx
  /// `attribute_assortativity_coefficient`: r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)
  /// over the mixing matrix e of edge ends (both directions of an undirected edge, a self-loop
  /// once; out-arcs of a directed graph). Unweighted. +1: ties only within groups.
  /// - Parameter groups: Group of each node (default: entity kind, untyped as one group).
  /// - Returns: r, or NaN when undefined (no edges, or a single group at every end).
  /// - Complexity: O(n + m + k²) for k groups.
  /// ## References
  /// - M. E. J. Newman, "Mixing patterns in networks", Phys. Rev. E 67:026126, 2003.
  ///   doi:10.1103/PhysRevE.67.026126
  public func attributeAssortativity(groups: [Int]? = nil) -> Double {
    let group = groups ?? kinds.map { kind in kind.map { EntityKind.allCases.firstIndex(of: $0)! } ?? -1 }
    let labels = Array(Set(group)).sorted()
    let position = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    let k = labels.count
    var mixing = [Double](repeating: 0, count: k * k)
    var total = 0.0
    for u in 0..<nodeCount {
      for e in outOffsets[u]..<outOffsets[u + 1] {
        let v = Int(outTargets[e])
        mixing[position[group[u]]! * k + position[group[v]]!] += 1
        total += 1
      }
    }
    guard total > 0 else { return .nan }
    var trace = 0.0
    var a = [Double](repeating: 0, count: k)
    var b = [Double](repeating: 0, count: k)
    for i in 0..<k {
      trace += mixing[i * k + i] / total
      for j in 0..<k {
        a[i] += mixing[i * k + j] / total
        b[j] += mixing[i * k + j] / total
      }
    }
    var sumAB = 0.0
    for i in 0..<k { sumAB += a[i] * b[i] }
    return (trace - sumAB) / (1 - sumAB)
  }
}
