/// One occurrence of an entity's name in the corpus.
public struct Mention: Hashable, Codable, Sendable {
  /// Base name of the source file.
  public var file: String
  /// 0-based article index within the file.
  public var article: Int
  /// Unicode scalars from the start of the file to the first scalar of the mention.
  public var scalarOffset: Int
  /// The name as written (a line break inside it is dropped).
  public var text: String
  /// The article's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) when known; omitted from JSON
  /// otherwise. Lets `evolve` and `--from`/`--to` cut a network read back with `--graph`.
  public var date: String?

  public init(file: String, article: Int, scalarOffset: Int, text: String, date: String? = nil) {
    self.file = file
    self.article = article
    self.scalarOffset = scalarOffset
    self.text = text
    self.date = date
  }

  enum CodingKeys: String, CodingKey {
    case file, article, text, date
    case scalarOffset = "offset"
  }
}
