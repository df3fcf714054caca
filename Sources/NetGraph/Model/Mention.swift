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

  public init(file: String, article: Int, scalarOffset: Int, text: String) {
    self.file = file
    self.article = article
    self.scalarOffset = scalarOffset
    self.text = text
  }

  enum CodingKeys: String, CodingKey {
    case file, article, text
    case scalarOffset = "offset"
  }
}
