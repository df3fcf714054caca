import Foundation

/// Splits a newspaper-page document into articles.
///
/// An article starts at a level-1 Markdown heading (`# 标题`), or at a title block — one to
/// three short lines without sentence punctuation (main title, kicker, a title the layout broke
/// in two) — that is followed within three lines by a byline (`本报记者`, `通讯员`, `►`, `◎`,
/// a paragraph opening with `本报讯`), or that follows a closing signature (a line of reporter
/// names such as `张成 黄于穗`). Photo credits (`图片来源:…`, `…/摄`, `供图`) are neither titles
/// nor body. Section headings (`## …`) inside an article followed by body text do not start a
/// new one.
public struct ArticleSplitter: Sendable {
  /// Longest line (in scalars) still taken for a title.
  public var maxTitleLength = 48
  /// Most lines a title block may span.
  public var maxTitleLines = 3

  public init() {}

  /// Articles of `document`, covering it from its start to its end.
  /// - Complexity: O(*n*) in the document length.
  public func articles(in document: Document) -> [Article] {
    let lines = Self.lines(of: document).filter { !$0.text.isEmpty }
    var starts: [(line: Int, title: String?)] = []
    var position = 0
    while position < lines.count {
      let line = lines[position]
      if line.text.hasPrefix("# ") {
        starts.append((position, Self.stripHeading(line.text)))
        position += 1
        continue
      }
      guard isTitleCandidate(line.text) else {
        position += 1
        continue
      }
      // The title block: this line and up to two more title lines right after it.
      var last = position
      while last + 1 < lines.count, last - position + 1 < maxTitleLines, isTitleCandidate(lines[last + 1].text) {
        last += 1
      }
      let following = lines[(last + 1)..<min(lines.count, last + 4)].filter { !Self.isPhotoCredit($0.text) }
      let bylineFollows = following.prefix(3).contains { Self.isByline($0.text) }
      let afterSignature = position > 0 && Self.isSignature(lines[position - 1].text)
        && (following.first.map { !isTitleCandidate($0.text) } ?? false)
      let previousIsStart = starts.last.map { $0.line == position } ?? false
      // 合肥高新区: 10个…项目落户 — a brief's "place: headline" title over body text.
      let briefHeadline = Self.isBriefHeadline(lines[position...last].map(\.text).joined())
        && (following.first.map { !isTitleCandidate($0.text) } ?? false)
      // …上一篇正文。| 昆山高新区迎来第9家上市企业 | 图片来源:昆山高新区 | 正文: a headline between body
      // text and the photo credit that opens the next article's body.
      let creditFollows = last + 1 < lines.count && Self.isPhotoCredit(lines[last + 1].text)
        && position > 0 && Self.isBodyLine(lines[position - 1].text)
        && (following.first.map { Self.isBodyLine($0.text) } ?? false)
      if (bylineFollows || afterSignature || briefHeadline || creditFollows) && !previousIsStart {
        let title = lines[position...last].map { Self.stripHeading($0.text) }.joined(separator: " ")
        starts.append((position, title))
        position = last + 1
        continue
      }
      position += 1
    }
    var articles: [Article] = []
    var bounds = starts.map { (offset: lines[$0.line].range.lowerBound, title: $0.title) }
    if bounds.isEmpty || bounds[0].offset > 0 {
      // Text before the first title is its own article (a page without markers, or a lead).
      let leadHasText = lines.contains { $0.range.lowerBound < (bounds.first?.offset ?? Int.max) }
      if leadHasText || bounds.isEmpty { bounds.insert((0, nil), at: 0) }
    }
    for (i, start) in bounds.enumerated() {
      let end = i + 1 < bounds.count ? bounds[i + 1].offset : document.scalars.count
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
    guard count >= 4, count <= maxTitleLength, !Self.isByline(line), !Self.isPhotoCredit(line),
      !Self.isSignature(line)
    else { return false }
    return !text.unicodeScalars.contains { "。！？;；,，".unicodeScalars.contains($0) }
  }

  /// A paragraph of running text: it holds sentence punctuation and is longer than a title.
  static func isBodyLine(_ line: String) -> Bool {
    let text = TextTrimming.trimmed(line)
    return text.unicodeScalars.count > 48 && text.unicodeScalars.contains { "。，,".unicodeScalars.contains($0) }
  }

  static func isByline(_ line: String) -> Bool {
    let text = TextTrimming.trimmed(line)
    if text.hasPrefix("本报讯") { return true }
    if text.hasPrefix("►") || text.hasPrefix("◎") || text.hasPrefix("□") { return true }
    let markers = ["本报记者", "通讯员", "本报特约", "见习记者"]
    return text.unicodeScalars.count <= 40 && markers.contains { text.contains($0) }
  }

  /// `合肥高新区: 10个优质智能汽车产业项目落户`: a short place name, a colon, a headline.
  static func isBriefHeadline(_ line: String) -> Bool {
    let text = Array(stripHeading(line).unicodeScalars)
    guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
    return colon >= 2 && colon <= 14 && text.count - colon - 1 >= 4
  }

  /// `图片来源:郑州高新区`, `芯鸿数智智能计算制造基地 雷键/摄`, `受访单位供图`.
  static func isPhotoCredit(_ line: String) -> Bool {
    let text = TextTrimming.trimmed(line)
    guard text.unicodeScalars.count <= 48 else { return false }
    return text.hasPrefix("图片来源") || text.hasPrefix("图为") || text.hasSuffix("/摄") || text.hasSuffix("／摄")
      || text.hasSuffix("供图") || text.hasPrefix("摄影") || text.hasSuffix("摄")
        && text.unicodeScalars.count <= 12
  }

  /// A closing line of reporter names: one to four names of two to four Han characters.
  static func isSignature(_ line: String) -> Bool {
    let names = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
    guard (1...4).contains(names.count) else { return false }
    return names.allSatisfy { name in
      (2...4).contains(name.unicodeScalars.count)
        && name.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }
  }

  static func stripHeading(_ line: String) -> String {
    var text = Substring(line)
    while text.first == "#" { text = text.dropFirst() }
    return TextTrimming.trimmed(text)
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
      lines.append(Line(text: TextTrimming.trimmed(scalars, start..<i, newlines: true), range: start..<i))
      start = i + 1
    }
    if start < scalars.count {
      lines.append(Line(text: TextTrimming.trimmed(scalars, start..<scalars.count, newlines: true), range: start..<scalars.count))
    }
    return lines
  }
}
