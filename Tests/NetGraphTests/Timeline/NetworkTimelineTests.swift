import Foundation
import Testing

@testable import NetGraph

/// `evolve`: rows agree with extracting each period alone; frames keep positions.
@Suite("NetworkTimeline")
struct NetworkTimelineTests {
  static let extractor = try! Extractor()

  static func seedsCorpus() throws -> (ScratchDirectory, Corpus) {
    let dir = try ScratchDirectory()
    try dir.write("seeds.jsonl", SeedCorpusFormats.jsonl(try SeedCorpusFormats.articles()))
    return (dir, try CorpusLoader.load(paths: [dir.path]))
  }

  /// The row a network extracted on its own would give, as (entities, relations).
  static func counts(_ network: InnovationNetwork) -> [Int] { [network.entities.count, network.relations.count] }

  @Test("each row agrees with extracting its period alone (extract --from P --to P)", arguments: TimeSlice.allCases)
  func rowsAgreeWithExtract(slice: TimeSlice) throws {
    let (dir, corpus) = try Self.seedsCorpus()
    defer { dir.cleanup() }
    let timeline = try NetworkTimeline(corpus: corpus, extractor: Self.extractor, slice: slice)
    #expect(timeline.rows.count > 1)
    #expect(timeline.warning == nil)
    var previousKeys: Set<String> = []
    for (row, network) in zip(timeline.rows, timeline.networks) {
      let part = corpus.dated(from: row.period.from, to: row.period.to)
      let keyed = Self.extractor.keyedExtract(part)
      let alone = keyed.network
      #expect(row.articles == part.documents.count)
      let rowCounts: [Int] = [row.entities, row.relations]
      #expect(rowCounts == Self.counts(alone), "\(row.period)")
      #expect(SeedCorpusFormats.canonical(network) == SeedCorpusFormats.canonical(alone), "\(row.period)")
      #expect(row.newEntities == Set(keyed.keys).subtracting(previousKeys).count)
      let graph = Graph(network: alone, directed: false)
      #expect(row.density == graph.density)
      #expect(row.largestComponent == (graph.connectedComponents().first?.count ?? 0))
      previousKeys = Set(keyed.keys)
    }
    #expect(timeline.rows.map(\.articles).reduce(0, +) == corpus.documents.count)
  }

  @Test("cumulative rows agree with extract --to P; the last is the whole corpus")
  func cumulativeRows() throws {
    let (dir, corpus) = try Self.seedsCorpus()
    defer { dir.cleanup() }
    let timeline = try NetworkTimeline(corpus: corpus, extractor: Self.extractor, slice: .year, cumulative: true)
    for (row, network) in zip(timeline.rows, timeline.networks) {
      let alone = Self.extractor.extract(corpus.dated(from: nil, to: row.period.to))
      #expect(SeedCorpusFormats.canonical(network) == SeedCorpusFormats.canonical(alone), "\(row.period)")
      #expect(row.lostTies == 0)
    }
    #expect(timeline.networks.last == Self.extractor.extract(corpus))
    #expect(timeline.union == Self.extractor.extract(corpus))
  }

  @Test("a network read back from JSON gives the same rows as the corpus", arguments: [false, true])
  func fromNetworkFile(cumulative: Bool) throws {
    let (dir, corpus) = try Self.seedsCorpus()
    defer { dir.cleanup() }
    let fromCorpus = try NetworkTimeline(corpus: corpus, extractor: Self.extractor, slice: .quarter, cumulative: cumulative)
    let json = try NetworkFormatter.json(Self.extractor.extract(corpus))
    let network = try JSONDecoder().decode(InnovationNetwork.self, from: json)
    let fromFile = try NetworkTimeline(network: network, slice: .quarter, cumulative: cumulative)
    #expect(fromFile.rows.map(\.period) == fromCorpus.rows.map(\.period))
    for (a, b) in zip(fromFile.rows, fromCorpus.rows) {
      // Articles: the file knows only those with a mention.
      let fileCounts: [Int] = [a.entities, a.relations, a.newEntities, a.newTies, a.lostTies, a.largestComponent]
      let corpusCounts: [Int] = [b.entities, b.relations, b.newEntities, b.newTies, b.lostTies, b.largestComponent]
      #expect(fileCounts == corpusCounts, "\(a.period)")
      #expect(a.articles <= b.articles)
    }
  }

