import ArgumentParser
import Foundation
import NetGraph

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a self-contained Markdown or HTML analysis report with the diagram embedded.",
    discussion: """
      Covers summary counts, structure, the most central entities, brokers (Burt's \
      constraint, Gould–Fernandez roles by kind), mixing between kinds and Leiden \
      communities, written as a results section. The format follows -o's extension \
      (.html or .md) unless --format is given.
      Example: a report on the 西安 high-tech zone's neighbourhood,
        netgraph report --park 西安 -o out/西安.html
      """
  )

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case markdown, html
  }

  @OptionGroup var input: GraphInputOptions

  @Option(help: "Report on the parks whose name contains this text and their neighbourhood.")
  var park: String?

  @Option(help: "Neighbourhood depth for --park.")
  var depth: Int = 1

  @Option(name: .long, help: "Output format: markdown or html (default: from -o's extension, else markdown).")
  var format: Format?

  @Option(name: .long, help: "Rows per ranking table.")
  var top: Int = 10

  @Option(name: .long, help: "Seed of the Leiden community detection.")
  var seed: UInt64 = 42

  @Option(name: .long, help: "Worker threads for extracting a corpus and for path-based measures (default: one per core).")
  var threads: Int?

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1.") }
    if depth < 0 || depth > 5 { throw ValidationError("--depth must be between 0 and 5.") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
  }

  func run() throws {
    let loaded = try input.loadCuratedNetwork(threads: threads)
    var network = loaded.network
    var scope = input.graph ?? (input.paths.isEmpty ? "the bundled seeds corpus" : input.paths.joined(separator: ", "))
    if let park {
      network = try ParkFilter(park, depth: depth, registry: try ParkRegistry.load()).apply(to: network)
      scope = park
    }
    let drawn = NetworkFilter(dropIsolated: park == nil).apply(to: network)
    let diagram: Result<String, ReportDiagramError>
    do {
      var renderer = DiagramRenderer(theme: try Theme.bundled(), format: .svg)
      renderer.community = try drawn.communityMembership(CommunitySettings(seed: seed))
      diagram = .success(String(decoding: try renderer.render(drawn), as: UTF8.self))
    } catch {
      OutputWriter.warn("report: the diagram could not be drawn: \(error)")
      diagram = .failure(ReportDiagramError("\(error)"))
    }
    let report = try NetworkReport(
      network: network, scope: scope, diagramSVG: diagram,
      communitySettings: CommunitySettings(seed: seed), top: top, threads: threads, curation: loaded.summary)
    let resolved =
      format
      ?? (output.map { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") } == true
        ? .html : .markdown)
    let text = resolved == .html ? report.html() : report.markdown()
    try OutputWriter.write(Data(text.utf8), to: output)
  }
}
