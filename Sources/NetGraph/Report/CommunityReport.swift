/// Communities rendered for `netgraph communities`: each community with its size, mix of
/// entity kinds and best-connected members.
public struct CommunityReport: Sendable {
  public let result: CommunityResult
  public let names: [String]
  public let kinds: [EntityKind?]
  /// Strength of each node in the analysed view, used to pick top members.
  public let strengths: [Double]

  public init(graph: Graph, result: CommunityResult) {
    self.result = result
    self.names = graph.names
    self.kinds = graph.kinds
    self.strengths =
      (try? graph.undirected().weighted(for: .strength, as: result.settings.weighting))?
      .strengths() ?? graph.strengths()
  }

  /// Members of community `c`, by decreasing strength, ties by name.
  public func rankedMembers(_ c: Int) -> [Int] {
    result.partition.communities[c].map(\.index).sorted {
      strengths[$0] != strengths[$1] ? strengths[$0] > strengths[$1] : names[$0] < names[$1]
    }
  }

  /// "3 university, 2 park" — kinds by count, then kind order; untyped last.
  public func kindMix(_ members: [Int]) -> String {
    var counts: [EntityKind?: Int] = [:]
    for v in members { counts[kinds[v], default: 0] += 1 }
    let order: [EntityKind?] = EntityKind.allCases.map { $0 } + [nil]
    return order.compactMap { kind in counts[kind].map { (kind, $0) } }
      .sorted { $0.1 > $1.1 }
      .map { "\($0.1) \($0.0?.rawValue ?? "untyped")" }
      .joined(separator: ", ")
  }

  /// The report in `format`: CSV `node,community` (one row per node, in node order); JSON
  /// `{"method", "modularity", "communities": [[node, …], …]}` plus the settings; text and
  /// Markdown one row per community with its top `topMembers` members.
  public func render(_ format: TableFormat, topMembers: Int = 5) -> String {
    let partition = result.partition
    switch format {
    case .csv:
      return TextTable(
        header: ["node", "community"],
        rows: names.indices.map { [names[$0], String(partition.membership[$0])] }
      ).csv()
    case .json:
      let communities = partition.communities.map { members in
        JSONText.array(members.map { JSONText.string(names[$0.index]) })
      }
      let settings = result.settings
      var fields: [(String, String)] = [
        ("method", JSONText.string(settings.method.rawValue)),
        ("modularity", JSONText.number(result.modularity)),
        ("resolution", JSONText.number(settings.resolution)),
        ("seed", String(settings.seed)),
        ("runs", String(settings.runs)),
      ]
      if settings.method != .lpa { fields.append(("iterations", String(settings.effectiveIterations))) }
      fields += [
        ("weight", JSONText.string(settings.weighting.rawValue)),
      ]
      if let stability = result.stability { fields.append(("stability", JSONText.number(stability))) }
      if let rounds = result.consensusRounds { fields.append(("consensus_rounds", String(rounds))) }
      fields.append(("communities", "[\n  " + communities.joined(separator: ",\n  ") + "\n]"))
      return JSONText.object(fields) + "\n"
    case .table, .markdown:
      let rows = (0..<partition.count).map { c -> [String] in
        let members = rankedMembers(c)
        return [
          String(c), String(members.count), kindMix(members),
          members.prefix(topMembers).map { names[$0] }.joined(separator: ", ")
            + (members.count > topMembers ? ", …" : ""),
        ]
      }
      let table = TextTable(
        header: ["community", "size", "kinds", "top members"], rows: rows, rightAligned: [0, 1])
      var text = summaryLine() + "\n\n"
      text += format == .table ? table.plainText() : table.markdown()
      return text
    }
  }

  /// One sentence: method, settings, modularity, community count, stability.
  public func summaryLine() -> String {
    let s = result.settings
    var line = "\(s.method.rawValue) (resolution \(NumberFormat.compact(s.resolution)), seed \(s.seed)"
    if s.method != .lpa {
      let n = s.effectiveIterations
      line += n < 0 ? ", iterated until stable" : ", \(n) iteration\(n == 1 ? "" : "s")"
    }
    if s.runs > 1 { line += ", consensus of \(s.runs) runs" }
    line +=
      ", weight \(s.weighting.rawValue)): \(result.partition.count) communities, modularity "
      + NumberFormat.fixed(result.modularity, 4)
    if let stability = result.stability {
      line += ", stability (mean NMI across seeds) " + NumberFormat.fixed(stability, 3)
    }
    return line
  }
}
