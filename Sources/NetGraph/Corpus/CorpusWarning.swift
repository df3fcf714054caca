import Foundation

/// Something the corpus reader did that the user should know about; the CLI prints these on
/// stderr. Reading went on: the text is complete except for what the warning names.
public enum CorpusWarning: Equatable, Sendable, CustomStringConvertible {
  /// `--lossy`: invalid byte sequences were replaced with U+FFFD.
  case replacedInvalidBytes(path: String, encoding: TextEncoding, count: Int, firstByteOffset: Int)
  /// The file has no bytes (or only a byte-order mark); it contributes no articles.
  case emptyFile(path: String)
  /// `--from`/`--to` (or `evolve`) left out articles without a date, or dated too coarsely
  /// to place in the range (a year against a month range).
  case leftOutArticles(undated: Int, imprecise: Int)

  public var description: String {
    switch self {
    case .replacedInvalidBytes(let path, let encoding, let count, let offset):
      let sequences = count == 1 ? "1 invalid byte sequence" : "\(count) invalid byte sequences"
      return
        "\(path): replaced \(sequences) with U+FFFD (decoded as \(encoding), first at byte \(offset)); "
        + "re-encode the file as UTF-8 to keep every character"
    case .emptyFile(let path):
      return "\(path): file is empty; it contributes no articles"
    case .leftOutArticles(let undated, let imprecise):
      var parts: [String] = []
      if undated > 0 { parts.append("\(undated) undated article\(undated == 1 ? "" : "s")") }
      if imprecise > 0 {
        parts.append("\(imprecise) article\(imprecise == 1 ? "" : "s") dated too coarsely for the range")
      }
      return "left out \(parts.joined(separator: " and ")); give articles a date (jsonl/csv 'date', HTML <time datetime>) to count them"
    }
  }
}
