/// A set of decoded documents, in file-name order.
public struct Corpus: Sendable {
  public var documents: [Document]

  public init(documents: [Document]) {
    self.documents = documents.sorted { $0.fileName < $1.fileName }
  }
}
