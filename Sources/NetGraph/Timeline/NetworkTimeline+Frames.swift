extension NetworkTimeline {
  /// One SVG diagram per period (`<period>.svg`) in which every entity sits where the layout
  /// of the union of all periods put it, plus `index.html` showing them in order with each
  /// period's row (`evolve --render DIR`).
  ///
  /// The union is laid out once (`DiagramRenderer.framed(over:)`); each frame pins its nodes
  /// there and shares the union's drawing area, so the SVG coordinates of an entity are the
  /// same in every frame. As in `render`, entities without a tie are not drawn; a period
  /// without ties gets its caption in the index and no diagram.
  /// - Parameter renderer: Theme and options; its format must be SVG.
  /// - Throws: `RenderError` from Graphviz.
  /// - Complexity: one layout of the union plus one edge routing per period.
  public func frames(renderer: DiagramRenderer) throws -> [ExportFile] {
    var base = renderer
    base.format = .svg
    base.legend = false
    let dropIsolated = NetworkFilter(dropIsolated: true)
    let drawnUnion = dropIsolated.apply(to: union)
    guard !drawnUnion.entities.isEmpty else { return [ExportFile(name: "index.html", contents: index([]))] }
    let framed = try base.framed(over: drawnUnion)
    var files: [ExportFile] = []
    var figures: [String] = []
    for (row, network) in zip(rows, networks) {
      let name = row.period.description
      let caption =
        "\(Escaping.htmlText(name)): \(row.articles) articles, \(row.entities) entities, \(row.relations) relations, "
        + "\(row.newEntities) new entities, \(row.newTies) new ties, \(row.lostTies) lost ties"
      let drawn = dropIsolated.apply(to: network)
      if drawn.entities.isEmpty {
        figures.append("<figure><figcaption>\(caption)</figcaption><p>(no ties in this period)</p></figure>")
        continue
      }
      let svg = String(decoding: try framed.render(drawn), as: UTF8.self)
      files.append(ExportFile(name: name + ".svg", contents: svg))
      figures.append(
        "<figure id=\"p\(Escaping.xml(name))\"><figcaption>\(caption)</figcaption>"
          + "<img src=\"\(Escaping.xml(name)).svg\" alt=\"network \(Escaping.xml(name))\"></figure>")
    }
    files.append(ExportFile(name: "index.html", contents: index(figures)))
    return files
  }

  /// The page showing the frames in order.
  private func index(_ figures: [String]) -> String {
    let title = "Network by \(slice.rawValue)\(cumulative ? " (cumulative)" : "")"
    return """
      <!DOCTYPE html>
      <html lang="zh">
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      <style>
      body { font-family: sans-serif; margin: 1.5em; }
      figure { margin: 0 0 2em 0; }
      figcaption { font-weight: bold; margin-bottom: .5em; }
      img { max-width: 100%; border: 1px solid #ddd; }
      </style>
      </head>
      <body>
      <h1>\(title)</h1>
      <p>Every entity keeps one position in all periods (one layout of all periods together).</p>
      \(figures.joined(separator: "\n"))
      </body>
      </html>

      """
  }
}
