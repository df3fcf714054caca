import ArgumentParser
import NetGraph

/// `--basis stated|all`: which relations a corpus command keeps (CLI.md, `extract`).
enum BasisSelection: String, ExpressibleByArgument, CaseIterable {
  /// Only ties a sentence states with both ends in it.
  case stated
  /// Every tie, including those whose one end the article supplies.
  case all

  static let help = ArgumentHelp(
    "Keep only relations a sentence states (stated) or also those whose one end the article supplies (all).",
    valueName: "stated|all")

  /// The network with the relations this selection keeps.
  func apply(_ network: InnovationNetwork) -> InnovationNetwork {
    self == .stated ? network.keeping(basis: .stated) : network
  }
}
