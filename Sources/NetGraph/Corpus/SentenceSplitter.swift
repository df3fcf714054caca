/// Splits an article into sentences, rejoining lines that the page layout broke.
///
/// A paragraph that ends without closing punctuation and runs long (the layout cut it) is
/// joined to the next one; headings, titles and bylines stay sentences of their own.
/// Sentences end at `。！？!?；;` and at paragraph ends; a closing quote or bracket right after
/// the mark stays with its sentence, and marks inside “…” or （…） do not split.
public struct SentenceSplitter: Sendable {
  /// A paragraph at least this long that lacks closing punctuation is taken as broken.
  public var brokenParagraphLength = 30

  public init() {}

  static let terminators: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "；", ";", "…"]
  static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》", "】", "\""]
  static let openers: Set<Unicode.Scalar> = ["“", "‘", "「", "『", "（", "(", "《", "【"]
  static let paragraphEnds: Set<Unicode.Scalar> = terminators.union(closers).union([":", "：", "…"])

  /// Sentences of `article` in `document`.
  /// - Complexity: O(*n*) in the article length.
  public func sentences(in article: Article, of document: Document) -> [Sentence] {
    var sentences: [Sentence] = []
    var text = String.UnicodeScalarView()
    var offsets: [Int] = []
    var depth = 0

    func flush() {
      // Trim spaces at both ends, keeping offsets aligned.
      var scalars = Array(text)
      var map = offsets
      while let first = scalars.first, first.properties.isWhitespace {
        scalars.removeFirst(); map.removeFirst()
      }
      while let last = scalars.last, last.properties.isWhitespace {
        scalars.removeLast(); map.removeLast()
      }
      if !scalars.isEmpty {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        sentences.append(
          Sentence(
            fileName: document.fileName, article: article.index, text: String(view),
            scalarOffsets: map))
      }
      text = String.UnicodeScalarView()
      offsets = []
      depth = 0
    }

    let scalars = document.scalars
    var i = article.scalarRange.lowerBound
    let end = article.scalarRange.upperBound
    while i < end {
      let scalar = scalars[i]
      if scalar == "\n" || scalar == "\r" {
        // Find the next non-blank scalar to decide whether the paragraph continues.
        var j = i
        while j < end, scalars[j].properties.isWhitespace { j += 1 }
        if shouldJoin(scalars: scalars, paragraphEnd: i, next: j, end: end, current: offsets.count) {
          i = j
          continue
        }
        flush()
        i = j
        continue
      }
      if Self.openers.contains(scalar) { depth += 1 }
      if Self.closers.contains(scalar), depth > 0 { depth -= 1 }
      text.append(scalar)
      offsets.append(i)
      if Self.terminators.contains(scalar) && depth == 0 {
        // Keep trailing closers and repeated marks with this sentence.
        var k = i + 1
        while k < end, Self.closers.contains(scalars[k]) || Self.terminators.contains(scalars[k]) {
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

  private func shouldJoin(
    scalars: [Unicode.Scalar], paragraphEnd: Int, next: Int, end: Int, current: Int
  ) -> Bool {
    guard next < end, current >= brokenParagraphLength else { return false }
    // Walk back over trailing spaces to the last visible scalar.
    var k = paragraphEnd - 1
    while k >= 0, scalars[k].properties.isWhitespace, scalars[k] != "\n" { k -= 1 }
    guard k >= 0, !Self.paragraphEnds.contains(scalars[k]) else { return false }
    let first = scalars[next]
    // A heading or a list marker never continues a sentence.
    if first == "#" || first == "►" || first == "◎" || first == "-" { return false }
    return true
  }
}
