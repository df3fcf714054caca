/// Splits a newspaper-page document into articles.
///
/// An article starts at a level-1 Markdown heading (`# 标题`), or at a title line — a short
/// line without sentence punctuation — that is followed within three lines by a byline
/// (`本报记者`, `通讯员`, `►`, `◎`) or a paragraph opening with `本报讯`. Section headings
/// (`## …`) inside an article do not start a new one unless a byline follows them.
public struct ArticleSplitter: Sendable {
  /// Longest line (in scalars) still taken for a title.
  public var maxTitleLength = 48

  public init() {}

  /// Articles of `document`, covering it from the first title to the end.
  /// - Complexity: O(*n*) in the document length.
  public func articles(in document: Document) -> [Article] {
    let lines = Self.lines(of: document)
    let nonEmpty = lines.filter { !$0.text.isEmpty }
    var starts: [(offset: Int, title: String?)] = []
    for (position, line) in nonEmpty.enumerated() {
      if line.text.hasPrefix("# ") {
        starts.append((line.range.lowerBound, Self.stripHeading(line.text)))
        continue
      }
      guard isTitleCandidate(line.text) else { continue }
      let following = nonEmpty[(position + 1)..<min(nonEmpty.count, position + 4)]
      // The title is the line right before the byline block, not an earlier kicker line.
      guard let next = following.first, !isTitleCandidate(next.text) || Self.isByline(next.text)
      else { continue }
      if following.contains(where: { Self.isByline($0.text) }) {
        starts.append((line.range.lowerBound, Self.stripHeading(line.text)))
      }
    }
    if starts.isEmpty || starts[0].offset > 0 {
      // Text before the first title is its own article (a page without markers, or a lead).
      let leadHasText = nonEmpty.contains { $0.range.lowerBound < (starts.first?.offset ?? Int.max) }
      if leadHasText || starts.isEmpty { starts.insert((0, nil), at: 0) }
    }
    var articles: [Article] = []
    for (i, start) in starts.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1].offset : document.scalars.count
      guard end > start.offset else { continue }
      articles.append(
        Article(
          fileName: document.fileName, index: articles.count,
          scalarRange: start.offset..<end, title: start.title))
    }
    return articles
  }

  private func isTitleCandidate(_ line: String) -> Bool {
    let text = Self.stripHeading(line)
    let count = text.unicodeScalars.count
    guard count >= 4, count <= maxTitleLength, !Self.isByline(line) else { return false }
    return !text.unicodeScalars.contains { "。！？;；,，".unicodeScalars.contains($0) }
      || (line.hasPrefix("#") && count <= maxTitleLength)
  }

  static func isByline(_ line: String) -> Bool {
    let text = line.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("本报讯") { return true }
    if text.hasPrefix("►") || text.hasPrefix("◎") || text.hasPrefix("□") { return true }
    let markers = ["本报记者", "通讯员", "本报特约", "见习记者"]
    return text.unicodeScalars.count <= 40 && markers.contains { text.contains($0) }
  }

  static func stripHeading(_ line: String) -> String {
    var text = Substring(line)
    while text.first == "#" { text = text.dropFirst() }
    return text.trimmingCharacters(in: .whitespaces)
  }

  struct Line {
    var text: String
    var range: Range<Int>
  }

  static func lines(of document: Document) -> [Line] {
    var lines: [Line] = []
    var start = 0
    let scalars = document.scalars
    for (i, scalar) in scalars.enumerated() where scalar == "\n" {
      lines.append(Line(text: trimmed(document.text(start..<i)), range: start..<i))
      start = i + 1
    }
    if start < scalars.count {
      lines.append(Line(text: trimmed(document.text(start..<scalars.count)), range: start..<scalars.count))
    }
    return lines
  }

  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

import Foundation
