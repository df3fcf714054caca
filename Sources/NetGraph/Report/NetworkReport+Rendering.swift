import Foundation

extension NetworkReport {
  /// Self-contained Markdown: prose, tables, and the diagram as an SVG data URI.
  public func markdown() -> String {
    var out = "# Innovation network: \(scope)\n\n"
    let prose = paragraphs()
    for (heading, text) in prose.prefix(2) { out += "## \(heading)\n\n\(text)\n\n" }
    out += "Table 1. Network statistics.\n\n" + statistics.render(.markdown) + "\n"
    out += "## \(prose[2].heading)\n\n\(prose[2].text)\n\n"
    out += "Table 2. Top \(top) entities by degree centrality.\n\n" + centralityRows(.degree).markdown() + "\n"
    out +=
      "Table 3. Top \(top) entities by betweenness centrality.\n\n" + centralityRows(.betweenness).markdown() + "\n"
    out += "## \(prose[3].heading)\n\n\(prose[3].text)\n\n"
    if !brokerageRows().rows.isEmpty {
      out +=
        "Table 4. Brokerage roles (Gould–Fernandez counts) and Burt's constraint.\n\n" + brokerageRows().markdown()
        + "\n"
    }
    for (heading, text) in prose.dropFirst(4) {
      out += "## \(heading)\n\n\(text)\n\n"
      if heading.hasPrefix("Mixing") {
        out += "Table 5. Ties within and between kinds.\n\n" + mixingRows().markdown() + "\n"
      }
      if heading == "Communities" {
        out += "Table 6. Communities.\n\n" + communityRows().markdown() + "\n"
      }
    }
    if let timeline, let text = timelineText {
      out += "## Change over time\n\n\(text)\n\n"
      out += "Table 7. The network by \(timeline.slice.rawValue).\n\n" + timeline.formatted(.markdown) + "\n"
    }
    out += "## Diagram\n\n"
    switch diagram {
    case .success(let svg):
      out += "![Network diagram of \(scope)](data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString()))\n\n"
    case .failure(let error):
      out += "_The diagram could not be drawn: \(error.message)_\n\n"
    }
    out += "## Methods\n\n\(Self.methods)\n"
    return out
  }

  /// Self-contained HTML5: inline CSS, tables, and the SVG diagram inline.
  public func html() -> String {
    func esc(_ s: String) -> String { Escaping.htmlText(s) }
    func table(_ t: TextTable, caption: String) -> String {
      var html = "<table>\n<caption>\(esc(caption))</caption>\n<thead><tr>"
      for (i, h) in t.header.enumerated() {
        html += "<th\(t.rightAligned.contains(i) ? " class=\"n\"" : "")>\(esc(h))</th>"
      }
      html += "</tr></thead>\n<tbody>\n"
      for row in t.rows {
        html +=
          "<tr>"
          + row.enumerated().map { i, cell in
            "<td\(t.rightAligned.contains(i) ? " class=\"n\"" : "")>\(esc(cell))</td>"
          }.joined() + "</tr>\n"
      }
      return html + "</tbody>\n</table>\n"
    }
    let statsTable = TextTable(
      header: ["statistic", "value"], rows: statistics.rows.map { [$0.0, $0.1] }, rightAligned: [1])
    let prose = paragraphs()
    var body = "<h1>Innovation network: \(esc(scope))</h1>\n"
    for (heading, text) in prose.prefix(2) { body += "<h2>\(esc(heading))</h2>\n<p>\(esc(text))</p>\n" }
    body += table(statsTable, caption: "Table 1. Network statistics.")
    body += "<h2>\(esc(prose[2].heading))</h2>\n<p>\(esc(prose[2].text))</p>\n"
    body += table(centralityRows(.degree), caption: "Table 2. Top \(top) entities by degree centrality.")
    body += table(centralityRows(.betweenness), caption: "Table 3. Top \(top) entities by betweenness centrality.")
    body += "<h2>\(esc(prose[3].heading))</h2>\n<p>\(esc(prose[3].text))</p>\n"
    if !brokerageRows().rows.isEmpty {
      body += table(
        brokerageRows(), caption: "Table 4. Brokerage roles (Gould–Fernandez counts) and Burt's constraint.")
    }
    for (heading, text) in prose.dropFirst(4) {
      body += "<h2>\(esc(heading))</h2>\n<p>\(esc(text))</p>\n"
      if heading.hasPrefix("Mixing") { body += table(mixingRows(), caption: "Table 5. Ties within and between kinds.") }
      if heading == "Communities" { body += table(communityRows(), caption: "Table 6. Communities.") }
    }
    if let timeline, let text = timelineText {
      body += "<h2>Change over time</h2>\n<p>\(esc(text))</p>\n"
      body += table(
        TextTable(header: TimelineRow.columns, rows: timeline.rows.map(\.cells), rightAligned: Set(1...8)),
        caption: "Table 7. The network by \(timeline.slice.rawValue).")
    }
    body += "<h2>Diagram</h2>\n"
    switch diagram {
    case .success(let svg):
      body +=
        "<figure>\n\(Self.inlineSVG(svg))\n<figcaption>Figure 1. Network diagram of \(esc(scope)); node size by weighted degree, shape by kind, colour by community (Table 6).</figcaption>\n</figure>\n"
    case .failure(let error):
      body += "<p><em>The diagram could not be drawn: \(esc(error.message))</em></p>\n"
    }
    body += "<h2>Methods</h2>\n<p>\(esc(Self.methods))</p>\n"
    return """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Innovation network: \(esc(scope))</title>
      <style>
      body { font-family: "Noto Sans CJK SC", "Noto Sans", "PingFang SC", sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.55; color: #222; }
      h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
      table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
      caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
      th, td { border-bottom: 1px solid #e3e3e3; padding: 0.25em 0.7em; text-align: left; }
      th { border-bottom: 2px solid #999; } .n { text-align: right; font-variant-numeric: tabular-nums; }
      figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
      figcaption { font-size: 0.9em; color: #555; }
      </style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  /// The `<svg>` element of an SVG document (XML declaration and DOCTYPE dropped).
  static func inlineSVG(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return "" }
    return String(svg[start.lowerBound...])
  }
}
