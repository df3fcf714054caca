/// A sentence with layout line breaks removed and a map back to file offsets.
public struct Sentence: Sendable, Hashable {
  public var fileName: String
  /// 0-based article index within the file.
  public var article: Int
  /// The sentence text (line breaks inside it dropped).
  public var text: String
  /// For each scalar of `text`, its offset in the file.
  public var scalarOffsets: ScalarOffsetMap

  public init<S: Sequence>(fileName: String, article: Int, text: String, scalarOffsets: S)
  where S.Element == Int {
    let map = ScalarOffsetMap(scalarOffsets)
    precondition(text.unicodeScalars.count == map.count)
    self.fileName = fileName
    self.article = article
    self.text = text
    self.scalarOffsets = map
  }

  /// File offset of the first scalar.
  public var scalarOffset: Int { scalarOffsets.first ?? 0 }

  /// The sentence as evidence for a relation.
  public var evidence: Evidence {
    Evidence(file: fileName, article: article, scalarOffset: scalarOffset, sentence: text)
  }
}
