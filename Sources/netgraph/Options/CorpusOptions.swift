import ArgumentParser

/// Corpus paths shared by every command that reads text.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Text files or directories of *.txt (default: the bundled seeds corpus).")
  var paths: [String] = []
}
