import Foundation
import Testing

/// `netgraph extract` end to end: JSON contract, determinism, TSV, --sentences, errors, help.
@Suite struct ExtractCommandTests {
  @Test func jsonFollowsTheContract() throws {
    let result = try NetgraphProcess.run(["extract"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
    let entities = object["entities"] as! [[String: Any]]
    let relations = object["relations"] as! [[String: Any]]
    #expect(entities.count > 50 && relations.count > 10)
    let kinds: Set<String> = ["park", "university", "institute", "enterprise", "fund", "government", "platform"]
    for (i, e) in entities.enumerated() {
      #expect(e["id"] as? String == "e\(i + 1)")
      #expect(kinds.contains(e["kind"] as! String))
      #expect(e["name"] is String && e["aliases"] is [String])
      for m in e["mentions"] as! [[String: Any]] {
        #expect(m["file"] is String && m["article"] is Int && m["offset"] is Int && m["text"] is String)
      }
    }
    let ids = Set(entities.map { $0["id"] as! String })
    for r in relations {
      #expect(ids.contains(r["source"] as! String) && ids.contains(r["target"] as! String))
      let evidence = r["evidence"] as! [[String: Any]]
      #expect(!evidence.isEmpty && evidence.allSatisfy { $0["sentence"] is String && $0["offset"] is Int })
      #expect(["stated", "context"].contains(r["basis"] as? String), "every relation has a basis: \(r)")
    }
    // 西安高新区 founded 中国科学院西安科学园 (seed 002), not a co-mention tie.
    let xian = entities.first { $0["name"] as? String == "西安高新区" }
    #expect(xian != nil)
    let again = try NetgraphProcess.run(["extract"])
    #expect(again.stdout == result.stdout, "output must be byte-identical across runs")
  }

  @Test func basisStatedKeepsAStrictSubset() throws {
    let all = try NetgraphProcess.run(["extract"])
    let stated = try NetgraphProcess.run(["extract", "--basis", "stated"])
    #expect(all.status == 0 && stated.status == 0, "stderr: \(stated.stderr)")
    func ties(_ data: Data) throws -> [String] {
      let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
      return (object["relations"] as! [[String: Any]]).map { "\($0["source"]!)|\($0["target"]!)|\($0["kind"]!)|\($0["basis"]!)" }
    }
    let allTies = try ties(all.stdout)
    let statedTies = try ties(stated.stdout)
    #expect(statedTies.allSatisfy { $0.hasSuffix("|stated") })
    #expect(Set(statedTies).isSubset(of: Set(allTies)) && statedTies.count < allTies.count)
    let bad = try NetgraphProcess.run(["stats", "--basis", "some"])
    #expect(bad.status != 0)
  }

  @Test func tsvAndOutputFile() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("n.tsv").path
    let result = try NetgraphProcess.run(["extract", "--format", "tsv", "-o", path])
    #expect(result.status == 0 && result.stdout.isEmpty, "stderr: \(result.stderr)")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("record\t"))
    #expect(text.contains("\nentity\te1\t") && text.contains("\nrelation\t"))
  }

  @Test func sentencesPrintsOneArrayPerLine() throws {
    let input = "榆林高新区与浙江大学签署合作协议。\n\n引进了19家企业\n华为与中科院合作\n"
    let result = try NetgraphProcess.run(["extract", "--sentences"], input: Data(input.utf8))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 4)
    let arrays = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [[String: String]] }
    #expect(arrays[0].map { $0["text"]! } == ["榆林高新区", "浙江大学"])
    #expect(arrays[0].map { $0["kind"]! } == ["park", "university"])
    #expect(arrays[1].isEmpty && arrays[2].isEmpty)
    #expect(Set(arrays[3].map { $0["kind"]! }) == ["enterprise", "institute"])
  }

  @Test func sentencesWithPathsIsAUsageError() throws {
    let result = try NetgraphProcess.run(["extract", "--sentences", "seeds"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--sentences reads stdin"))
  }

  @Test func missingPathFails() throws {
    let result = try NetgraphProcess.run(["extract", "/nonexistent/corpus"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("/nonexistent/corpus"))
  }

  @Test func helpExplainsFormatsAndSentences() throws {
    let result = try NetgraphProcess.run(["extract", "--help"])
    #expect(result.status == 0)
    for text in ["--format", "--sentences", "--output", "Example:"] {
      #expect(result.stdoutText.contains(text), "help lacks \(text)")
    }
  }
}
