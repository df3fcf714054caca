import Foundation

/// A paper-ready analysis of an innovation network (`netgraph report`): summary counts,
/// structure, the most central entities, brokers, kind mixing and communities, with the
/// diagram embedded. Renders as self-contained Markdown (diagram as a data URI) or HTML
/// (diagram inline).
public struct NetworkReport: Sendable {
  /// What the report covers, e.g. "the bundled seeds corpus" or "西安".
  public let scope: String
  public let network: InnovationNetwork
  public let statistics: NetworkStatistics
  public let centrality: CentralityTable
  public let brokerage: [BrokerageRoles]
  public let communities: CommunityReport
  /// The diagram as SVG text, or why it is missing.
  public let diagram: Result<String, ReportDiagramError>
  /// Rows per ranking table.
  public let top: Int
  /// The thesaurus applied before analysis, if any (stated in the Data paragraph).
  public let curation: CurationSummary?
  /// The network by year (by quarter or month when it spans one year), when its mentions
  /// carry dates (`.jsonl`, `.csv`, HTML corpora); `nil` otherwise.
  public let timeline: NetworkTimeline?

  /// The measures ranked in the report, in order.
  public static let measures: [CentralityMeasure] = [
    .degree, .betweenness, .eigenvector, .pagerank, .constraint, .effectiveSize,
  ]

  /// Analyses `network`: measures on the undirected view (weights as evidence strengths),
  /// brokerage on the directed view (cooperation both ways), Leiden communities.
  /// - Parameters:
  ///   - network: The (possibly park-filtered) network.
  ///   - scope: Words naming what it covers.
  ///   - diagramSVG: The rendered diagram, or the error that prevented it.
  ///   - communitySettings: Community detection settings (default Leiden, seed 42).
  ///   - top: Rows per ranking.
  ///   - curation: What a thesaurus changed, when one was applied.
  /// - Throws: `AlgorithmError` from a measure.
  /// - Complexity: dominated by betweenness, O(nm).
  public init(
    network: InnovationNetwork, scope: String, diagramSVG: Result<String, ReportDiagramError>,
    communitySettings: CommunitySettings = CommunitySettings(), top: Int = 10, threads: Int? = nil,
    curation: CurationSummary? = nil
  ) throws {
    self.scope = scope
    self.curation = curation
    self.network = network
    self.top = top
    let graph = Graph(network: network, directed: false)
    statistics = NetworkStatistics(graph: graph, threads: threads)
    // Power iteration mixes slowly on networks of many small components; a generous limit
    // keeps the report from failing where networkx's 100 iterations would not suffice.
    centrality = try CentralityTable(
      graph: graph, measures: Self.measures, threads: threads, maxIterations: 100_000)
    brokerage = Graph(network: network, directed: true).brokerageRoles()
    communities = CommunityReport(graph: graph, result: try graph.communities(communitySettings))
    diagram = diagramSVG
    timeline = Self.timeline(of: network)
  }

  /// The coarsest slicing with more than one period, if the network has dates.
  static func timeline(of network: InnovationNetwork) -> NetworkTimeline? {
    guard network.entities.contains(where: { $0.mentions.contains { $0.date != nil } }) else { return nil }
    var result: NetworkTimeline?
    for slice in TimeSlice.allCases {
      guard let timeline = try? NetworkTimeline(network: network, slice: slice) else { return nil }
      result = timeline
      if timeline.rows.count > 1 { break }
    }
    return result
  }

