/// The sentence that supports a relation, with what is known of its article.
public struct Evidence: Hashable, Codable, Sendable {
  /// Base name of the source file.
  public var file: String
  /// 0-based article index within the file (the line or row of a `.jsonl`/`.csv` file).
  public var article: Int
  /// Unicode scalars from the start of the file (of the article's text for `.jsonl`/`.csv`,
  /// of the extracted main text for HTML) to the first scalar of the sentence.
  public var scalarOffset: Int
  /// The sentence, with layout line breaks removed.
  public var sentence: String
  /// The article's title, date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), source and address, when
  /// its file gives them (`nil` for plain text; omitted from JSON when `nil`).
  public var title: String?
  public var date: String?
  public var source: String?
  public var url: String?

  public init(
    file: String, article: Int, scalarOffset: Int, sentence: String, title: String? = nil,
    date: String? = nil, source: String? = nil, url: String? = nil
  ) {
    self.file = file
    self.article = article
    self.scalarOffset = scalarOffset
    self.sentence = sentence
    self.title = title
    self.date = date
    self.source = source
    self.url = url
  }

  /// The evidence with `metadata`'s title, date, source and url.
  public func with(_ metadata: ArticleMetadata?) -> Evidence {
    guard let metadata else { return self }
    var copy = self
    copy.title = metadata.title
    copy.date = metadata.date?.description
    copy.source = metadata.source
    copy.url = metadata.url
    return copy
  }

  enum CodingKeys: String, CodingKey {
    case file, article, sentence, title, date, source, url
    case scalarOffset = "offset"
  }
}
