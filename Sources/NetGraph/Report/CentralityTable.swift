/// Centrality values of every node for several measures, ranked and rendered for
/// `netgraph centrality`.
public struct CentralityTable: Sendable {
  public let measures: [CentralityMeasure]
  public let weighting: Graph.Weighting
  public let isDirected: Bool
  public let names: [String]
  public let kinds: [EntityKind?]
  /// `values[m][node]`: measure `measures[m]` of node `node`.
  public let values: [[Double]]

  /// Computes `measures` on `graph`.
  /// - Parameters:
  ///   - betweennessSamples: (k, seed) to estimate betweenness from k sampled source pivots;
  ///     `nil` is exact.
  ///   - maxIterations: Iteration limit of eigenvector centrality and PageRank.
  /// - Throws: `AlgorithmError` from a measure.
  /// - Complexity: the sum of the measures' complexities.
  public init(
    graph: Graph, measures: [CentralityMeasure], weighting: Graph.Weighting = .strength,
    threads: Int? = nil, betweennessSamples: (count: Int, seed: UInt64)? = nil,
    maxIterations: Int = 100
  ) throws {
    self.measures = measures
    self.weighting = weighting
    self.isDirected = graph.isDirected
    self.names = graph.names
    self.kinds = graph.kinds
    self.values = try measures.map { measure in
      if measure == .betweenness, let (k, seed) = betweennessSamples {
        return try graph.weighted(for: .length, as: weighting)
          .betweennessCentrality(sampleSize: k, seed: seed, threads: threads)
      }
      return try graph.centrality(
        measure, weighting: weighting, threads: threads, maxIterations: maxIterations)
    }
  }

  /// Node ids ranked by the first measure (descending; ascending for constraint, whose low
  /// values mark brokers), undefined values last, ties by name then id. With `byKind`, ranks
  /// within each entity kind (kinds in `EntityKind` order, untyped last) and keeps `top` per
  /// kind. Without `top` and `byKind` and with `ranked` false: all nodes in id order.
  public func rows(top: Int?, byKind: Bool, ranked: Bool) -> [Int] {
    let all = Array(names.indices)
    guard ranked || top != nil || byKind, let first = measures.first else { return all }
    let column = values[0]
    let ascending = !first.higherIsCentral
    func precedes(_ a: Int, _ b: Int) -> Bool {
      let x = column[a], y = column[b]
      if x.isNaN != y.isNaN { return !x.isNaN }
      if !x.isNaN && x != y { return ascending ? x < y : x > y }
      if names[a] != names[b] { return names[a] < names[b] }
      return a < b
    }
    if let top, !byKind, top <= 64, top < all.count / 8 {
      // A few top rows of many: keep the best `top` in order while scanning (the order is
      // total, so this is the sorted prefix).
      var best: [Int] = []
      best.reserveCapacity(top + 1)
      for v in all where best.count < top || precedes(v, best[best.count - 1]) {
        var low = 0, high = best.count
        while low < high {
          let mid = (low + high) / 2
          if precedes(best[mid], v) { low = mid + 1 } else { high = mid }
        }
        best.insert(v, at: low)
        if best.count > top { best.removeLast() }
      }
      return best
    }
    let order = all.sorted(by: precedes)
    guard byKind else { return top.map { Array(order.prefix($0)) } ?? order }
    let groups: [EntityKind?] = EntityKind.allCases.map { $0 } + [nil]
    return groups.flatMap { kind -> [Int] in
      let members = order.filter { kinds[$0] == kind }
      return top.map { Array(members.prefix($0)) } ?? members
    }
  }

  /// The table in `format`. CSV has the header `node,<measure>,...` (plus a trailing `kind`
  /// column with `byKind`), full-precision values and empty fields for undefined values; JSON
  /// records the settings and one object per node; text and Markdown round to 6 decimals.
  public func render(_ format: TableFormat, top: Int? = nil, byKind: Bool = false) -> String {
    let rowIDs = rows(top: top, byKind: byKind, ranked: format == .table || format == .markdown)
    switch format {
    case .csv:
      let header = ["node"] + measures.map(\.rawValue) + (byKind ? ["kind"] : [])
      let body = rowIDs.map { v in
        [names[v]] + values.map { $0[v].isNaN ? "" : JSONText.number($0[v]) }
          + (byKind ? [kinds[v]?.rawValue ?? ""] : [])
      }
      return TextTable(header: header, rows: body).csv()
    case .json:
      let nodes = rowIDs.map { v in
        JSONText.object(
          [
            ("node", JSONText.string(names[v])),
            ("kind", kinds[v].map { JSONText.string($0.rawValue) } ?? "null"),
          ]
            + zip(measures, values).map { ($0.rawValue, JSONText.number($1[v])) })
      }
      return JSONText.object([
        ("measures", JSONText.array(measures.map { JSONText.string($0.rawValue) })),
        ("weight", JSONText.string(weighting.rawValue)),
        ("directed", isDirected ? "true" : "false"),
        ("nodes", "[\n  " + nodes.joined(separator: ",\n  ") + "\n]"),
      ]) + "\n"
    case .table, .markdown:
      let header = ["#", "node", "kind"] + measures.map(\.rawValue)
      var rank = 0
      var previousKind: EntityKind?? = .none
      let body = rowIDs.map { v -> [String] in
        if byKind, previousKind != .some(kinds[v]) { rank = 0; previousKind = .some(kinds[v]) }
        rank += 1
        return [String(rank), names[v], kinds[v]?.rawValue ?? "-"]
          + values.map { NumberFormat.compact($0[v]) }
      }
      let table = TextTable(
        header: header, rows: body, rightAligned: Set([0] + measures.indices.map { $0 + 3 }))
      return format == .table ? table.plainText() : table.markdown()
    }
  }
}
