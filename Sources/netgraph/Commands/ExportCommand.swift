import ArgumentParser
import Foundation
import NetGraph

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the network in a research file format (DOT, GraphML, GEXF, …).",
    discussion: """
      Example: the bundled seeds network as DOT, checked by Graphviz:
        netgraph export --format dot -o out/seeds.dot && dot -Tsvg out/seeds.dot > /dev/null
      """
  )

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case dot
  }

  @OptionGroup var input: GraphInputOptions

  @Option(help: "Export format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: Format

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func run() throws {
    let network = try input.loadNetwork()
    switch format {
    case .dot:
      try OutputWriter.write(Data(DOTWriter().dotString(network).utf8), to: output)
    }
  }
}
