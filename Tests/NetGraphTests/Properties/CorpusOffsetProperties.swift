import Foundation
import PropertyBased
import Testing

@testable import NetGraph

@Suite("Properties: corpus offsets")
struct CorpusOffsetProperties {
  /// Checks that every sentence's `scalarOffsets` index the document scalars of its text.
  static func checkSentences(of document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let articles = ArticleSplitter().articles(in: document)
    var previousEnd = 0
    for article in articles {
      #expect(article.scalarRange.lowerBound >= previousEnd, sourceLocation: sourceLocation)
      #expect(article.scalarRange.upperBound <= document.scalars.count, sourceLocation: sourceLocation)
      previousEnd = article.scalarRange.upperBound
      for sentence in SentenceSplitter().sentences(in: article, of: document) {
        let text = Array(sentence.text.unicodeScalars)
        #expect(text.count == sentence.scalarOffsets.count, sourceLocation: sourceLocation)
        for (scalar, offset) in zip(text, sentence.scalarOffsets) {
          #expect(article.scalarRange.contains(offset), sourceLocation: sourceLocation)
          #expect(document.scalars[offset] == scalar, "offset \(offset)", sourceLocation: sourceLocation)
        }
        #expect(zip(sentence.scalarOffsets, sentence.scalarOffsets.dropFirst()).allSatisfy { $0 < $1 }, sourceLocation: sourceLocation)
        #expect(sentence.evidence.scalarOffset == sentence.scalarOffsets.first, sourceLocation: sourceLocation)
      }
    }
  }

  @Test("sentence offsets slice back to the sentence text (random CJK text, random line breaks)")
  func sentenceOffsets() async {
    await propertyCheck(count: PropertyRuns.count, input: TextGen.news(length: 0...400)) { text in
      Self.checkSentences(of: Document(fileName: "r.txt", text: text))
    }
  }

  @Test("offsets do not depend on the file's encoding (UTF-8, UTF-8 BOM, UTF-16, GB18030)")
  func encodingIndependentOffsets() async throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    await propertyCheck(count: max(20, PropertyRuns.count / 10), input: TextGen.news(length: 1...300)) { text in
      let utf8: [UInt8] = Array(text.utf8)
      let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
      var utf16: [UInt8] = [0xFE, 0xFF]
      for unit in text.utf16 { utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
      var variants: [(String, [UInt8])] = [("a.txt", utf8), ("b.txt", bom + utf8), ("c.txt", utf16)]
      // GB18030 bytes that are also valid UTF-8 (院 = D4 BA = Ժ) are read as UTF-8: detection
      // order, documented in README "Troubleshooting".
      if let gb = TextDecoderProperties.gb18030(text), String(validating: gb, as: UTF8.self) == nil {
        variants.append(("d.txt", gb))
      }
      var scalars: [[Unicode.Scalar]] = []
      for (name, bytes) in variants {
        try dir.write(name, bytes)
        let corpus = try CorpusLoader.load(paths: [dir.file(name)])
        scalars.append(corpus.documents[0].scalars)
      }
      #expect(Set(scalars.map { $0.map(\.value) }).count == 1)
      #expect(scalars[0] == Array(text.unicodeScalars))
    }
  }

  @Test("mention and evidence offsets of extraction slice back to their text")
  func extractionOffsets() async throws {
    let extractor = try Extractor()
    let names = ["西安高新区", "西北工业大学", "中关村科技园区", "清华大学", "陕西省科技厅", "比亚迪股份有限公司"]
    let generator = zip(TextGen.news(length: 0...200).array(of: 1...6), Gen<Int>.int(in: 0...1000).array(of: 1...6))
    final class Counter: @unchecked Sendable { var mentions = 0, evidence = 0 }
    let checked = Counter()
    await propertyCheck(count: max(20, PropertyRuns.count / 4), input: generator) { chunks, picks in
      // Random text with known names spliced in, some of them cut by a line break.
      var text = ""
      for (chunk, pick) in zip(chunks, picks) {
        var name = names[pick % names.count]
        if pick % 3 == 0 { name.insert("\n", at: name.index(after: name.startIndex)) }
        text += chunk + name + "与" + names[(pick / 7) % names.count] + "签署合作协议。"
      }
      let document = Document(fileName: "r.txt", text: text)
      let network = extractor.extract(Corpus(documents: [document]))
      for mention in network.entities.flatMap(\.mentions) {
        // The mention text is the file text from its offset, layout dropped: a line break and
        // the indentation after it (as SentenceSplitter rejoins broken lines).
        let expected = Array(mention.text.unicodeScalars)
        var got: [Unicode.Scalar] = []
        var i = mention.scalarOffset
        var afterBreak = false
        while got.count < expected.count, i < document.scalars.count {
          let scalar = document.scalars[i]
          if scalar == "\n" || scalar == "\r" {
            afterBreak = true
          } else if afterBreak && scalar.properties.isWhitespace && expected[got.count] != scalar {
            // indentation of the continued line
          } else {
            afterBreak = false
            got.append(scalar)
          }
          i += 1
        }
        #expect(got == expected, "mention at \(mention.scalarOffset)")
        checked.mentions += 1
      }
      for evidence in network.relations.flatMap(\.evidence) {
        let first = evidence.sentence.unicodeScalars.first
        #expect(first == nil || document.scalars[evidence.scalarOffset] == first)
        checked.evidence += 1
      }
    }
    // The spliced names are known to the lexicons: a run that checked nothing proves nothing.
    #expect(checked.mentions > 0 && checked.evidence > 0)
  }
}
