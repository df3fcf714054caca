import ArgumentParser
import NetGraph

/// Corpus paths shared by every command that reads text.
struct CorpusOptions: ParsableArguments {
  @Argument(
    help:
      "Corpus files (.txt, .jsonl, .csv, .html) or directories searched for them (default: the bundled seeds corpus)."
  )
  var paths: [String] = []

  @OptionGroup var selection: CorpusSelectionOptions

  @Flag(
    name: .long,
    help: ArgumentHelp(
      "Replace bytes that are not valid text with U+FFFD (with a warning) instead of failing.",
      discussion: "Encodings are detected per file: UTF-8 (BOM optional), UTF-16 with BOM, GB18030/GBK."
    ))
  var lossy = false

  @OptionGroup var curation: ThesaurusOptions

  @Option(name: .long, help: BasisSelection.help)
  var basis: BasisSelection = .all

  @Option(
    name: .long,
    help: "Worker threads extracting files in parallel (default: one per core); the output is identical for every N.")
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
  }

  /// Loads the corpus and prints the reader's warnings on stderr.
  /// - Throws: `CorpusError` naming the file.
  func loadCorpus() throws -> Corpus {
    let corpus = try selection.selection.load(paths: paths, lossy: lossy)
    OutputWriter.warn(corpus.warnings)
    return corpus
  }

  /// Extracts the network of the corpus and applies `--thesaurus` to it once.
  /// - Throws: `ThesaurusError` (read before the corpus, so nothing is extracted in vain),
  ///   `CorpusError`.
  func extractNetwork(with extractor: Extractor) throws -> InnovationNetwork {
    let thesaurus = try curation.load()
    let network = basis.apply(extractor.extract(try loadCorpus(), threads: threads))
    return try ThesaurusOptions.apply(thesaurus, to: network).network
  }
}
