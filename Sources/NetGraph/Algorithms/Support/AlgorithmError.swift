import Foundation

/// Failures of graph algorithms: bad parameters and non-convergence (networkx raises
/// `PowerIterationFailedConvergence`; a quiet, unconverged result would be worse).
public enum AlgorithmError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// An iterative method did not reach `tolerance` within `iterations`.
  case notConverged(algorithm: String, iterations: Int, tolerance: Double)
  /// A parameter breaks its rule (`rule` says which, e.g. "alpha must be in (0, 1)").
  case invalidParameter(name: String, value: String, rule: String)
  /// A zero-length edge used as a tie strength under `--weight distance`.
  case zeroLengthEdge(source: String, target: String)
  /// The measure is not defined for this kind of graph.
  case notImplemented(algorithm: String, reason: String)

  public var description: String {
    switch self {
    case .notConverged(let algorithm, let iterations, let tolerance):
      return "\(algorithm) did not converge within \(iterations) iterations (tolerance \(tolerance)); "
        + "raise the iteration limit (--max-iterations) or loosen the tolerance"
    case .invalidParameter(let name, let value, let rule):
      return "invalid \(name) \(value): \(rule)"
    case .zeroLengthEdge(let source, let target):
      return "edge \(source) – \(target) has length 0, so it has no finite strength under "
        + "'--weight distance'; use '--weight strength' or '--weight none', or give it a positive length"
    case .notImplemented(let algorithm, let reason):
      return "\(algorithm) is not available: \(reason)"
    }
  }

  public var errorDescription: String? { description }
}
