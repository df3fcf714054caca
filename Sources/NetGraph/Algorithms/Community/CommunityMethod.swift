/// Community detection methods of `netgraph communities`; raw values are the CLI spellings.
public enum CommunityMethod: String, CaseIterable, Sendable, Codable {
  case louvain
  case leiden
  /// Asynchronous label propagation.
  case lpa
}

/// Settings of a community detection run, recorded in the output.
public struct CommunitySettings: Hashable, Sendable {
  public var method: CommunityMethod
  public var resolution: Double
  public var seed: UInt64
  /// Number of seeds for a consensus (1: a single run).
  public var runs: Int
  public var weighting: Graph.Weighting
  /// Runs of Louvain or Leiden, each from the previous partition; a negative value repeats
  /// until the partition (Leiden) or modularity (Louvain) stops improving; `nil` takes the
  /// method's default (`defaultIterations`).
  public var iterations: Int?

  public init(
    method: CommunityMethod = .leiden, resolution: Double = 1, seed: UInt64 = 42, runs: Int = 1,
    weighting: Graph.Weighting = .strength, iterations: Int? = nil
  ) {
    self.method = method
    self.resolution = resolution
    self.seed = seed
    self.runs = runs
    self.weighting = weighting
    self.iterations = iterations
  }

  /// The iterations a run uses: the given ones, else Leiden 2 (python-igraph's
  /// `community_leiden(n_iterations=2)`) and Louvain until modularity stops improving (−1;
  /// one Blondel run leaves modularity on the table on planted partitions); label
  /// propagation has none (0).
  public var effectiveIterations: Int {
    switch method {
    case .leiden: return iterations ?? 2
    case .louvain: return iterations ?? -1
    case .lpa: return 0
    }
  }
}

/// The outcome of community detection: the partition, its modularity, and with several runs
/// the stability of the result across seeds.
public struct CommunityResult: Sendable {
  public var settings: CommunitySettings
  public var partition: Partition
  /// Modularity (resolution as in the settings) on the undirected, strength-weighted view.
  public var modularity: Double
  /// Mean pairwise NMI of the runs over the seeds (nil for a single run): 1 when every seed
  /// found the same communities.
  public var stability: Double?
  /// Consensus rounds used (nil for a single run; 0 when all runs already agreed).
  public var consensusRounds: Int?
  /// Modularity of every run, in seed order (one value for a single run).
  public var runModularities: [Double]
}

extension Graph {
  /// Detects communities with `settings.method`.
  ///
  /// Louvain and Leiden run `settings.effectiveIterations` times, each from the previous
  /// result (Leiden twice, as python-igraph; Louvain until stable); a negative count iterates
  /// until the partition (Leiden) or modularity (Louvain) stops improving, which costs extra
  /// passes for a little quality.
  /// With `runs` > 1, runs seeds `seed, seed + 1, …`, reports their mean pairwise NMI as the
  /// stability, and returns their consensus partition (`consensusPartition(of:…)`,
  /// Lancichinetti & Fortunato 2012, on the ties, threshold 0.5).
  /// - Throws: `AlgorithmError` for invalid parameters or weights.
  /// - Complexity: `runs` times the method's per consensus round, plus O(runs² n) for the
  ///   comparisons.
  public func communities(_ settings: CommunitySettings) throws -> CommunityResult {
    guard settings.runs >= 1 else {
      throw AlgorithmError.invalidParameter(
        name: "runs", value: "\(settings.runs)", rule: "needs at least one run")
    }
    let view = try undirected().weighted(for: .strength, as: settings.weighting)
    func detect(_ graph: Graph, _ seed: UInt64) throws -> Partition {
      switch settings.method {
      case .louvain:
        return try graph.louvainCommunities(
          resolution: settings.resolution, iterations: settings.effectiveIterations, seed: seed)
      case .leiden:
        return try graph.leidenCommunities(
          resolution: settings.resolution, iterations: settings.effectiveIterations, seed: seed)
      case .lpa:
        return graph.labelPropagationCommunities(seed: seed)
      }
    }
    let partitions = try (0..<settings.runs).map { try detect(view, settings.seed &+ UInt64($0)) }
    let modularities = partitions.map { view.modularity(of: $0, resolution: settings.resolution) }
    guard partitions.count > 1 else {
      return CommunityResult(
        settings: settings, partition: partitions[0], modularity: modularities[0],
        stability: nil, consensusRounds: nil, runModularities: modularities)
    }
    var total = 0.0
    for i in partitions.indices {
      for j in partitions.indices where j > i {
        total += partitions[i].normalizedMutualInformation(with: partitions[j])
      }
    }
    let pairs = Double(partitions.count * (partitions.count - 1) / 2)
    let consensus = try view.consensusPartition(
      of: partitions, seed: settings.seed &+ UInt64(settings.runs), recluster: detect)
    return CommunityResult(
      settings: settings, partition: consensus.partition,
      modularity: view.modularity(of: consensus.partition, resolution: settings.resolution),
      stability: total / pairs, consensusRounds: consensus.rounds, runModularities: modularities)
  }
}
