import Foundation

/// One decoded corpus text, kept as Unicode scalars so that offsets (CLI.md) index it directly.
///
/// A plain-text file is one document that `ArticleSplitter` cuts into articles. A `.jsonl`
/// line, a `.csv` row or an HTML page is one document holding exactly one article
/// (`articleIndex` set): its scalars are the article's text, so offsets count from its start.
public struct Document: Sendable {
  /// Base name of the file, as reported in mentions and evidence.
  public var fileName: String
  /// The file's text without a byte-order mark, or the one article's text.
  public var scalars: [Unicode.Scalar]
  /// For a one-article document, its 0-based index in the file (line, row, or 0 for a page);
  /// `nil` for a plain-text file, whose articles are found by `ArticleSplitter`.
  public var articleIndex: Int?
  /// Title, date, source and url of a one-article document, when its file gives them.
  public var metadata: ArticleMetadata?

  public init(fileName: String, text: String) {
    self.fileName = fileName
    self.scalars = Array(text.unicodeScalars)
  }

  /// A document from already decoded scalars (no copy through `String`).
  public init(fileName: String, scalars: [Unicode.Scalar]) {
    self.fileName = fileName
    self.scalars = scalars
  }

  /// A one-article document (a `.jsonl` line, `.csv` row or HTML page).
  public init(fileName: String, articleIndex: Int, text: String, metadata: ArticleMetadata?) {
    self.fileName = fileName
    self.scalars = Array(text.unicodeScalars)
    self.articleIndex = articleIndex
    self.metadata = metadata
  }

  /// The text of `range` (scalar offsets).
  public func text(_ range: Range<Int>) -> String {
    ScalarString.make(scalars[range])
  }

  /// The document's articles: the one article it holds, or those `ArticleSplitter` finds.
  /// - Complexity: O(*n*) in the document length.
  public func articles() -> [Article] {
    guard let articleIndex else { return ArticleSplitter().articles(in: self) }
    return [
      Article(fileName: fileName, index: articleIndex, scalarRange: 0..<scalars.count, title: metadata?.title)
    ]
  }
}
