/// The sentence that supports a relation.
public struct Evidence: Hashable, Codable, Sendable {
  /// Base name of the source file.
  public var file: String
  /// 0-based article index within the file.
  public var article: Int
  /// Unicode scalars from the start of the file to the first scalar of the sentence.
  public var scalarOffset: Int
  /// The sentence, with layout line breaks removed.
  public var sentence: String

  public init(file: String, article: Int, scalarOffset: Int, sentence: String) {
    self.file = file
    self.article = article
    self.scalarOffset = scalarOffset
    self.sentence = sentence
  }

  enum CodingKeys: String, CodingKey {
    case file, article, sentence
    case scalarOffset = "offset"
  }
}
