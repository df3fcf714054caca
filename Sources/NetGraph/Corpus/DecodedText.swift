/// The result of decoding one file: its Unicode scalars, the encoding found, and any warnings.
public struct DecodedText: Sendable {
  /// The text as Unicode scalars, byte-order mark removed.
  public var scalars: [Unicode.Scalar]
  /// The encoding the bytes were read as.
  public var encoding: TextEncoding
  /// Replacements made under `lossy`, or an empty file; empty when the text was read exactly.
  public var warnings: [CorpusWarning]

  public init(scalars: [Unicode.Scalar], encoding: TextEncoding, warnings: [CorpusWarning] = []) {
    self.scalars = scalars
    self.encoding = encoding
    self.warnings = warnings
  }

  /// The text as a `String`.
  public var text: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
