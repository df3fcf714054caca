/// Entity–relation extractor: corpus in, typed innovation network out.
///
/// Placeholder interface; the extraction work (issue 4) replaces the body.
public struct Extractor: Sendable {
  public init() throws {}

  /// Extracts entities and evidence-backed relations from every article of `corpus`.
  public func extract(_ corpus: Corpus) -> InnovationNetwork {
    InnovationNetwork()
  }

  /// Entities recognised in one line of text, for `extract --sentences`.
  public func recognize(_ text: String) -> [RecognizedSpan] {
    []
  }
}

/// An entity span found in a single text.
public struct RecognizedSpan: Hashable, Codable, Sendable {
  public var text: String
  public var kind: EntityKind
  public init(text: String, kind: EntityKind) {
    self.text = text
    self.kind = kind
  }
}
