import Foundation
import Testing

@testable import NetGraph

/// `.jsonl`, `.csv` and HTML corpora (CLI.md, "Corpus input"): the seeds written in each
/// format give the network of the `.txt` files, with every evidence item's url and date.
@Suite("Corpus formats")
struct CorpusFormatsTests {
  static let extractor = try! Extractor()
  static let seedNetwork = extractor.extract(try! CorpusLoader.bundled())

  /// Writes the seeds in `format` into a scratch directory and extracts them.
  static func network(_ format: String, in dir: ScratchDirectory) throws -> InnovationNetwork {
    let articles = try SeedCorpusFormats.articles()
    switch format {
    case "jsonl": try dir.write("seeds.jsonl", SeedCorpusFormats.jsonl(articles))
    case "csv": try dir.write("seeds.csv", SeedCorpusFormats.csv(articles))
    default:
      for article in articles { try dir.write("\(article.seed)-\(article.index).html", SeedCorpusFormats.html(article)) }
    }
    return extractor.extract(try CorpusLoader.load(paths: [dir.path]))
  }

  @Test("the seeds as .jsonl, .csv and .html give the network of the seed articles read one by one", arguments: ["jsonl", "csv", "html"])
  func seedsInEveryFormat(format: String) throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let network = try Self.network(format, in: dir)
    // Each seed article as a one-article document with its title: the same text and the same
    // context (title, short forms) as a line, row or page holds.
    let documents = try SeedCorpusFormats.articles().map { article in
      Document(
        fileName: "\(article.seed).txt", articleIndex: article.index, text: article.text,
        metadata: ArticleMetadata(title: article.title))
    }
    let perArticle = Self.extractor.extract(Corpus(documents: documents))
    let expected = SeedCorpusFormats.canonical(perArticle)
    let found = SeedCorpusFormats.canonical(network)
    func difference(_ a: [String], _ b: [String]) -> String {
      "only here: \(Set(a).subtracting(b).sorted()); only in .txt: \(Set(b).subtracting(a).sorted())"
    }
    #expect(found.entities == expected.entities, "\(difference(found.entities, expected.entities))")
    #expect(found.relations == expected.relations, "\(difference(found.relations, expected.relations))")
    #expect(network.relations.count > 20)
  }

  @Test("against the five seed pages, the only differences are forms a page's other articles merge", arguments: ["jsonl", "html"])
  func seedsAgainstPages(format: String) throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let network = try Self.network(format, in: dir)
    // A .txt page is one context for short and region-less forms (天府国际生物城 → 成都…), a
    // .jsonl line or HTML page is its own: an entity split here must be one entity there.
    let pages = SeedCorpusFormats.canonical(Self.seedNetwork)
    let found = SeedCorpusFormats.canonical(network)
    let onlyHere = Set(found.entities).subtracting(pages.entities)
    let onlyPages = Set(pages.entities).subtracting(found.entities)
    var pageEntityOf: [String: String] = [:]
    for entity in onlyPages {
      let parts = entity.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      for form in [parts[1]] + parts[2].split(separator: ";").map(String.init) { pageEntityOf[parts[0] + "|" + form] = parts[1] }
    }
    var rename: [String: String] = [:]
    for entity in onlyHere {
      let parts = entity.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      let page = try #require(pageEntityOf[parts[0] + "|" + parts[1]], "\(entity) is no form of a page entity")
      rename[parts[1]] = page
    }
    #expect(onlyHere.count <= 2 * onlyPages.count)
    let renamed = found.relations.map { relation -> String in
      var parts = relation.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      parts[1] = rename[parts[1]] ?? parts[1]
      parts[2] = rename[parts[2]] ?? parts[2]
      return parts.joined(separator: "|")
    }
    #expect(Set(renamed) == Set(pages.relations))
  }

  @Test("every evidence item carries its article's url and date", arguments: ["jsonl", "csv", "html"])
  func evidenceCarriesArticle(format: String) throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let articles = try SeedCorpusFormats.articles()
    let network = try Self.network(format, in: dir)
    let byURL = Dictionary(uniqueKeysWithValues: articles.map { ($0.url, $0) })
    for relation in network.relations {
      for evidence in relation.evidence {
        let article = try #require(evidence.url.flatMap { byURL[$0] }, "\(evidence)")
        #expect(evidence.date == article.date)
        #expect(evidence.title == article.title)
        // The sentence is in the article's text.
        #expect(article.text.split(whereSeparator: \.isWhitespace).joined().contains(
          evidence.sentence.split(whereSeparator: \.isWhitespace).joined()))
      }
    }
    for entity in network.entities {
      #expect(entity.mentions.allSatisfy { $0.date != nil })
    }
  }

  @Test("a .jsonl article's index is its line, offsets count in its text")
  func jsonlOffsets() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write(
      "news.jsonl",
      "{\"text\": \"西安高新区与西北工业大学签署合作协议。\", \"date\": \"2021-03\"}\n\n"
        + "{\"text\": \"近日，西北工业大学与西安高新区共建平台。\", \"title\": null, \"extra\": [1]}\n")
    let corpus = try CorpusLoader.load(paths: [file])
    #expect(corpus.documents.map(\.articleIndex) == [0, 2])
    #expect(corpus.documents[0].metadata?.date == ArticleDate(year: 2021, month: 3))
    let network = Self.extractor.extract(corpus)
    let park = try #require(network.entities.first { $0.name == "西安高新区" })
    #expect(park.mentions.map { "\($0.file):\($0.article):\($0.scalarOffset)" } == ["news.jsonl:0:0", "news.jsonl:2:10"])
  }

  @Test("CSV: quoted fields with commas, quotes and line breaks; columns in any order")
  func csvQuoting() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write(
      "news.csv",
      "Date, TEXT ,url\n2020-01-02,\"第一段，含逗号。\n第二段“引号”\"\"说明\"\"。\",https://a.cn/1\r\n\n2020,简单一行。,\n")
    let corpus = try CorpusLoader.load(paths: [file])
    #expect(corpus.documents.count == 2)
    #expect(corpus.documents[0].text(0..<corpus.documents[0].scalars.count) == "第一段，含逗号。\n第二段“引号”\"说明\"。")
    #expect(corpus.documents[0].metadata?.url == "https://a.cn/1")
    #expect(corpus.documents.map(\.articleIndex) == [0, 2])
    #expect(corpus.documents[1].metadata?.date?.description == "2020")
    #expect(corpus.documents[1].metadata?.url == nil)
  }

  @Test("HTML: main text from <article>, <main> or the largest block of paragraphs; furniture left out")
  func htmlMainText() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let pages = [
      // No <article> or <main>: the div with the most paragraph text wins over the sidebar.
      "a.html": """
        <html><head><title>站点 - 新闻</title><meta name="pubdate" content="2022/5/6 10:00">
        <meta property="og:site_name" content="示例网"></head><body>
        <div id="nav"><a>首页</a></div>
        <div class="side"><p>短讯。</p></div>
        <div class="content"><h1>合作 &amp; 创新</h1><p>第一段正文，
        较长。</p><p>第二段&nbsp;正文&#x3002;<br>换行后。</p></div>
        <footer>版权</footer></body></html>
        """,
      "b.htm": """
        <html><body><main><time datetime="2021-07-08">7月8日</time><p>主体文字。</p></main>
        <nav><p>导航里的很长很长很长很长很长很长很长很长的段落。</p></nav></body></html>
        """,
    ]
    for (name, text) in pages { try dir.write(name, text) }
    let corpus = try CorpusLoader.load(paths: [dir.path])
    let a = try #require(corpus.documents.first { $0.fileName == "a.html" })
    #expect(a.text(0..<a.scalars.count) == "# 合作 & 创新\n\n第一段正文，较长。\n\n第二段\u{A0}正文。\n\n换行后。")
    #expect(a.metadata == ArticleMetadata(title: "合作 & 创新", date: ArticleDate(year: 2022, month: 5, day: 6), source: "示例网"))
    let b = try #require(corpus.documents.first { $0.fileName == "b.htm" })
    #expect(b.text(0..<b.scalars.count) == "7月8日\n\n主体文字。")
    #expect(b.metadata?.date?.description == "2021-07-08")
    #expect(b.metadata?.title == nil)
  }

  @Test("directories are searched recursively for every corpus extension")
  func recursiveDirectories() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(atPath: dir.file("2021/03"), withIntermediateDirectories: true)
    try dir.write("2021/03/a.jsonl", "{\"text\": \"甲。\"}\n")
    try dir.write("2021/b.txt", "乙。")
    try dir.write("c.HTML", "<p>丙。</p>")
    try dir.write("2021/notes.md", "# 不读")
    let corpus = try CorpusLoader.load(paths: [dir.path])
    #expect(corpus.documents.map(\.fileName) == ["a.jsonl", "b.txt", "c.HTML"])
  }

  @Test(
    "a bad line, row or page is an error naming file and line",
    arguments: [
      ("bad.jsonl", "{\"text\": \"好。\"}\n{\"text\": \"坏\n", 2, "not a JSON object"),
      ("bad.jsonl", "{\"text\": \"好。\"}\n[1, 2]\n", 2, "not a JSON object"),
      ("bad.jsonl", "{\"title\": \"无正文\"}\n", 1, "no \"text\" key"),
      ("bad.jsonl", "{\"text\": 5}\n", 1, "\"text\" is not a string"),
      ("bad.jsonl", "\n\n{\"text\": \"好。\", \"date\": \"昨天\"}\n", 3, "is not a date"),
      ("bad.csv", "title,body\n标题,正文\n", 1, "no 'text' column"),
      ("bad.csv", "text,date\n好。,2020\n坏,2020,多\n", 3, "row has 3 fields"),
      ("bad.csv", "text\n\"未闭合\n下一行\n", 2, "quoted field never closed"),
      ("bad.csv", "text,date\n\" \",2020\n", 2, "'text' field is empty"),
      ("bad.html", "<html>\n<head><title>空</title></head>\n<body><nav>菜单</nav><script>x()</script></body></html>", 3, "no article text"),
    ])
  func badRecords(name: String, text: String, line: Int, reason: String) throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write(name, text)
    do {
      _ = try CorpusLoader.load(paths: [file])
      Issue.record("expected an error for \(name)")
    } catch let error as CorpusError {
      guard case .badRecord(let path, let found, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path == file)
      #expect(found == line)
      #expect(error.description.hasPrefix("\(file):\(line): "))
      #expect(error.description.contains(reason), "\(error)")
      #expect(!error.description.contains("\n"))
    }
  }

  @Test("dates: precisions, crawler forms, invalid dates")
  func dates() {
    #expect(ArticleDate(parsing: "2023")?.description == "2023")
    #expect(ArticleDate(parsing: "2023-5")?.description == "2023-05")
    #expect(ArticleDate(parsing: "2023-05-06T10:00:00+08:00")?.description == "2023-05-06")
    #expect(ArticleDate(parsing: "2023/5/6 10:00")?.description == "2023-05-06")
    #expect(ArticleDate(parsing: "2023年5月6日")?.description == "2023-05-06")
    #expect(ArticleDate(parsing: "2023.05")?.description == "2023-05")
    for bad in ["", "23-05-06", "2023-13", "2023-02-30", "May 2023", "2023-05-06x", "20230506"] {
      #expect(ArticleDate(parsing: bad) == nil, "\(bad)")
    }
    let may = ArticleDate(year: 2023, month: 5)!
    #expect(may.lies(from: ArticleDate(year: 2023), to: ArticleDate(year: 2023)))
    #expect(!ArticleDate(year: 2023)!.lies(from: may, to: nil))
    #expect(ArticleDate(year: 2024, month: 2, day: 29) != nil && ArticleDate(year: 2023, month: 2, day: 29) == nil)
  }

  @Test("--from/--to keep exactly the dated range; undated and too-coarse articles are counted")
  func dateRange() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let lines = ["2020-12-31", "2021-01-01", "2021-06", "2021", "2021-12-31", "2022-01-01", ""].map { date in
      date.isEmpty ? "{\"text\": \"无日期。\"}" : "{\"text\": \"文。\", \"date\": \"\(date)\"}"
    }
    try dir.write("d.jsonl", lines.joined(separator: "\n"))
    try dir.write("plain.txt", "纯文本。")
    let corpus = try CorpusLoader.load(paths: [dir.path])
    let year = corpus.dated(from: ArticleDate(year: 2021), to: ArticleDate(year: 2021))
    #expect(year.documents.compactMap(\.metadata?.date?.description) == ["2021-01-01", "2021-06", "2021", "2021-12-31"])
    #expect(year.warnings == [.leftOutArticles(undated: 2, imprecise: 0)])
    let half = corpus.dated(from: ArticleDate(year: 2021, month: 6), to: nil)
    #expect(half.documents.compactMap(\.metadata?.date?.description) == ["2021-06", "2021-12-31", "2022-01-01"])
    #expect(half.warnings == [.leftOutArticles(undated: 2, imprecise: 1)])
    #expect(corpus.dated(from: nil, to: nil).documents.count == corpus.documents.count)
  }
}
