/// Gould–Fernandez brokerage role counts of one node.
public struct BrokerageRoles: Hashable, Sendable {
  /// a → b → c all in b's group.
  public var coordinator = 0
  /// a and c in one group, b in another ("consultant").
  public var itinerant = 0
  /// b in a's group, c in another: b represents its group outwards.
  public var representative = 0
  /// b in c's group, a in another: b guards its group's entrance.
  public var gatekeeper = 0
  /// a, b and c in three different groups.
  public var liaison = 0

  public init() {}

  /// Sum of the five roles.
  public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }

  /// Role names in the order of the paper, for table headers.
  public static let roleNames = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]

  /// Counts in `roleNames` order.
  public var counts: [Int] { [coordinator, itinerant, representative, gatekeeper, liaison] }
}

extension Graph {
  /// Gould–Fernandez brokerage roles of every node, with entity kind as the group.
  ///
  /// Node b brokers each two-path a → b → c (a ≠ c) whose ends are not tied directly
  /// (no arc a → c); the path counts towards one of five roles by the groups of a, b, c:
  /// coordinator (all one group), itinerant (a, c share a group b is not in),
  /// representative (a, b share, c differs), gatekeeper (b, c share, a differs) and liaison
  /// (three groups). An undirected edge is an arc each way, so in an undirected graph each
  /// open triad counts in both directions (representative and gatekeeper counts then agree).
  /// Untyped nodes form one group of their own. Counts are unnormalised, as UCINET reports.
  /// - Parameter groups: Group of each node (default: its entity kind).
  /// - Returns: Role counts per node, indexed by `NodeID`.
  /// - Complexity: O(Σ_b d⁻(b) d⁺(b) log d).
  /// ## References
  /// - R. V. Gould, R. M. Fernandez, "Structures of Mediation: A Formal Approach to Brokerage
  ///   in Transaction Networks", Sociological Methodology 19:89–126, 1989. doi:10.2307/270949
  public func brokerageRoles(groups: [Int]? = nil) -> [BrokerageRoles] {
    let group = groups ?? kinds.map { kind in kind.map { EntityKind.allCases.firstIndex(of: $0)! } ?? -1 }
    return (0..<nodeCount).map { b in
      var roles = BrokerageRoles()
      for i in inOffsets[b]..<inOffsets[b + 1] {
        let a = Int(inTargets[i])
        if a == b { continue }
        for o in outOffsets[b]..<outOffsets[b + 1] {
          let c = Int(outTargets[o])
          if c == b || c == a || arcIndex(from: a, to: c) != nil { continue }
          let (ga, gb, gc) = (group[a], group[b], group[c])
          if ga == gb && gb == gc {
            roles.coordinator += 1
          } else if ga == gc {
            roles.itinerant += 1
          } else if ga == gb {
            roles.representative += 1
          } else if gb == gc {
            roles.gatekeeper += 1
          } else {
            roles.liaison += 1
          }
        }
      }
      return roles
    }
  }
}
