/// One row of a thesaurus file: rename, retype or remove the entities named `label`.
public struct ThesaurusEntry: Hashable, Sendable {
  /// The name or alias to match (exact, after trimming surrounding whitespace).
  public var label: String
  /// The new name; `nil` (an empty `replace by` cell) removes the entity and its relations.
  public var replacement: String?
  /// The kind the entity named `replacement` has after curation; `nil` keeps the kind.
  public var kind: EntityKind?
  /// 1-based line of the row in its file (the line where the record starts).
  public var line: Int

  public init(label: String, replacement: String?, kind: EntityKind? = nil, line: Int) {
    self.label = label
    self.replacement = replacement
    self.kind = kind
    self.line = line
  }
}
