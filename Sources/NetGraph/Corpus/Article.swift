/// A news article inside a document: its title and the scalar range it covers.
public struct Article: Sendable, Hashable {
  /// Base name of the file.
  public var fileName: String
  /// 0-based index within the file.
  public var index: Int
  /// Scalar offsets of the whole article (title included) in the file.
  public var scalarRange: Range<Int>
  /// The title line, if one was recognised.
  public var title: String?

  public init(fileName: String, index: Int, scalarRange: Range<Int>, title: String?) {
    self.fileName = fileName
    self.index = index
    self.scalarRange = scalarRange
    self.title = title
  }
}
