extension Corpus {
  /// The articles dated within `from...to` (inclusive, each bound optional; CLI.md
  /// `--from`/`--to`), with a warning counting those left out for having no date, or a date
  /// too coarse to tell (`2023` against `--from 2023-06`).
  ///
  /// Plain-text files carry no dates, so all their articles are left out.
  /// - Complexity: O(*n*) in the number of documents, plus splitting the plain-text ones to
  ///   count their articles.
  public func dated(from: ArticleDate?, to: ArticleDate?) -> Corpus {
    guard from != nil || to != nil else { return self }
    var kept: [Document] = []
    var undated = 0
    var imprecise = 0
    for document in documents {
      guard document.articleIndex != nil, let date = document.metadata?.date else {
        undated += document.articleIndex != nil ? 1 : document.articles().count
        continue
      }
      if date.lies(from: from, to: to) {
        kept.append(document)
      } else if !ArticleDate.isOutside(date, from: from, to: to) {
        imprecise += 1
      }
    }
    var result = Corpus(documents: kept, warnings: warnings)
    if undated + imprecise > 0 {
      result.warnings.append(.leftOutArticles(undated: undated, imprecise: imprecise))
    }
    return result
  }
}

extension ArticleDate {
  /// Whether no day of `date` lies in `from...to`.
  static func isOutside(_ date: ArticleDate, from: ArticleDate?, to: ArticleDate?) -> Bool {
    if let from, date.lastDay < from.firstDay { return true }
    if let to, date.firstDay > to.lastDay { return true }
    return false
  }
}
