import Foundation
import Testing

@testable import NetGraph

/// `merge` of the shards of a corpus equals one extract over all of it (CLI.md, `merge`).
@Suite("NetworkMerger")
struct NetworkMergerTests {
  static let extractor = try! Extractor()

  /// Corpora to split: the seeds and the extraction fixtures.
  static var corpora: [String] {
    let fixtures = Bundle.module.url(forResource: "extraction", withExtension: nil, subdirectory: "Fixtures")!
      .appendingPathComponent("articles").path
    return [CorpusLoader.bundledDirectory!.path, fixtures]
  }

  @Test("N shards read back from JSON and merged equal one extract", arguments: [2, 3, 5])
  func shardsMergeToOneExtract(shards: Int) throws {
    for path in Self.corpora {
      let whole = Self.extractor.extract(try CorpusLoader.load(paths: [path]))
      var parts: [InnovationNetwork] = []
      var files: Set<String> = []
      for index in 1...shards {
        let corpus = try CorpusLoader.load(paths: [path], shard: CorpusShard(index: index, count: shards))
        files.formUnion(corpus.documents.map(\.fileName))
        let json = try NetworkFormatter.json(Self.extractor.extract(corpus))
        parts.append(try JSONDecoder().decode(InnovationNetwork.self, from: json))
      }
      #expect(files.count == Set(try CorpusLoader.load(paths: [path]).documents.map(\.fileName)).count)
      let merged = Self.extractor.merger.merge(parts)
      // Same entities (names, kinds, aliases, mentions) and relations (ends, kinds, evidence),
      // even the same ids: the whole network is equal.
      #expect(merged == whole, "\(path) in \(shards) shards")
      #expect(try NetworkFormatter.json(merged) == NetworkFormatter.json(whole))
    }
  }

  @Test("shards partition the files: fixed, disjoint, covering, by name order")
  func shardsPartition() throws {
    let all = try CorpusLoader.bundled().documents.map(\.fileName)
    var seen: [String] = []
    for index in 1...3 {
      let names = try CorpusLoader.bundled(shard: CorpusShard(index: index, count: 3)).documents.map(\.fileName)
      #expect(names == all.enumerated().filter { $0.offset % 3 == index - 1 }.map(\.element))
      seen += names
    }
    #expect(seen.sorted() == all)
    #expect(CorpusShard(parsing: "0/3") == nil && CorpusShard(parsing: "4/3") == nil && CorpusShard(parsing: "1/0") == nil)
    #expect(CorpusShard(parsing: "2/3") == CorpusShard(index: 2, count: 3))
  }

  @Test("an extracted entity's name keys to the entity's own key (what merging from JSON relies on)")
  func nameKeysToEntityKey() throws {
    for path in Self.corpora {
      let keyed = Self.extractor.keyedExtract(try CorpusLoader.load(paths: [path]))
      for (entity, key) in zip(keyed.network.entities, keyed.keys) {
        #expect(Self.extractor.merger.key(entity) == key, "\(entity.name)")
      }
    }
  }

  @Test("merging unites forms, mentions and evidence; parallel relations become one")
  func unitesParts() throws {
    let mention = { (file: String, offset: Int, text: String) in Mention(file: file, article: 0, scalarOffset: offset, text: text) }
    let a = InnovationNetwork(
      entities: [
        Entity(id: EntityID(ordinal: 1), name: "西安高新区", kind: .park, mentions: [mention("b.txt", 5, "西安高新区")]),
        Entity(id: EntityID(ordinal: 2), name: "西北工业大学", kind: .university, mentions: [mention("b.txt", 0, "西北工业大学")]),
      ],
      relations: [
        Relation(
          source: EntityID(ordinal: 2), target: EntityID(ordinal: 1), kind: .cooperation,
          evidence: [Evidence(file: "b.txt", article: 0, scalarOffset: 0, sentence: "乙")])
      ])
    let b = InnovationNetwork(
      entities: [
        Entity(
          id: EntityID(ordinal: 1), name: "西安高新技术产业开发区", kind: .park, aliases: ["西安高新区"],
          mentions: [mention("a.txt", 3, "西安高新技术产业开发区")]),
        Entity(id: EntityID(ordinal: 2), name: "西北工业大学", kind: .university, mentions: [mention("a.txt", 0, "西北工业大学")]),
      ],
      relations: [
        Relation(
          source: EntityID(ordinal: 1), target: EntityID(ordinal: 2), kind: .cooperation,
          evidence: [Evidence(file: "a.txt", article: 0, scalarOffset: 0, sentence: "甲")])
      ])
    let merged = Self.extractor.merger.merge([a, b])
    #expect(merged.entities.map(\.name) == ["西北工业大学", "西安高新技术产业开发区"])
    #expect(merged.entities[1].aliases == ["西安高新区"])
    #expect(merged.entities[1].mentions.map(\.file) == ["a.txt", "b.txt"])
    #expect(merged.relations.count == 1)
    #expect(merged.relations[0].evidence.map(\.sentence) == ["甲", "乙"])
    #expect(merged.relations[0].weight == 2)
    #expect(Self.extractor.merger.merge([merged, a, b]) == merged)
  }
}
