import Foundation
import Testing

/// Corpus formats, `--from`/`--to`, `--shard` + `merge` and `evolve` end to end.
@Suite struct CorpusCommandsTests {
  /// A small dated corpus: the same two ties in three years, one undated line.
  static let news = [
    "{\"text\": \"西安高新区与西北工业大学签署合作协议。\", \"date\": \"2020-03-01\", \"url\": \"https://a.cn/1\", \"title\": \"合作\"}",
    "{\"text\": \"清华大学与苏州工业园区签署合作协议。\", \"date\": \"2021-05\", \"url\": \"https://a.cn/2\"}",
    "{\"text\": \"西安高新区与西北工业大学签署合作协议。\", \"date\": \"2022\", \"url\": \"https://a.cn/3\"}",
    "{\"text\": \"北京大学与中关村科技园区签署合作协议。\"}",
  ].joined(separator: "\n") + "\n"

  static func scratch() throws -> URL {
    let dir = try NetgraphProcess.temporaryDirectory()
    try Data(news.utf8).write(to: dir.appendingPathComponent("news.jsonl"))
    return dir
  }

  static func json(_ data: Data) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  @Test func evidenceCarriesArticleMetadata() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try NetgraphProcess.run(["extract", "news.jsonl"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let relations = try Self.json(result.stdout)["relations"] as! [[String: Any]]
    let evidence = relations.flatMap { $0["evidence"] as! [[String: Any]] }
    #expect(evidence.count == 4)
    let first = try #require(evidence.first { $0["url"] as? String == "https://a.cn/1" })
    #expect(first["date"] as? String == "2020-03-01" && first["title"] as? String == "合作" && first["article"] as? Int == 0)
    #expect(evidence.contains { $0["url"] == nil && $0["date"] == nil })
    let tsv = try NetgraphProcess.run(["extract", "news.jsonl", "--format", "tsv"], in: dir)
    #expect(tsv.stdoutText.hasPrefix("record\tid_or_source\tkind_or_target\tname_or_kind\taliases_or_weight\tmentions_or_evidence\tdate\turl\ttitle\tsource\n"))
    #expect(tsv.stdoutText.contains("\t2020-03-01\thttps://a.cn/1\t合作\t\n"))
    let graphml = try NetgraphProcess.run(["export", "news.jsonl", "--format", "graphml"], in: dir)
    #expect(graphml.stdoutText.contains("attr.name=\"url\"") && graphml.stdoutText.contains(">https://a.cn/1</data>"))
    let gexf = try NetgraphProcess.run(["export", "news.jsonl", "--format", "gexf"], in: dir)
    #expect(gexf.stdoutText.contains("<attvalue for=\"date\" value=\"2020-03-01\"/>"))
    let svg = try NetgraphProcess.run(["render", "news.jsonl"], in: dir)
    #expect(svg.stdoutText.contains("https://a.cn/1"))
  }

  @Test func fromToKeepTheRangeAndCountUndated() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try NetgraphProcess.run(["extract", "news.jsonl", "--from", "2021", "--to", "2022-12-31"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let entities = (try Self.json(result.stdout)["entities"] as! [[String: Any]]).map { $0["name"] as! String }
    #expect(Set(entities) == ["清华大学", "苏州工业园区", "西安高新区", "西北工业大学"])
    #expect(result.stderr == "netgraph: warning: left out 1 undated article; give articles a date (jsonl/csv 'date', HTML <time datetime>) to count them\n")
    for command in [["stats"], ["centrality"], ["communities"], ["render", "--format", "dot"], ["export", "--format", "json"], ["report"]] {
      let run = try NetgraphProcess.run(command + ["news.jsonl", "--from", "2022"], in: dir)
      #expect(run.status == 0 && run.stderr.contains("left out 1 undated article"), "\(command): \(run.stderr)")
    }
    let bad = try NetgraphProcess.run(["extract", "news.jsonl", "--from", "2022", "--to", "2021"], in: dir)
    #expect(bad.status != 0 && bad.stderr.contains("--from 2022 is after --to 2021"))
    let badDate = try NetgraphProcess.run(["extract", "news.jsonl", "--from", "May"], in: dir)
    #expect(badDate.status != 0 && badDate.stderr.contains("--from"))
  }

  @Test func shardsMergeToOneExtractAndReadBackWithGraph() throws {
    let dir = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let whole = try NetgraphProcess.run(["extract", "-o", "whole.json"], in: dir)
    #expect(whole.status == 0, "\(whole.stderr)")
    for i in 1...3 {
      let part = try NetgraphProcess.run(["extract", "--shard", "\(i)/3", "-o", "part\(i).json"], in: dir)
      #expect(part.status == 0, "\(part.stderr)")
    }
    let merged = try NetgraphProcess.run(["merge", "part1.json", "part2.json", "part3.json", "-o", "merged.json"], in: dir)
    #expect(merged.status == 0, "\(merged.stderr)")
    let a = try Data(contentsOf: dir.appendingPathComponent("whole.json"))
    let b = try Data(contentsOf: dir.appendingPathComponent("merged.json"))
    #expect(a == b)
    // Read back with kinds and evidence: the same statistics as the corpus.
    let fromGraph = try NetgraphProcess.run(["stats", "--graph", "merged.json", "--format", "json"], in: dir)
    let fromCorpus = try NetgraphProcess.run(["stats", "--format", "json"], in: dir)
    #expect(fromGraph.status == 0 && fromGraph.stdout == fromCorpus.stdout)
    let bad = try NetgraphProcess.run(["extract", "--shard", "4/3"], in: dir)
    #expect(bad.status != 0 && bad.stderr.contains("--shard"))
    let notJSON = try NetgraphProcess.run(["merge", "part1.tsv"], in: dir)
    #expect(notJSON.status != 0 && notJSON.stderr.contains("give .json files"))
  }

  @Test func evolveTableAndFrames() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try NetgraphProcess.run(["evolve", "news.jsonl", "--slice", "year", "--format", "csv", "--render", "frames"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdoutText == """
        period,articles,entities,relations,new_entities,new_ties,lost_ties,density,largest_component,top_entities
        2020,1,2,1,2,1,0,1.0000,2,西北工业大学;西安高新区
        2021,1,2,1,2,1,1,1.0000,2,清华大学;苏州工业园区
        2022,1,2,1,2,1,1,1.0000,2,西北工业大学;西安高新区

        """)
    #expect(result.stderr.contains("left out 1 undated article"))
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("frames").path).sorted()
    #expect(files == ["2020.svg", "2021.svg", "2022.svg", "index.html"])
    let cumulative = try NetgraphProcess.run(["evolve", "news.jsonl", "--slice", "year", "--cumulative", "--format", "json"], in: dir)
    let periods = try Self.json(cumulative.stdout)["periods"] as! [[String: Any]]
    #expect(periods.map { $0["entities"] as! Int } == [2, 4, 4])
    #expect(periods.last?["top_entities"] as? [String] == ["清华大学", "苏州工业园区", "西北工业大学"])
  }

  @Test(arguments: [
    ("bad.jsonl", "{\"text\": \"好。\"}\n{\"text\": 坏}\n", "bad.jsonl:2: not a JSON object"),
    ("bad.csv", "title,body\n甲,乙\n", "bad.csv:1: the header has no 'text' column"),
    ("bad.html", "<html><body><nav>菜单</nav></body></html>", "bad.html:1: no article text in the page"),
  ])
  func badInputIsOneLineErrorAndNothingWritten(name: String, text: String, message: String) throws {
    let dir = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    for command in [["extract", name, "-o", "out.json"], ["evolve", name, "--slice", "year", "-o", "out.json", "--render", "frames"]] {
      let result = try NetgraphProcess.run(command, in: dir)
      #expect(result.status != 0)
      #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [name])
    }
  }
}
