import ArgumentParser
import NetGraph

extension ArticleDate: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}

extension CorpusShard: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}

/// `--from`, `--to` and `--shard`: which dated articles and which part of the files to read.
struct CorpusSelectionOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated articles are left out and counted.",
      valueName: "date"))
  var from: ArticleDate?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep only articles dated on or before DATE (inclusive: --to 2023 keeps all of 2023).", valueName: "date"))
  var to: ArticleDate?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read only the I-th of N fixed parts of the input files (sorted by name, dealt out in turn), for N machines; combine the outputs with 'netgraph merge'.",
      valueName: "I/N"))
  var shard: CorpusShard?

  func validate() throws {
    if let from, let to, from.firstDay > to.lastDay {
      throw ValidationError("--from \(from) is after --to \(to).")
    }
  }

  var selection: CorpusSelection { CorpusSelection(shard: shard, from: from, to: to) }
}
