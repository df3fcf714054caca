import Foundation

/// One decoded corpus file, kept as Unicode scalars so that offsets (CLI.md) index it directly.
public struct Document: Sendable {
  /// Base name of the file, as reported in mentions and evidence.
  public var fileName: String
  /// The file's text without a byte-order mark.
  public var scalars: [Unicode.Scalar]

  public init(fileName: String, text: String) {
    self.fileName = fileName
    self.scalars = Array(text.unicodeScalars)
  }

  /// A document from already decoded scalars (no copy through `String`).
  public init(fileName: String, scalars: [Unicode.Scalar]) {
    self.fileName = fileName
    self.scalars = scalars
  }

  /// The text of `range` (scalar offsets).
  public func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }
}
