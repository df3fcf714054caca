import Foundation

@testable import NetGraph

/// The bundled seeds rewritten as a crawler would keep them: one `.jsonl` line, one `.csv`
/// row and one HTML page (with navigation, scripts, an aside and a footer around the
/// article) per article, each with a date and an address. Generated at test time from
/// `seeds/`, so the formats always hold the same text as the `.txt` files.
enum SeedCorpusFormats {
  struct SeedArticle {
    /// Seed file name without extension and the article's index in it.
    var seed: String
    var index: Int
    var text: String
    var title: String?
    var date: String
    var url: String
  }

  /// Every article of the seeds, in file and article order, with a date spread over
  /// 2019–2022 and an address.
  static func articles() throws -> [SeedArticle] {
    let corpus = try CorpusLoader.bundled()
    var articles: [SeedArticle] = []
    for document in corpus.documents {
      let seed = (document.fileName as NSString).deletingPathExtension
      for article in ArticleSplitter().articles(in: document) {
        let n = articles.count
        let date = String(format: "%04d-%02d-%02d", 2019 + n % 4, 1 + (n * 5) % 12, 1 + (n * 7) % 28)
        articles.append(
          SeedArticle(
            seed: seed, index: article.index, text: document.text(article.scalarRange), title: article.title,
            date: date, url: "https://news.example.cn/\(seed)/\(article.index).html"))
      }
    }
    return articles
  }

  /// `seeds.jsonl`: one object per line.
  static func jsonl(_ articles: [SeedArticle]) throws -> String {
    try articles.map { article in
      var object: [String: Any] = ["text": article.text, "date": article.date, "url": article.url, "source": "seeds"]
      if let title = article.title { object["title"] = title }
      object["id"] = "\(article.seed)-\(article.index)"
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }.joined(separator: "\n") + "\n"
  }

  /// `seeds.csv`: RFC 4180, texts quoted (they hold line breaks and commas), CRLF rows.
  static func csv(_ articles: [SeedArticle]) -> String {
    func field(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    var out = "id,title,date,source,url,text\r\n"
    for a in articles {
      out += [field("\(a.seed)-\(a.index)"), field(a.title ?? ""), a.date, "seeds", a.url, field(a.text)]
        .joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One page per article, named `<seed>-<index>.html`.
  static func html(_ article: SeedArticle) -> String {
    func escape(_ s: String) -> String {
      s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
    }
    var body: [String] = []
    for line in article.text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      let text = line.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      let level = text.prefix { $0 == "#" }.count
      if level > 0 && level <= 6 && text.dropFirst(level).first == " " {
        body.append("<h\(level)>\(escape(String(text.dropFirst(level + 1))))</h\(level)>")
      } else {
        body.append("<p>\(escape(text))</p>")
      }
    }
    let title = article.title.map { "<title>\(escape($0))</title>" } ?? ""
    return """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      \(title)
      <meta property="article:published_time" content="\(article.date)T09:30:00+08:00">
      <link rel="canonical" href="\(article.url)">
      <script>var related = "<p>西安高新区与北京大学签署合作协议。</p>"; if (a < b && c > d) {}</script>
      <style>p { margin: 0 }</style>
      </head>
      <body>
      <header><nav><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/parks">园区</a></nav></header>
      <div class="wrap">
      <aside><h3>相关阅读</h3><p>苏州工业园区与清华大学共建研究院，合作再升级。</p></aside>
      <article>
      \(body.joined(separator: "\n"))
      </article>
      </div>
      <footer><p>版权所有 © 示例新闻网 京ICP备00000000号</p><script>track();</script></footer>
      </body>
      </html>

      """
  }

  /// Entities as `kind|name|aliases` and relations as `kind|source|target|sentences`
  /// (sentences with whitespace runs collapsed), to compare networks from different files.
  static func canonical(_ network: InnovationNetwork) -> (entities: [String], relations: [String]) {
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    let entities = network.entities.map { "\($0.kind?.rawValue ?? "")|\($0.name)|\($0.aliases.joined(separator: ";"))" }
    let relations = network.relations.map { r in
      let sentences = Set(r.evidence.map { $0.sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
      var ends = [names[r.source]!, names[r.target]!]
      if !r.isDirected { ends.sort() }
      return "\(r.kind?.rawValue ?? "")|\(ends[0])|\(ends[1])|\(sentences.sorted().joined(separator: "¶"))"
    }
    return (entities.sorted(), relations.sorted())
  }
}
