import Testing
@testable import NetGraph

/// Sentences: layout breaks rejoined, titles kept apart, quotes respected, offsets true to the file.
@Suite struct SentenceSplitterTests {
  static func sentences(_ text: String) -> [Sentence] {
    let document = Document(fileName: "s.txt", text: text)
    return ArticleSplitter().articles(in: document).flatMap { SentenceSplitter().sentences(in: $0, of: document) }
  }

  @Test func shortLayoutBreakIsRejoined() {
    let found = Self.sentences("具体看,西安高新区布局建设中国\n\n科学院西安科学园,集聚3个设施。")
    #expect(found.map(\.text) == ["具体看,西安高新区布局建设中国科学院西安科学园,集聚3个设施。"])
  }

  @Test func titlesAndBylinesStayApart() {
    let found = Self.sentences("硬科技策源地成绩单亮眼\n\n本报记者 张伟\n\n中国科学院3个重点实验室签约。")
    #expect(found.map(\.text) == ["硬科技策源地成绩单亮眼", "本报记者 张伟", "中国科学院3个重点实验室签约。"])
  }

  @Test func quotesDoNotSplit() {
    let found = Self.sentences("他说：“我们要合作。然后发展！”随后离开。下一句。")
    #expect(found.map(\.text) == ["他说：“我们要合作。然后发展！”随后离开。", "下一句。"])
  }

  @Test func closingQuoteStaysWithSentence() {
    let found = Self.sentences("“光谷的底气来自高校。”负责人表示。")
    #expect(found.map(\.text) == ["“光谷的底气来自高校。”负责人表示。"])
  }

  @Test func unclosedQuoteDoesNotSwallowTheArticle() {
    let body = String(repeating: "这是一句很长的话，", count: 40)
    let found = Self.sentences("开头“没有闭合。" + body + "结束。后面还有一句。")
    #expect(found.count >= 2)
  }

  @Test func offsetsPointIntoTheFile() throws {
    let text = "标题行在这里\n\n本报讯 第一句，包含逗号的长句子被版面\n\n断开了。第二句。\r\n第三句没有句号"
    let document = Document(fileName: "s.txt", text: text)
    for sentence in Self.sentences(text) {
      #expect(sentence.scalarOffsets.count == sentence.text.unicodeScalars.count)
      for (scalar, offset) in zip(sentence.text.unicodeScalars, sentence.scalarOffsets) {
        #expect(document.scalars[offset] == scalar)
      }
    }
  }

  @Test func seedSentencesMapBack() throws {
    for document in try CorpusLoader.bundled().documents {
      for article in ArticleSplitter().articles(in: document) {
        for sentence in SentenceSplitter().sentences(in: article, of: document) {
          #expect(zip(sentence.text.unicodeScalars, sentence.scalarOffsets).allSatisfy { document.scalars[$1] == $0 })
          #expect(!sentence.text.contains("\n"))
        }
      }
    }
  }
}