  /// The paragraph opening the "Change over time" section.
  var timelineText: String? {
    guard let timeline, let first = timeline.rows.first, let last = timeline.rows.last else { return nil }
    let busiest = timeline.rows.max { ($0.newTies, $1.period) < ($1.newTies, $0.period) }!
    var text =
      "Dated articles run from \(first.period) to \(last.period) (\(timeline.rows.count) \(timeline.slice.rawValue)s). "
      + "Table 7 gives the network found in each \(timeline.slice.rawValue)'s articles: entities and ties, those new "
      + "against the previous period and those no longer seen."
    if busiest.newTies > 0 {
      text += " Most new ties appeared in \(busiest.period) (\(busiest.newTies))."
    }
    if case .leftOutArticles(let undated, let imprecise)? = timeline.warning, undated + imprecise > 0 {
      text += " \(undated + imprecise) article\(undated + imprecise == 1 ? " is" : "s are") left out for want of a date precise enough."
    }
    return text
  }

  // MARK: Content shared by both formats

  private var names: [String] { centrality.names }

  /// Node ids ranked by `measure` (ties by name), undefined values and isolated nodes left
  /// out for measures that need ties.
  func ranking(_ measure: CentralityMeasure) -> [Int] {
    let m = Self.measures.firstIndex(of: measure)!
    let values = centrality.values[m]
    let degree = centrality.values[Self.measures.firstIndex(of: .degree)!]
    return values.indices
      .filter { !values[$0].isNaN && degree[$0] > 0 }
      .sorted { a, b in
        if values[a] != values[b] { return measure.higherIsCentral ? values[a] > values[b] : values[a] < values[b] }
        return names[a] < names[b]
      }
  }

  func value(_ measure: CentralityMeasure, _ node: Int) -> Double {
    centrality.values[Self.measures.firstIndex(of: measure)!][node]
  }

  private func label(_ node: Int) -> String {
    let kind = centrality.kinds[node].map { " (\($0.rawValue))" } ?? ""
    return names[node] + kind
  }