  @Test("periods: labels, bounds, gaps filled, undated and coarse dates counted")
  func periods() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    try dir.write(
      "d.jsonl",
      ["2021-11-30", "2022-02", "2022", ""].map {
        $0.isEmpty ? "{\"text\": \"西安高新区与西北工业大学签署合作协议。\"}" : "{\"text\": \"西安高新区与西北工业大学签署合作协议。\", \"date\": \"\($0)\"}"
      }.joined(separator: "\n"))
    let corpus = try CorpusLoader.load(paths: [dir.path])
    let months = try NetworkTimeline(corpus: corpus, extractor: Self.extractor, slice: .month)
    #expect(months.rows.map(\.period.description) == ["2021-11", "2021-12", "2022-01", "2022-02"])
    #expect(months.rows.map(\.articles) == [1, 0, 0, 1])
    #expect(months.rows.map(\.lostTies) == [0, 1, 0, 0])
    #expect(months.warning == .leftOutArticles(undated: 1, imprecise: 1))
    let quarters = try NetworkTimeline(corpus: corpus, extractor: Self.extractor, slice: .quarter, cumulative: true)
    #expect(quarters.rows.map(\.period.description) == ["2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"])
    #expect(quarters.rows.map(\.articles) == [1, 2, 2, 2, 3])
    #expect(quarters.warning == .leftOutArticles(undated: 1, imprecise: 0))
    #expect(TimePeriod(slice: .quarter, year: 2022, index: 4).next.description == "2023-Q1")
    #expect(TimePeriod(slice: .month, year: 2022, index: 2).to.lastDay.day == 28)
    #expect(throws: TimelineError.noDatedArticles(undated: 31)) {  // the seeds split into 31 articles (a headline before 图片来源 starts one)
      try NetworkTimeline(corpus: try CorpusLoader.bundled(), extractor: Self.extractor, slice: .year)
    }
  }

  @Test("frames: every entity at the same place in every period's SVG")
  func framesKeepPositions() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    // Four periods over the same articles, so entities recur across frames.
    let articles = try SeedCorpusFormats.articles()
    var lines: [String] = []
    for (n, article) in articles.enumerated() {
      for year in [2019 + n % 2, 2021 + n % 2] {
        var copy = article
        copy.date = "\(year)"
        copy.url += "?\(year)"
        lines.append(try SeedCorpusFormats.jsonl([copy]))
      }
    }
    try dir.write("s.jsonl", lines.joined())
    let timeline = try NetworkTimeline(
      corpus: try CorpusLoader.load(paths: [dir.path]), extractor: Self.extractor, slice: .year)
    let files = try timeline.frames(renderer: DiagramRenderer(theme: try Theme.bundled()))
    #expect(files.map(\.name) == ["2019.svg", "2020.svg", "2021.svg", "2022.svg", "index.html"])
    var centres: [String: [String: (Double, Double)]] = [:]
    var transforms: Set<String> = []
    for file in files where file.name.hasSuffix(".svg") {
      let parsed = try SVGNodeCentres.parse(file.contents)
      transforms.insert(parsed.transform)
      for (id, centre) in parsed.centres { centres[id, default: [:]][file.name] = centre }
    }
    #expect(transforms.count == 1)
    let recurring = centres.filter { $0.value.count >= 2 }
    #expect(recurring.count > 10)
    for (id, byFrame) in centres {
      let xs = byFrame.values.map(\.0), ys = byFrame.values.map(\.1)
      // Shapes are drawn to 0.01 pt; a node's size changes with its degree per frame.
      #expect(xs.max()! - xs.min()! < 1 && ys.max()! - ys.min()! < 1, "\(id): \(byFrame)")
    }
    let index = files.last!.contents
    #expect(index.contains("<img src=\"2019.svg\"") && index.range(of: "2019.svg")!.lowerBound < index.range(of: "2022.svg")!.lowerBound)
  }
}

/// Node centres of a Graphviz SVG: the middle of each node's first shape, by node title.
enum SVGNodeCentres {
  struct Parsed {
    var transform: String
    var centres: [String: (Double, Double)]
  }

  static func groups(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) throws -> [[String]] {
    let regex = try NSRegularExpression(pattern: pattern, options: options)
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
      (0..<match.numberOfRanges).map { ns.substring(with: match.range(at: $0)) }
    }
  }

  static func parse(_ svg: String) throws -> Parsed {
    let transform = try #require(try groups(#"class="graph" transform="([^"]*)""#, in: svg).first)[1]
    var centres: [String: (Double, Double)] = [:]
    let nodes = try groups(
      #"<g id="node\d+" class="node">\s*<title>([^<]*)</title>(.*?)</g>"#, in: svg, options: [.dotMatchesLineSeparators])
    for node in nodes {
      let body = node[2]
      if let ellipse = try groups(#"<ellipse[^>]*cx="([-\d.]+)" cy="([-\d.]+)""#, in: body).first {
        centres[node[1]] = (Double(ellipse[1])!, Double(ellipse[2])!)
      } else if let polygon = try groups(#"points="([^"]*)""#, in: body).first {
        let points = polygon[1].split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
        let xs = points.map { $0[0] }, ys = points.map { $0[1] }
        centres[node[1]] = ((xs.min()! + xs.max()!) / 2, (ys.min()! + ys.max()!) / 2)
      }
    }
    return Parsed(transform: transform, centres: centres)
  }
}
