/// What a crawler recorded about an article besides its text (CLI.md, "Corpus input").
///
/// Plain-text files carry none; `.jsonl`/`.csv` rows and HTML pages carry what they give.
public struct ArticleMetadata: Hashable, Sendable {
  public var title: String?
  public var date: ArticleDate?
  public var source: String?
  public var url: String?
  /// The crawler's own identifier of the article.
  public var id: String?

  public init(
    title: String? = nil, date: ArticleDate? = nil, source: String? = nil, url: String? = nil,
    id: String? = nil
  ) {
    self.title = title
    self.date = date
    self.source = source
    self.url = url
    self.id = id
  }
}
