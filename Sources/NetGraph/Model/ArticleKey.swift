/// An article named by its file's base name and its 0-based index in the file.
public struct ArticleKey: Hashable, Comparable, Sendable {
  public var file: String
  public var article: Int

  public init(file: String, article: Int) {
    self.file = file
    self.article = article
  }

  public static func < (lhs: ArticleKey, rhs: ArticleKey) -> Bool {
    (lhs.file, lhs.article) < (rhs.file, rhs.article)
  }
}
