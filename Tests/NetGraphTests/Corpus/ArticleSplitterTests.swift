import Testing
@testable import NetGraph

/// Article boundaries: headings, title blocks with bylines, brief headlines, signatures, credits.
@Suite struct ArticleSplitterTests {
  static func titles(_ text: String) -> [String?] {
    ArticleSplitter().articles(in: Document(fileName: "p.txt", text: text)).map(\.title)
  }

  @Test func markdownHeadingsStartArticles() {
    #expect(Self.titles("# 标题一\n\n正文一句。\n\n# 标题二\n\n正文二句。") == ["标题一", "标题二"])
  }

  @Test func titleBlockBeforeBylineIsOneTitle() {
    let text = "前一篇的最后一句话。\n\n## 甘肃兰白两区明确定位\n## 用足用好各类平台 走出科技道路\n◎卫路兵 本报记者 顾满斌\n\n正文第一句，很长的一句话。"
    #expect(Self.titles(text) == [nil, "甘肃兰白两区明确定位 用足用好各类平台 走出科技道路"])
  }

  @Test func sectionHeadingsStayInTheirArticle() {
    let text = "# 榆林高新区科技发展跑出加速度\n\n► 吕晶\n\n导语一句。\n\n## 推进平台建设 优化创新资源配置\n\n正文，又一句。"
    #expect(Self.titles(text) == ["榆林高新区科技发展跑出加速度"])
  }

  @Test func briefHeadlineAfterBodyStartsArticle() {
    let text = "上一篇正文，结束了。\n\n合肥高新区: 10个优质智能汽车产业项目落户\n\n图片来源:合肥高新区\n\n在近日举行的峰会上，合肥高新区集中签约10个项目。"
    #expect(Self.titles(text) == [nil, "合肥高新区: 10个优质智能汽车产业项目落户"])
  }

  @Test func headlineAfterSignatureStartsArticle() {
    let text = "# 甲\n\n正文，一句。\n\n熊晖\n\n南昌高新区 33个项目获省级专项政策支持\n\n近日，在名单中，南昌高新区推荐的项目入选。"
    #expect(Self.titles(text) == ["甲", "南昌高新区 33个项目获省级专项政策支持"])
  }

  @Test func headlineBetweenBodyAndPhotoCreditStartsArticle() {
    let body = "上一篇的正文很长，写了园区今年的发展成绩、引进的项目和人才，以及下一步的工作打算，一共说了很多内容。"
    let text = "\(body)\n\n临川高新区迎来第9家上市企业\n\n图片来源:临川高新区\n\n\(body)"
    #expect(Self.titles(text) == [nil, "临川高新区迎来第9家上市企业"])
    // A caption between two credits (not after body text) is no title.
    let captions = "\(body)\n\n青禾科技\n\n图片来源:临川高新区\n\n蓝鲸通信\n\n图片来源:临川高新区\n\n\(body)"
    #expect(Self.titles(captions) == [nil])
  }

  @Test func photoCreditIsNotATitle() {
    let text = "# 郑州高新区发布场景\n\n图片来源:郑州高新区\n\n本报讯 近日，郑州高新区发布场景。"
    #expect(Self.titles(text) == ["郑州高新区发布场景"])
  }

  @Test func articlesCoverTheDocumentInOrder() throws {
    for document in try CorpusLoader.bundled().documents {
      let articles = ArticleSplitter().articles(in: document)
      #expect(articles.first?.scalarRange.lowerBound == 0 || document.scalars[0..<articles[0].scalarRange.lowerBound].allSatisfy { $0.properties.isWhitespace })
      #expect(articles.last?.scalarRange.upperBound == document.scalars.count)
      for (a, b) in zip(articles, articles.dropFirst()) { #expect(a.scalarRange.upperBound == b.scalarRange.lowerBound) }
      #expect(articles.map(\.index) == Array(0..<articles.count))
    }
  }

  @Test func emptyDocument() {
    #expect(ArticleSplitter().articles(in: Document(fileName: "e.txt", text: "")).isEmpty)
  }
}