  /// "A (0.31), B (0.25) and C (0.2)".
  private func list(_ nodes: [Int], _ measure: CentralityMeasure) -> String {
    let parts = nodes.map { "\(label($0)), \(Self.significant(value(measure, $0)))" }
    guard parts.count > 1 else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: "; ") + "; and " + parts.last!
  }

  /// Three significant digits (`0.00213`, `12.0`), for values spanning orders of magnitude.
  static func significant(_ x: Double) -> String {
    guard x.isFinite else { return NumberFormat.compact(x) }
    if x == 0 { return "0" }
    return String(format: "%.3g", x)
  }

  /// Paragraphs of prose, in order: data, structure, centrality, brokers, mixing, communities.
  func paragraphs() -> [(heading: String, text: String)] {
    let s = statistics
    var out: [(String, String)] = []
    let evidence = network.relations.reduce(0) { $0 + $1.evidence.count }
    let kindCounts = network.entityCounts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }
    let relationCounts = network.relationCounts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }
    var data = "The network of \(scope) has \(s.nodes) entities"
    if !kindCounts.isEmpty { data += " (\(kindCounts.joined(separator: ", ")))" }
    data += " joined by \(network.relations.count) relations"
    if !relationCounts.isEmpty { data += " (\(relationCounts.joined(separator: ", ")))" }
    if evidence > 0 { data += ", supported by \(evidence) evidence sentences" }
    data +=
      ". Relations between the same pair of entities are merged into one tie whose weight is "
      + "their number of evidence sentences; the analysis uses the undirected view (\(s.edges) ties)."
    if let curation { data += " " + curation.sentence }
    out.append(("Data", data))

    var structure =
      "Density is \(NumberFormat.fixed(s.density, 4)) and the mean degree "
      + "\(NumberFormat.fixed(s.meanDegree, 2)). "
      + (s.components == 1 ? "The network is connected" : "The network falls into \(s.components) components")
    structure += s.isolatedNodes == 1 ? ", one of them an isolated entity" : ""
    structure += s.isolatedNodes > 1 ? ", \(s.isolatedNodes) of them isolated entities" : ""
    structure +=
      "; the largest holds \(s.largestComponent) entities "
      + "(\(s.nodes > 0 ? NumberFormat.fixed(100 * Double(s.largestComponent) / Double(s.nodes), 1) : "0")%), "
      + "with diameter \(NumberFormat.compact(s.pathLengths.diameter)) and average path length "
      + "\(NumberFormat.fixed(s.pathLengths.averageLength, 2)). Transitivity is "
      + "\(NumberFormat.fixed(s.transitivity, 3)) and the average clustering coefficient "
      + "\(NumberFormat.fixed(s.averageClustering, 3))."
    out.append(("Structure", structure))

    let byDegree = Array(ranking(.degree).prefix(3))
    let byBetweenness = Array(ranking(.betweenness).filter { value(.betweenness, $0) > 0 }.prefix(3))
    var central = ""
    if !byDegree.isEmpty {
      central += "The most connected entities (degree centrality) are \(list(byDegree, .degree)). "
    }
    if !byBetweenness.isEmpty {
      central +=
        "The entities lying most often on shortest paths between others (normalised "
        + "betweenness) are \(list(byBetweenness, .betweenness))."
    } else {
      central += "No entity lies between two others on a shortest path (all betweenness is zero)."
    }
    out.append(("Central entities", central))

    let lowConstraint = Array(
      ranking(.constraint).filter { value(.degree, $0) * Double(max(s.nodes - 1, 1)) >= 2 }.prefix(3))
    let topBrokers = brokerage.indices.filter { brokerage[$0].total > 0 }
      .sorted {
        brokerage[$0].total != brokerage[$1].total ? brokerage[$0].total > brokerage[$1].total : names[$0] < names[$1]
      }
      .prefix(3)
    var brokers = ""
    if !lowConstraint.isEmpty {
      brokers +=
        "Burt's constraint is lowest — the ego networks richest in structural holes — for "
        + "\(list(lowConstraint, .constraint)). "
    }
    if let first = topBrokers.first {
      let roles = zip(BrokerageRoles.roleNames, brokerage[first].counts).filter { $0.1 > 0 }
        .map { "\($0.1) as \($0.0)" }.joined(separator: ", ")
      brokers +=
        "Counting Gould–Fernandez brokerage with entity kind as the group, "
        + "\(label(first)) brokers the most open two-paths (\(brokerage[first].total): \(roles))."
    } else {
      brokers += "No entity brokers an open two-path (Gould–Fernandez counts are all zero)."
    }
    out.append(("Brokers", brokers))

    if !s.kindAssortativity.isNaN {
      let mixing = s.eiByKind.filter { $0.kind != nil && !$0.index.value.isNaN }
        .map { "\($0.kind!.rawValue) \(NumberFormat.fixed($0.index.value, 2))" }
      var text =
        "Ties mostly cross entity kinds: the kind assortativity coefficient is "
        + "\(NumberFormat.fixed(s.kindAssortativity, 3)) and the network E-I index "
        + "\(NumberFormat.fixed(s.eiNetwork.value, 3)) (−1: all ties within a kind, +1: all between kinds)."
      if s.kindAssortativity > 0 {
        text = text.replacingOccurrences(
          of: "Ties mostly cross entity kinds", with: "Ties tend to stay within entity kinds")
      }
      if !mixing.isEmpty { text += " By kind: \(mixing.joined(separator: ", "))." }
      out.append(("Mixing between kinds", text))
    }

    let result = communities.result
    let groups = result.partition.communities.filter { $0.count >= 2 }
    let singletons = result.partition.membership.count - groups.reduce(0) { $0 + $1.count }
    var community =
      "Leiden community detection (resolution "
      + "\(NumberFormat.compact(result.settings.resolution)), seed \(result.settings.seed)) finds "
      + "\(groups.count) communities of two or more entities"
      + (singletons > 0 ? " (the other \(singletons) entities stay alone)" : "")
      + ", with modularity \(NumberFormat.fixed(result.modularity, 3))"
    if let stability = result.stability {
      community += " (stability across \(result.settings.runs) seeds: mean NMI \(NumberFormat.fixed(stability, 3)))"
    }
    let large = (0..<result.partition.count).filter { result.partition.communities[$0].count >= 3 }.prefix(3)
    if !large.isEmpty {
      let described = large.map { c -> String in
        let members = communities.rankedMembers(c)
        return
          "\(members.count) entities around \(members.prefix(2).map { names[$0] }.joined(separator: " and ")) (\(communities.kindMix(members)))"
      }
      community += "; the largest gather " + described.joined(separator: "; ")
    }
    out.append(("Communities", community + "."))
    return out
  }

  /// Ranking table: rank, entity, kind, then the report's measures.
  func centralityRows(_ measure: CentralityMeasure) -> TextTable {
    let rows = ranking(measure).prefix(top).enumerated().map { rank, v -> [String] in
      [String(rank + 1), names[v], centrality.kinds[v]?.rawValue ?? "-"]
        + Self.measures.map { Self.significant(value($0, v)) }
    }
    return TextTable(
      header: ["#", "entity", "kind"] + Self.measures.map(\.rawValue), rows: rows,
      rightAligned: Set([0] + (3..<(3 + Self.measures.count))))
  }

  func brokerageRows() -> TextTable {
    let ranked = brokerage.indices.filter { brokerage[$0].total > 0 }
      .sorted {
        brokerage[$0].total != brokerage[$1].total ? brokerage[$0].total > brokerage[$1].total : names[$0] < names[$1]
      }
      .prefix(top)
    let rows = ranked.map { v in
      [names[v], centrality.kinds[v]?.rawValue ?? "-"] + brokerage[v].counts.map(String.init)
        + [String(brokerage[v].total), NumberFormat.fixed(value(.constraint, v), 3)]
    }
    return TextTable(
      header: ["entity", "kind"] + BrokerageRoles.roleNames + ["total", "constraint"], rows: rows,
      rightAligned: Set(2..<9))
  }

  func mixingRows() -> TextTable {
    let rows = statistics.eiByKind.map { entry in
      [
        entry.kind?.rawValue ?? "untyped",
        String(statistics.nodesByKind.first { $0.kind == entry.kind }?.count ?? 0),
        String(entry.index.internal_), String(entry.index.external),
        NumberFormat.fixed(entry.index.value, 3),
      ]
    }
    return TextTable(
      header: ["kind", "entities", "internal ties", "external ties", "E-I index"], rows: rows,
      rightAligned: [1, 2, 3, 4])
  }

  func communityRows() -> TextTable {
    let result = communities.result
    let shown = (0..<result.partition.count).filter { result.partition.communities[$0].count >= 2 }.prefix(top)
    let rows = shown.map { c -> [String] in
      let members = communities.rankedMembers(c)
      return [
        String(c + 1), String(members.count), communities.kindMix(members),
        members.prefix(5).map { names[$0] }.joined(separator: ", ") + (members.count > 5 ? ", …" : ""),
      ]
    }
    return TextTable(header: ["community", "size", "kinds", "leading members"], rows: rows, rightAligned: [0, 1])
  }

  static let methods = """
    Measures follow networkx 3.6 definitions: degree centrality degree/(n−1); betweenness \
    (Brandes 2001) normalised by (n−1)(n−2)/2, with tie length 1/weight; eigenvector \
    centrality (Bonacich 1972) with unit Euclidean norm (power iteration as networkx, up to \
    100,000 iterations); PageRank (Brin & Page 1998) with \
    α = 0.85; Burt's constraint and effective size (Burt 1992; isolated entities undefined); \
    Gould–Fernandez brokerage (1989) on the directed view (cooperation counts both ways), \
    with the entity kind as the group; E-I index (Krackhardt & Stern 1988); kind \
    assortativity (Newman 2003); Leiden communities (Traag, Waltman & van Eck 2019) on \
    evidence-weighted ties. Distances are hops within the largest component.
    """
}

/// Why a report has no diagram.
public struct ReportDiagramError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
