import Foundation

/// Something the corpus reader did that the user should know about; the CLI prints these on
/// stderr. Reading went on: the text is complete except for what the warning names.
public enum CorpusWarning: Equatable, Sendable, CustomStringConvertible {
  /// `--lossy`: invalid byte sequences were replaced with U+FFFD.
  case replacedInvalidBytes(path: String, encoding: TextEncoding, count: Int, firstByteOffset: Int)
  /// The file has no bytes (or only a byte-order mark); it contributes no articles.
  case emptyFile(path: String)

  public var description: String {
    switch self {
    case .replacedInvalidBytes(let path, let encoding, let count, let offset):
      let sequences = count == 1 ? "1 invalid byte sequence" : "\(count) invalid byte sequences"
      return
        "\(path): replaced \(sequences) with U+FFFD (decoded as \(encoding), first at byte \(offset)); "
        + "re-encode the file as UTF-8 to keep every character"
    case .emptyFile(let path):
      return "\(path): file is empty; it contributes no articles"
    }
  }
}
