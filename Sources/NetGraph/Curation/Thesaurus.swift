/// A VOSviewer-style thesaurus: rows that rename, merge, retype or remove entities, applied
/// once to a network right after extraction or loading so every later step sees the curated
/// network.
///
/// Read one with `ThesaurusReader`; apply it with `applied(to:)`.
public struct Thesaurus: Hashable, Sendable {
  /// Rows in file order.
  public var entries: [ThesaurusEntry]
  /// The file's base name, for messages and the summary.
  public var file: String

  public init(entries: [ThesaurusEntry], file: String = "thesaurus") {
    self.entries = entries
    self.file = file
  }
}
