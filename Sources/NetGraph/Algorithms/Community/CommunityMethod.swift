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

  public init(
    method: CommunityMethod = .leiden, resolution: Double = 1, seed: UInt64 = 42, runs: Int = 1,
    weighting: Graph.Weighting = .strength
  ) {
    self.method = method
    self.resolution = resolution
    self.seed = seed
    self.runs = runs
    self.weighting = weighting
  }
}

/// The outcome of community detection: the partition, its modularity, and with several runs
/// the stability of the result across seeds.
public struct CommunityResult: Sendable {
  public var settings: CommunitySettings
  public var partition: Partition
  /// Modularity (resolution as in the settings) on the undirected, strength-weighted view.
  public var modularity: Double
  /// Mean NMI between the chosen partition and the other runs (nil for a single run).
  public var stability: Double?
  /// Modularity of every run, in seed order (one value for a single run).
  public var runModularities: [Double]
}

extension Graph {
  /// Detects communities with `settings.method`.
  ///
  /// Louvain and Leiden are iterated from their own result until the partition (Leiden) or
  /// modularity (Louvain) stops improving, which costs a few extra passes and gains quality.
  /// With `runs` > 1, runs seeds `seed, seed + 1, …` and returns the *medoid* partition: the
  /// run with the highest mean NMI to all others (ties: higher modularity, then lower seed),
  /// with that mean NMI as its stability (1 = every seed found the same communities).
  /// - Throws: `AlgorithmError` for invalid parameters or weights.
  /// - Complexity: `runs` times the method's, plus O(runs² n) for the comparisons.
  public func communities(_ settings: CommunitySettings) throws -> CommunityResult {
    guard settings.runs >= 1 else {
      throw AlgorithmError.invalidParameter(
        name: "runs", value: "\(settings.runs)", rule: "needs at least one run")
    }
    let view = try undirected().weighted(for: .strength, as: settings.weighting)
    var partitions: [Partition] = []
    for r in 0..<settings.runs {
      let seed = settings.seed &+ UInt64(r)
      switch settings.method {
      case .louvain:
        partitions.append(
          try view.louvainCommunities(
            resolution: settings.resolution, iterations: -1, seed: seed))
      case .leiden:
        partitions.append(
          try view.leidenCommunities(resolution: settings.resolution, iterations: -1, seed: seed))
      case .lpa:
        partitions.append(view.labelPropagationCommunities(seed: seed))
      }
    }
    let modularities = partitions.map { view.modularity(of: $0, resolution: settings.resolution) }
    guard partitions.count > 1 else {
      return CommunityResult(
        settings: settings, partition: partitions[0], modularity: modularities[0],
        stability: nil, runModularities: modularities)
    }
    var meanNMI = [Double](repeating: 0, count: partitions.count)
    for i in partitions.indices {
      for j in partitions.indices where j > i {
        let nmi = partitions[i].normalizedMutualInformation(with: partitions[j])
        meanNMI[i] += nmi
        meanNMI[j] += nmi
      }
    }
    meanNMI = meanNMI.map { $0 / Double(partitions.count - 1) }
    let chosen = partitions.indices.max { a, b in
      (meanNMI[a], modularities[a], -a) < (meanNMI[b], modularities[b], -b)
    }!
    return CommunityResult(
      settings: settings, partition: partitions[chosen], modularity: modularities[chosen],
      stability: meanNMI[chosen], runModularities: modularities)
  }
}
