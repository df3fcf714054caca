import ArgumentParser
import NetGraph

/// `--thesaurus FILE`, shared by every command that reads a corpus or a graph file.
struct ThesaurusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Curate the network with a VOSviewer-style thesaurus (CSV or TSV with columns label, replace by, optional kind) before anything else.",
      valueName: "file"))
  var thesaurus: String?

  /// Reads the thesaurus (before any corpus work, so a bad file fails fast and writes nothing).
  /// - Throws: `ThesaurusError` naming the file and line.
  func load() throws -> Thesaurus? {
    try thesaurus.map(ThesaurusReader.read(path:))
  }

  /// Applies `thesaurus` to `network`, warning on stderr about labels that matched nothing.
  /// - Throws: `ThesaurusError.kindConflict`.
  static func apply(_ thesaurus: Thesaurus?, to network: InnovationNetwork) throws
    -> (network: InnovationNetwork, summary: CurationSummary?)
  {
    guard let thesaurus else { return (network, nil) }
    let (curated, summary) = try thesaurus.applied(to: network)
    if let warning = summary.unmatchedWarning { OutputWriter.warn(warning) }
    return (curated, summary)
  }
}
