/// What applying a thesaurus changed, for warnings and the report.
public struct CurationSummary: Hashable, Sendable {
  /// The thesaurus file's base name.
  public var file: String
  /// Rows in the file (header and blank lines not counted).
  public var rows: Int
  /// Rows whose label matched at least one entity's name or alias.
  public var rowsUsed: Int
  /// Labels that matched no entity, in file order.
  public var unmatchedLabels: [String]
  /// Entities given a new name.
  public var renamed: Int
  /// Entities folded into another entity of the same name and kind.
  public var merged: Int
  /// Entities removed (empty `replace by`), with their relations.
  public var removed: Int
  /// Entities whose kind changed.
  public var retyped: Int
  /// Relations between two entities that became one, dropped (a tie of an entity with itself).
  public var droppedSelfTies: Int

  public init(
    file: String, rows: Int, rowsUsed: Int = 0, unmatchedLabels: [String] = [], renamed: Int = 0,
    merged: Int = 0, removed: Int = 0, retyped: Int = 0, droppedSelfTies: Int = 0
  ) {
    self.file = file
    self.rows = rows
    self.rowsUsed = rowsUsed
    self.unmatchedLabels = unmatchedLabels
    self.renamed = renamed
    self.merged = merged
    self.removed = removed
    self.retyped = retyped
    self.droppedSelfTies = droppedSelfTies
  }

  /// One sentence for the report: "A thesaurus (t.csv, 3 of 4 rows used) was applied before
  /// analysis: 2 entities renamed, 1 merged into another, 1 removed."
  public var sentence: String {
    var changes: [String] = []
    func count(_ n: Int, _ singular: String, _ plural: String) {
      if n > 0 { changes.append("\(n) \(n == 1 ? singular : plural)") }
    }
    count(renamed, "entity renamed", "entities renamed")
    count(merged, "entity merged into another", "entities merged into others")
    count(removed, "entity removed", "entities removed")
    count(retyped, "entity retyped", "entities retyped")
    count(droppedSelfTies, "tie within a merged entity dropped", "ties within merged entities dropped")
    let what = changes.isEmpty ? "it changed nothing" : changes.joined(separator: ", ")
    return "A thesaurus (\(file), \(rowsUsed) of \(rows) rows used) was applied before analysis: \(what)."
  }

  /// The stderr warning for unmatched labels (count and the first five), or `nil`.
  public var unmatchedWarning: String? {
    guard !unmatchedLabels.isEmpty else { return nil }
    let shown = unmatchedLabels.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
    let more = unmatchedLabels.count > 5 ? ", …" : ""
    let n = unmatchedLabels.count
    return "\(file): \(n) label\(n == 1 ? "" : "s") match\(n == 1 ? "es" : "") no entity name or alias: \(shown)\(more)"
  }
}
