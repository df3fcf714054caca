import ArgumentParser
import Foundation
import NetGraph

/// `netgraph merge`: unite `extract --format json` outputs (the shards of a corpus) into one.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine 'extract --format json' outputs (for example --shard parts) into one network.",
    discussion: """
      Entities are merged exactly as one extract run merges them (by kind and normalised
      name; the fullest form names the result, the other forms become aliases), mentions
      and relations are united and parallel relations keep all their evidence. Merging the
      N shards of a corpus gives the entities and relations of one extract over all of it.

      Example: a corpus in three parts, on three machines, then merged:
        netgraph extract corpus/ --shard 1/3 -o part1.json   (2/3, 3/3 elsewhere)
        netgraph merge part1.json part2.json part3.json -o network.json
      """
  )

  @Argument(help: ArgumentHelp("netgraph JSON files (extract or merge output).", valueName: "file"))
  var files: [String] = []

  @Option(name: .long, help: "Output format: json or tsv.")
  var format: ExtractFormat = .json

  @Option(name: [.short, .customLong("output")], help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("Give the JSON files to merge.") }
    for file in files where !file.lowercased().hasSuffix(".json") {
      throw ValidationError("\(file): merge reads netgraph JSON ('extract --format json' output); give .json files.")
    }
  }

  func run() throws {
    let networks = try files.map { try GraphFileReader.read(path: $0, directed: false) }
    let merged = try NetworkMerger().merge(networks)
    let data: Data
    switch format {
    case .json: data = try NetworkFormatter.json(merged)
    case .tsv: data = Data(NetworkFormatter.tsv(merged).utf8)
    }
    try OutputWriter.write(data, to: output)
  }
}
