import Foundation
import Testing

/// `--thesaurus FILE` end to end on the seeds: the same curated network through extract,
/// centrality and render; errors write nothing.
@Suite struct ThesaurusOptionTests {
  /// Merges two park hubs, removes a noise entity, renames a university.
  static let thesaurus = "label,replace by\n厦门火炬高新区,榆林高新区\n线上线下,\n西安交通大学,西安交大\n"

  static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func neighbours(_ network: [String: Any]) -> [String: Set<String>] {
    var result: [String: Set<String>] = [:]
    for relation in network["relations"] as! [[String: Any]] {
      let s = relation["source"] as! String, t = relation["target"] as! String
      result[s, default: []].insert(t)
      result[t, default: []].insert(s)
    }
    return result
  }

  static func entity(_ network: [String: Any], named name: String) -> [String: Any]? {
    (network["entities"] as! [[String: Any]]).first { $0["name"] as? String == name }
  }

  @Test func sameCuratedNetworkThroughExtractCentralityAndRender() throws {
    let dir = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.write(Self.thesaurus, "t.csv", in: dir)
    let before = try EntitiesCommandTests.extractJSON()
    let after = try EntitiesCommandTests.extractJSON(["--thesaurus", path])

    let yulin = try #require(Self.entity(before, named: "榆林高新区"))
    let xiamen = try #require(Self.entity(before, named: "厦门火炬高新区"))
    let noise = try #require(Self.entity(before, named: "线上线下"))
    let (yulinID, xiamenID, noiseID) = (yulin["id"] as! String, xiamen["id"] as! String, noise["id"] as! String)
    let merged = try #require(Self.entity(after, named: "榆林高新区"))
    #expect(merged["id"] as! String == yulinID)
    // Both mention sets, both tie sets.
    #expect((merged["mentions"] as! [Any]).count == (yulin["mentions"] as! [Any]).count + (xiamen["mentions"] as! [Any]).count)
    #expect((merged["aliases"] as! [String]).contains("厦门火炬高新区"))
    let old = Self.neighbours(before), new = Self.neighbours(after)
    let expected = old[yulinID, default: []].union(old[xiamenID, default: []]).subtracting([yulinID, xiamenID, noiseID])
    #expect(new[yulinID] == expected)
    #expect(expected.count > old[yulinID]!.count)
    // Nothing points at the absorbed or the removed entity.
    #expect(new[xiamenID] == nil && new[noiseID] == nil)
    #expect(Self.entity(after, named: "厦门火炬高新区") == nil && Self.entity(after, named: "线上线下") == nil)
    #expect(Self.entity(after, named: "西安交大") != nil && Self.entity(after, named: "西安交通大学") == nil)
    let entityCount = (after["entities"] as! [Any]).count
    #expect(entityCount == (before["entities"] as! [Any]).count - 2)

    // centrality: the merged degree, over the curated node count.
    let centrality = try NetgraphProcess.run(["centrality", "--measure", "degree", "--format", "csv", "--thesaurus", path])
    #expect(centrality.status == 0, "stderr: \(centrality.stderr)")
    let rows = EntitiesCommandTests.csvRows(centrality.stdoutText).dropFirst()
    #expect(rows.count == entityCount)
    let degree = try #require(rows.first { $0[0] == "榆林高新区" }.flatMap { Double($0[1]) })
    #expect(abs(degree - Double(expected.count) / Double(entityCount - 1)) < 1e-12)
    #expect(!rows.contains { $0[0] == "厦门火炬高新区" || $0[0] == "线上线下" || $0[0] == "西安交通大学" })
    #expect(rows.contains { $0[0] == "西安交大" })

    // render: the same names.
    let render = try NetgraphProcess.run(["render", "--format", "dot", "--thesaurus", path])
    #expect(render.status == 0, "stderr: \(render.stderr)")
    let dot = render.stdoutText
    #expect(dot.contains("label=榆林高新区,") && dot.contains("label=西安交大,"))
    #expect(!dot.contains("label=厦门火炬高新区,") && !dot.contains("label=西安交通大学,"))
    #expect(dot.contains("提及 \((merged["mentions"] as! [Any]).count) 次"))
    // entities agrees with extract.
    let entities = try NetgraphProcess.run(["entities", "--format", "csv", "--thesaurus", path])
    #expect(EntitiesCommandTests.csvRows(entities.stdoutText).count - 1 == entityCount)
  }

  @Test func malformedThesaurusFailsWithFileAndLineAndWritesNothing() throws {
    let dir = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.write("label,replace by\n华为,华为技术有限公司\n线上线下,,extra\n", "bad.csv", in: dir)
    for command in [["extract"], ["render", "--format", "svg"], ["entities", "--format", "csv"]] {
      let out = dir.appendingPathComponent("out.file").path
      let result = try NetgraphProcess.run(command + ["--thesaurus", path, "-o", out])
      #expect(result.status != 0)
      #expect(result.stderr.contains("bad.csv:3:"), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: out))
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.csv"])
    }
    let missing = try NetgraphProcess.run(["stats", "--thesaurus", dir.appendingPathComponent("none.csv").path])
    #expect(missing.status != 0 && missing.stderr.contains("none.csv"))
  }

  @Test func kindConflictNamesBothEntities() throws {
    let dir = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.write("label\treplace by\n西安交通大学\t西安高新区\n", "t.tsv", in: dir)
    let result = try NetgraphProcess.run(["extract", "--thesaurus", path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("t.tsv:2:") && result.stderr.contains("西安交通大学") && result.stderr.contains("西安高新区"))
    #expect(result.stdout.isEmpty)
  }

  @Test("--thesaurus applies on every command that reads a corpus; unmatched labels warn once",
    arguments: [["extract"], ["entities", "--format", "csv"], ["centrality", "--format", "csv"], ["communities", "--format", "csv"],
                ["stats"], ["export", "--format", "json"], ["render", "--format", "dot"], ["report"]])
  func everywhere(_ arguments: [String]) throws {
    let dir = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.write("label,replace by\n西安交通大学,西安交大\n没有这个名字,某某\n", "t.csv", in: dir)
    let result = try NetgraphProcess.run(arguments + ["--thesaurus", path])
    #expect(result.status == 0, "\(result.stderr)")
    let warnings = result.stderr.split(separator: "\n").filter { $0.contains("1 label matches no entity") }
    #expect(warnings.count == 1, "\(result.stderr)")
    #expect(warnings.first?.contains("'没有这个名字'") == true)
    if arguments[0] != "stats" && arguments[0] != "report" {
      // The new name everywhere (the old one stays an alias, so it may still appear).
      #expect(result.stdoutText.contains("西安交大"))
    }
    if arguments[0] == "report" {
      #expect(result.stdoutText.contains("A thesaurus (t.csv, 1 of 2 rows used) was applied before analysis: 1 entity renamed."))
    }
  }
}
