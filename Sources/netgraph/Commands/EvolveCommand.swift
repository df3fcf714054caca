import ArgumentParser
import Foundation
import NetGraph

extension TimeSlice: ExpressibleByArgument {}

/// `netgraph evolve`: the network per year, quarter or month of the articles' dates.
struct EvolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evolve",
    abstract: "Show how the network changes over time: one row per year, quarter or month.",
    discussion: """
      Reads dated articles (.jsonl/.csv 'date', HTML <time datetime> or published-time meta;
      undated ones are counted on stderr and left out). Columns: period, articles, entities,
      relations, new_entities, new_ties, lost_ties (against the previous period), density,
      largest_component, top_entities (three of highest degree, ';'-separated). A row equals
      'extract --from P --to P' of its period; --cumulative counts everything up to the end
      of each period ('extract --to P').

      With --thesaurus, --basis stated or --graph, the whole network is curated, filtered or read once and each
      period is the part found in its dated articles.

      --render DIR draws one SVG per period, every entity at the same place in all of them,
      and DIR/index.html showing them in order.

      Example:
        netgraph evolve news.jsonl --slice year --render out/years
      """
  )

  @OptionGroup var input: GraphInputOptions

  @Option(name: .long, help: ArgumentHelp("Period length: year, quarter or month.", valueName: "year|quarter|month"))
  var slice: TimeSlice

  @Option(name: .long, help: "Output format: table, csv, json or markdown.")
  var format: TableFormat = .table

  @Flag(name: .long, help: "Count everything up to the end of each period instead of each period alone.")
  var cumulative = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write one diagram per period (DIR/<period>.svg, same position for each entity) and DIR/index.html.",
      valueName: "DIR"))
  var render: String?

  @Option(name: .shortAndLong, help: "Write the table to FILE (atomically) instead of stdout.")
  var output: String?

  func run() throws {
    let timeline: NetworkTimeline
    if input.graph != nil || input.curation.thesaurus != nil || input.basis != .all {
      // A thesaurus or --basis works on the whole network once; its periods are then cut by date.
      timeline = try NetworkTimeline(network: try input.loadNetwork(), slice: slice, cumulative: cumulative)
    } else {
      let corpus = try input.selection.selection.load(paths: input.paths, lossy: input.lossy)
      OutputWriter.warn(corpus.warnings)
      timeline = try NetworkTimeline(corpus: corpus, extractor: try Extractor(), slice: slice, cumulative: cumulative)
    }
    if let warning = timeline.warning { OutputWriter.warn(warning) }
    if let render {
      let files = try timeline.frames(renderer: DiagramRenderer(theme: try Theme.bundled()))
      try OutputWriter.writeDirectory(files, to: render)
    }
    try OutputWriter.write(Data(timeline.formatted(format).utf8), to: output)
  }
}
