/// Output formats of the analysis commands (`--format`); raw values are the CLI spellings.
public enum TableFormat: String, CaseIterable, Sendable {
  /// Aligned plain text for terminals.
  case table
  /// RFC 4180 CSV with a header row.
  case csv
  /// One JSON object.
  case json
  /// A GitHub-flavoured Markdown table.
  case markdown
}
