import Foundation

/// Reads one saved news page (`.html`, `.htm`) as one article (CLI.md, "Corpus input").
///
/// The main text comes from the page's structure, not from per-site rules: the `<article>`
/// with the most text, else `<main>` (or `role="main"`), else the element whose own `<p>`
/// children hold the most text (the "largest block of paragraphs" of readability-style
/// extractors), else the body. Navigation, headers, footers, asides, forms, scripts and
/// styles are left out. Blocks become paragraphs separated by a blank line and headings
/// keep their level as Markdown `#` marks, so the article and sentence splitters read a page
/// as they read a Markdown text file. Offsets in mentions count in this main text.
///
/// `title` is the first `<h1>` (in the article, else anywhere), else `<title>`; `date` the
/// `article:published_time`/`pubdate` meta tag, else a `<time datetime>`; `url` the canonical
/// link (else `og:url`); `source` the `og:site_name` meta tag.
public enum HTMLArticleReader {
  /// The article of a decoded page.
  /// - Throws: `CorpusError.noArticleText` when the page holds no text outside page furniture.
  /// - Complexity: O(*n*) in the page length.
  public static func documents(in scalars: [Unicode.Scalar], path: String) throws -> [Document] {
    let vocabulary = try HTMLVocabulary.bundled.get()
    let tree = HTMLParser.parse(scalars, vocabulary: vocabulary)
    let reader = Reader(tree: tree, vocabulary: vocabulary)
    let container = reader.mainContainer()
    let text = reader.mainText(of: container)
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      let body = tree.all("body").first.map { tree.elements[$0].line } ?? 1
      throw CorpusError.badRecord(
        path: path, line: body,
        reason: "no article text in the page (no <article>, <main> or paragraphs with text); save the article page itself")
    }
    var metadata = ArticleMetadata()
    metadata.title = reader.title(in: container)
    metadata.date = reader.date(in: container)
    metadata.url = reader.canonicalURL()
    metadata.source = reader.meta("og:site_name")
    let fileName = (path as NSString).lastPathComponent
    return [Document(fileName: fileName, articleIndex: 0, text: text, metadata: metadata)]
  }

  private struct Reader {
    let tree: HTMLTree
    let vocabulary: HTMLVocabulary

    func isChrome(_ element: HTMLTree.Element) -> Bool {
      let role = vocabulary.role(element.name)
      if role == .chrome || role == .raw { return true }
      if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { return true }
      let r = element.attributes["role"] ?? ""
      return r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary"
    }

    /// Elements named `name` not inside page furniture.
    func content(_ name: String) -> [Int] {
      var found: [Int] = []
      tree.walk(descend: { !isChrome($0) }) { index in
        if tree.elements[index].name == name && !isChrome(tree.elements[index]) { found.append(index) }
      }
      return found
    }

    func mainContainer() -> Int {
      let articles = content("article").map { ($0, textLength($0)) }.filter { $0.1 > 0 }
      if let best = articles.max(by: { $0.1 < $1.1 }) { return best.0 }
      var mains = content("main")
      tree.walk(descend: { !isChrome($0) }) { index in
        if tree.elements[index].attributes["role"] == "main" { mains.append(index) }
      }
      if let main = mains.first(where: { textLength($0) > 0 }) { return main }
      // The element whose own paragraphs hold the most text.
      var best: (index: Int, length: Int)?
      tree.walk(descend: { !isChrome($0) }) { index in
        var length = 0
        for child in tree.elements[index].children {
          if case .element(let e) = child, tree.elements[e].name == "p" { length += textLength(e) }
        }
        if length > 0, length > (best?.length ?? 0) { best = (index, length) }
      }
      if let best { return best.index }
      return content("body").first ?? 0
    }

    /// Scalars of visible text under `root` (furniture left out).
    func textLength(_ root: Int) -> Int {
      var length = 0
      tree.walk(from: root, descend: { !isChrome($0) }) { index in
        guard !isChrome(tree.elements[index]) else { return }
        for child in tree.elements[index].children {
          if case .text(let t) = child {
            length += t.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
          }
        }
      }
      return length
    }

    /// The blocks of `root` as paragraphs separated by blank lines.
    func mainText(of root: Int) -> String {
      var blocks: [String] = []
      var current = String.UnicodeScalarView()
      var prefix = ""
      func flush() {
        let block = Self.collapse(current)
        if !block.isEmpty { blocks.append(prefix + block) }
        current = String.UnicodeScalarView()
        prefix = ""
      }
      func visit(_ index: Int) {
        for child in tree.elements[index].children {
          switch child {
          case .text(let t):
            current.append(contentsOf: t.unicodeScalars)
          case .element(let e):
            let element = tree.elements[e]
            if isChrome(element) { continue }
            if element.name == "br" || element.name == "hr" { flush(); continue }
            switch vocabulary.role(element.name) {
            case .heading?:
              flush()
              prefix = String(repeating: "#", count: Int(String(element.name.last!)) ?? 1) + " "
              visit(e)
              flush()
            case .block?:
              flush()
              visit(e)
              flush()
            default:
              visit(e)
            }
          }
        }
      }
      visit(root)
      flush()
      return blocks.joined(separator: "\n\n")
    }

    /// HTML whitespace collapsing: runs of spaces, tabs and line breaks become one space, or
    /// nothing when a line break joins two CJK characters (a source line wrap inside Chinese
    /// text is not a space); the ends are trimmed.
    static func collapse(_ text: String.UnicodeScalarView) -> String {
      var out: [Unicode.Scalar] = []
      var run: [Unicode.Scalar] = []
      for c in text {
        if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
          run.append(c)
          continue
        }
        if !run.isEmpty {
          let joinsCJK = run.contains("\n") && (out.last.map(isWide) ?? false) && isWide(c)
          if !joinsCJK && !out.isEmpty { out.append(" ") }
          run = []
        }
        out.append(c)
      }
      while let last = out.last, last.properties.isWhitespace { out.removeLast() }
      var start = 0
      while start < out.count, out[start].properties.isWhitespace { start += 1 }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: out[start...])
      return String(view)
    }

    static func isWide(_ c: Unicode.Scalar) -> Bool {
      c.value >= 0x2E80 && c.value <= 0x9FFF || c.value >= 0xF900 && c.value <= 0xFAFF
        || c.value >= 0xFF00 && c.value <= 0xFFEF || c.value >= 0x3000 && c.value <= 0x303F
    }

    func plainText(_ root: Int) -> String {
      var view = String.UnicodeScalarView()
      tree.walk(from: root, descend: { !isChrome($0) || $0.name == "title" }) { index in
        for child in tree.elements[index].children {
          if case .text(let t) = child { view.append(contentsOf: t.unicodeScalars) }
        }
      }
      return Self.collapse(view)
    }

    func title(in container: Int) -> String? {
      let inside = tree.all("h1", under: container).filter { !isChrome(tree.elements[$0]) }
      for index in inside + content("h1") {
        let text = plainText(index)
        if !text.isEmpty { return text }
      }
      return tree.all("title").lazy.map(plainText).first { !$0.isEmpty }
    }

    func meta(_ key: String) -> String? {
      for index in tree.all("meta") {
        let attributes = tree.elements[index].attributes
        let name = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
        if name == key, let value = attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
          return value
        }
      }
      return nil
    }

    func date(in container: Int) -> ArticleDate? {
      for key in ["article:published_time", "pubdate", "publishdate", "datepublished"] {
        if let value = meta(key), let date = ArticleDate(parsing: value) { return date }
      }
      for index in tree.all("time", under: container) + tree.all("time") {
        if let value = tree.elements[index].attributes["datetime"], let date = ArticleDate(parsing: value) { return date }
      }
      return nil
    }

    func canonicalURL() -> String? {
      for index in tree.all("link") {
        let attributes = tree.elements[index].attributes
        let rel = (attributes["rel"] ?? "").lowercased().split(separator: " ")
        if rel.contains("canonical"), let href = attributes["href"], !href.isEmpty { return href }
      }
      return meta("og:url")
    }
  }
}
