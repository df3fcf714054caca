/// A set of decoded documents, in file-name order (then article order within a file).
public struct Corpus: Sendable {
  public var documents: [Document]
  /// What the reader had to do to get the text (replacements under `--lossy`, empty files);
  /// the CLI prints these on stderr.
  public var warnings: [CorpusWarning]

  public init(documents: [Document], warnings: [CorpusWarning] = []) {
    self.documents = documents.sorted {
      ($0.fileName, $0.articleIndex ?? -1) < ($1.fileName, $1.articleIndex ?? -1)
    }
    self.warnings = warnings
  }
}
