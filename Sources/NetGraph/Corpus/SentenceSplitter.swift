/// Splits an article into sentences, rejoining lines that the page layout broke.
///
/// A paragraph that ends without closing punctuation is joined to the next one when it reads
/// as body text cut by the layout: it is long, or it already holds in-sentence punctuation
/// (，、：“), and the next paragraph is not a heading, byline or list item. Titles, bylines and
/// short captions stay sentences of their own. Sentences end at `。！？!?；;…` and at paragraph
/// ends; closing quotes and brackets right after the mark stay with their sentence, and marks
/// inside “…” or （…） do not split. Every scalar of a sentence keeps its offset in the file.
public struct SentenceSplitter: Sendable {
  /// A paragraph at least this long that lacks closing punctuation is taken as broken.
  public var brokenParagraphLength = 30

  public init() {}

  static let terminators: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "；", ";", "…"]
  static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》", "】", "\""]
  static let openers: Set<Unicode.Scalar> = ["“", "‘", "「", "『", "（", "(", "《", "【"]
  static let paragraphEnds: Set<Unicode.Scalar> = terminators.union(closers).union([":", "：", "…"])
  static let inSentencePunctuation: Set<Unicode.Scalar> = ["，", ",", "、", "：", "“", "（"]
  /// Longest quoted or bracketed stretch that still suppresses splitting (an unclosed quote
  /// must not swallow the rest of the article).
  static let maxDepthSpan = 200

  /// Sentences of `article` in `document`.
  /// - Complexity: O(*n*) in the article length.
  public func sentences(in article: Article, of document: Document) -> [Sentence] {
    var sentences: [Sentence] = []
    var text: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var depth = 0
    var depthStart = 0

    func flush() {
      // Trim spaces at both ends, keeping offsets aligned.
      var lower = 0
      var upper = offsets.count
      let scalars = text
      while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      if lower < upper {
        sentences.append(
          Sentence(
            fileName: document.fileName, article: article.index, text: ScalarString.make(scalars[lower..<upper]),
            scalarOffsets: offsets[lower..<upper]))
      }
      text.removeAll(keepingCapacity: true)
      offsets = []
      depth = 0
    }

    let scalars = document.scalars
    var i = article.scalarRange.lowerBound
    let end = article.scalarRange.upperBound
    var paragraphStart = i
    while i < end {
      let scalar = scalars[i]
      if scalar == "\n" || scalar == "\r" {
        // Find the next non-blank scalar to decide whether the paragraph continues.
        var j = i
        while j < end, scalars[j].properties.isWhitespace { j += 1 }
        if shouldJoin(scalars: scalars, paragraph: paragraphStart..<i, next: j, end: end) {
          paragraphStart = j
          i = j
          continue
        }
        flush()
        paragraphStart = j
        i = j
        continue
      }
      let flags = Self.flags(scalar)
      if flags & Self.openerFlag != 0 {
        if depth == 0 { depthStart = offsets.count }
        depth += 1
      }
      if flags & Self.closerFlag != 0, depth > 0 { depth -= 1 }
      if depth > 0 && offsets.count - depthStart > Self.maxDepthSpan { depth = 0 }
      text.append(scalar)
      offsets.append(i)
      if flags & Self.terminatorFlag != 0 && depth == 0 {
        // Keep trailing closers and repeated marks with this sentence.
        var k = i + 1
        while k < end, Self.flags(scalars[k]) & (Self.closerFlag | Self.terminatorFlag) != 0 {
          text.append(scalars[k])
          offsets.append(k)
          k += 1
        }
        flush()
        i = k
        continue
      }
      i += 1
    }
    flush()
    return sentences
  }

  static let terminatorFlag: UInt8 = 1
  static let closerFlag: UInt8 = 2
  static let openerFlag: UInt8 = 4
  /// `terminators`, `closers` and `openers` as bit flags per BMP scalar: the splitter asks all
  /// three of every scalar, and a table costs one load where a set hashes.
  private static let flagTable: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x10000)
    for (set, flag) in [(terminators, terminatorFlag), (closers, closerFlag), (openers, openerFlag)] {
      for scalar in set where scalar.value < 0x10000 { table[Int(scalar.value)] |= flag }
    }
    return table
  }()

  @inline(__always)
  static func flags(_ scalar: Unicode.Scalar) -> UInt8 {
    scalar.value < 0x10000 ? flagTable[Int(scalar.value)] : 0
  }

  private func shouldJoin(scalars: [Unicode.Scalar], paragraph: Range<Int>, next: Int, end: Int) -> Bool {
    guard next < end else { return false }
    // Walk back over trailing spaces to the last visible scalar of the paragraph.
    var k = paragraph.upperBound - 1
    while k >= paragraph.lowerBound, scalars[k].properties.isWhitespace { k -= 1 }
    guard k >= paragraph.lowerBound, !Self.paragraphEnds.contains(scalars[k]) else { return false }
    var first = paragraph.lowerBound
    while first < k, scalars[first].properties.isWhitespace { first += 1 }
    // Headings, bylines and list markers are never broken sentences.
    if Self.isMarker(scalars[first]) || Self.isMarker(scalars[next]) { return false }
    if Self.startsWithByline(scalars, at: next) || Self.startsWithByline(scalars, at: first) { return false }
    let length = k + 1 - first
    if length >= brokenParagraphLength { return true }
    // A paragraph cannot open with a function word: 芯鸿数智由拓维信息…公司 / 与重庆高新开发集团…
    if Self.continuationOpeners.contains(scalars[next]) && !Self.isTitleLike(scalars[first...k]) { return true }
    return scalars[first...k].contains { Self.inSentencePunctuation.contains($0) }
  }

  /// Characters that never open a paragraph: the next line continues a broken sentence.
  static let continuationOpeners: Set<Unicode.Scalar> = ["与", "和", "及", "的", "等", "了", "并", "或", "之", "于", "、"]

  /// A short line of only name-like characters and spaces (a title or a byline), not body text.
  private static func isTitleLike(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    line.contains { $0 == " " || $0 == "\u{3000}" } && line.count <= 20
  }

  private static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "#" || scalar == "►" || scalar == "◎" || scalar == "-" || scalar == "□" || scalar == "■"
  }

  private static let bylines: [[Unicode.Scalar]] = ["本报记者", "本报讯", "通讯员", "本报特约", "见习记者", "记者"].map {
    Array($0.unicodeScalars)
  }

  private static func startsWithByline(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    bylines.contains { word in
      index + word.count <= scalars.count && scalars[index..<(index + word.count)].elementsEqual(word)
    }
  }
}
