import ArgumentParser

@main
struct NetGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "netgraph",
    abstract: "Extract, analyse and draw innovation networks from Chinese high-tech-zone news.",
    discussion: """
      With no PATH, commands read the bundled seeds corpus. Example:
        netgraph render --park 西安 > g.svg
      """,
    version: "0.1.0",
    subcommands: [ExtractCommand.self, MergeCommand.self, EvolveCommand.self, EntitiesCommand.self, RenderCommand.self, ExportCommand.self, CentralityCommand.self, CommunitiesCommand.self, StatsCommand.self, ReportCommand.self]
  )
}
