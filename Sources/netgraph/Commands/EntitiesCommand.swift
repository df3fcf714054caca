import ArgumentParser
import Foundation
import NetGraph

extension EntitySort: ExpressibleByArgument {}

/// `netgraph entities`: the entity review table, for checking extraction and writing a thesaurus.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "List the entities for review: mentions, articles, degree, aliases, registry link.",
    discussion: """
      One row per entity with the columns \(EntityTable.columns.joined(separator: ",")) \
      (aliases joined by |; registry columns empty for unlinked entities). Mentions and \
      aliases are those of extract's JSON; degree counts distinct neighbours over all \
      relation kinds. Review the table, write a thesaurus (label,replace by[,kind]) and \
      re-run any command with --thesaurus.
      Example: the most mentioned enterprises as CSV,
        netgraph entities --kind enterprise --format csv -o out/enterprises.csv
      """
  )

  @OptionGroup var input: GraphInputOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep only entities of these kinds (comma-separated: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))).",
      valueName: "kind,..."))
  var kind: [CommaList<EntityKind>] = []

  @Option(name: .long, help: "Row order: mentions, degree (both highest first) or name; ties by name.")
  var sort: EntitySort = .mentions

  @Option(name: .long, help: "Output format: table, csv, json or markdown.")
  var format: TableFormat = .table

  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  @Option(name: .long, help: "Worker threads extracting a corpus (default: one per core); the output does not depend on it.")
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
  }

  func run() throws {
    let kinds = kind.flatMap(\.items)
    let table = EntityTable(
      network: try input.loadNetwork(threads: threads), kinds: kinds.isEmpty ? nil : Set(kinds), sort: sort)
    try OutputWriter.write(Data(table.render(format).utf8), to: output)
  }
}
