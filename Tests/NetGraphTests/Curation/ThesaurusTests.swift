import Testing

@testable import NetGraph

/// The thesaurus rules on a small network: two spellings of one company (a hub), a park hub,
/// a noise phrase and a mistyped fund.
@Suite struct ThesaurusTests {
  static func mention(_ file: String, _ offset: Int, _ text: String) -> Mention {
    Mention(file: file, article: 0, scalarOffset: offset, text: text)
  }

  static func evidence(_ file: String, _ offset: Int, _ sentence: String) -> Evidence {
    Evidence(file: file, article: 0, scalarOffset: offset, sentence: sentence)
  }

  static func network() -> InnovationNetwork {
    InnovationNetwork(
      entities: [
        Entity(id: EntityID("e1"), name: "华为技术有限公司", kind: .enterprise, aliases: ["华为技术"],
               mentions: [mention("a.txt", 0, "华为技术有限公司"), mention("a.txt", 50, "华为技术")]),
        Entity(id: EntityID("e2"), name: "华为", kind: .enterprise, mentions: [mention("b.txt", 10, "华为")]),
        Entity(id: EntityID("e3"), name: "西安高新区", kind: .park,
               mentions: [mention("a.txt", 5, "西安高新区"), mention("b.txt", 0, "西安高新区"), mention("c.txt", 0, "西安高新区")]),
        Entity(id: EntityID("e4"), name: "西安交通大学", kind: .university, mentions: [mention("c.txt", 9, "西安交通大学")]),
        Entity(id: EntityID("e5"), name: "相关企业", kind: .enterprise, mentions: [mention("c.txt", 30, "相关企业")]),
        Entity(id: EntityID("e6"), name: "西科控股", kind: .enterprise, mentions: [mention("c.txt", 40, "西科控股")]),
      ],
      relations: [
        Relation(source: EntityID("e1"), target: EntityID("e2"), kind: .cooperation, evidence: [evidence("a.txt", 60, "C")]),
        Relation(source: EntityID("e1"), target: EntityID("e3"), kind: .location, evidence: [evidence("a.txt", 0, "A")]),
        Relation(source: EntityID("e2"), target: EntityID("e3"), kind: .location, evidence: [evidence("b.txt", 0, "B")]),
        Relation(source: EntityID("e2"), target: EntityID("e4"), kind: .cooperation, evidence: [evidence("b.txt", 20, "D")]),
        Relation(source: EntityID("e3"), target: EntityID("e4"), kind: .cooperation, evidence: [evidence("c.txt", 0, "F")]),
        Relation(source: EntityID("e5"), target: EntityID("e3"), kind: .location, evidence: [evidence("c.txt", 30, "E")]),
        Relation(source: EntityID("e6"), target: EntityID("e1"), kind: .investment, evidence: [evidence("c.txt", 40, "G")]),
      ])
  }

  static func apply(_ csv: String) throws -> (network: InnovationNetwork, summary: CurationSummary) {
    try ThesaurusReader.parse(csv, file: "t.csv", preferComma: true).applied(to: network())
  }

  @Test func renameKeepsIdAndOldNameAsAlias() throws {
    let (network, summary) = try Self.apply("label,replace by\n西安交通大学,西安交大\n")
    let entity = try #require(network.entity(EntityID("e4")))
    #expect(entity.name == "西安交大")
    #expect(entity.aliases == ["西安交通大学"])
    #expect(entity.mentions.count == 1)
    #expect(network.relations == Self.network().relations)
    #expect(summary.renamed == 1 && summary.rowsUsed == 1 && summary.unmatchedLabels.isEmpty)
  }

  @Test func mergeUnitesMentionsAliasesAndTiesAndMergesParallelRelations() throws {
    let (network, summary) = try Self.apply("label,replace by\n华为,华为技术有限公司\n")
    #expect(network.entities.map(\.id.rawValue) == ["e1", "e3", "e4", "e5", "e6"])
    let huawei = try #require(network.entity(EntityID("e1")))
    #expect(huawei.mentions.map(\.file) == ["a.txt", "a.txt", "b.txt"])
    #expect(huawei.aliases == ["华为", "华为技术"])
    // Both tie sets: e1's location and investment, e2's location and cooperation with e4.
    let ties = network.relations.filter { $0.source == EntityID("e1") || $0.target == EntityID("e1") }
    #expect(ties.map { "\($0.source)-\($0.target)-\($0.kind!.rawValue)" }.sorted()
      == ["e1-e3-location", "e1-e4-cooperation", "e6-e1-investment"])
    // e1→e3 and e2→e3 became parallel: one relation, both evidence sentences, weight 2.
    let location = try #require(ties.first { $0.kind == .location })
    #expect(location.evidence.map(\.sentence) == ["A", "B"])
    #expect(location.weight == 2)
    // The cooperation between the two spellings became a self-tie: dropped and counted.
    #expect(!network.relations.contains { $0.source == $0.target })
    #expect(!network.relations.contains { $0.source == EntityID("e2") || $0.target == EntityID("e2") })
    #expect(summary.merged == 1 && summary.renamed == 1 && summary.droppedSelfTies == 1)
  }

  @Test func mergedEntityKeepsTheSmallestIdWhicheverNameWins() throws {
    let (network, _) = try Self.apply("label,replace by\n华为技术有限公司,华为\n")
    let huawei = try #require(network.entity(EntityID("e1")))
    #expect(huawei.name == "华为")
    #expect(huawei.aliases == ["华为技术", "华为技术有限公司"])
    #expect(network.entity(EntityID("e2")) == nil)
  }

  @Test func labelMatchesAnAlias() throws {
    let (network, summary) = try Self.apply("label,replace by\n华为技术,华为\n")
    #expect(network.entity(EntityID("e1"))?.name == "华为")
    #expect(summary.merged == 1 && summary.unmatchedLabels.isEmpty)
  }

  @Test func removeDropsTheEntityAndItsRelations() throws {
    let (network, summary) = try Self.apply("label,replace by\n相关企业,\n")
    #expect(network.entity(EntityID("e5")) == nil)
    #expect(network.relations.count == 6)
    #expect(summary.removed == 1)
  }

  @Test func removingAHubLeavesNoRelationPointingAtIt() throws {
    let (network, summary) = try Self.apply("label\treplace by\n西安高新区\t\n".replacingOccurrences(of: "\t", with: ","))
    #expect(network.entity(EntityID("e3")) == nil)
    #expect(!network.relations.contains { $0.source == EntityID("e3") || $0.target == EntityID("e3") })
    #expect(network.relations.count == 3)
    #expect(summary.removed == 1)
    let ids = Set(network.entities.map(\.id))
    #expect(network.relations.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
  }

  @Test func kindColumnRetypes() throws {
    let (network, summary) = try Self.apply("label,replace by,kind\n西科控股,西科控股,fund\n")
    #expect(network.entity(EntityID("e6"))?.kind == .fund)
    #expect(summary.retyped == 1 && summary.renamed == 0)
  }

  @Test func unmatchedLabelsAreCountedAndListed() throws {
    let (network, summary) = try Self.apply("label,replace by\n不存在甲,乙\n西安交通大学,西安交大\n不存在丙,\n")
    #expect(summary.unmatchedLabels == ["不存在甲", "不存在丙"])
    #expect(summary.rowsUsed == 1 && summary.rows == 3)
    #expect(summary.unmatchedWarning == "t.csv: 2 labels match no entity name or alias: '不存在甲', '不存在丙'")
    #expect(network.entities.count == 6)
  }

  @Test func malformedLinesNameFileAndLine() {
    let cases: [(String, Int)] = [
      ("label,replace by\n甲,乙\n丙,丁,戊\n", 3),  // too many fields
      ("label,replace by\n甲\n", 2),  // too few
      ("name,new\n甲,乙\n", 1),  // header without the columns
      ("label,replace by,kind\n甲,乙,company\n", 2),  // unknown kind
      ("label,replace by\n\n甲,乙\n\"丙,丁\n", 4),  // unterminated quote
      ("label,replace by\n甲,乙\n甲,丙\n", 3),  // label twice
      ("label,replace by\n,乙\n", 2),  // empty label
      ("", 1),
    ]
    for (text, line) in cases {
      #expect(throws: ThesaurusError.self) { try ThesaurusReader.parse(text, file: "t.csv", preferComma: true) }
      do {
        _ = try ThesaurusReader.parse(text, file: "t.csv", preferComma: true)
      } catch let error as ThesaurusError {
        guard case .malformed(let file, let at, _) = error else {
          Issue.record("\(error)")
          continue
        }
        #expect(file == "t.csv" && at == line, "\(text.debugDescription): \(error)")
        #expect(error.description.hasPrefix("t.csv:\(line): "))
      } catch {
        Issue.record("\(error)")
      }
    }
  }

  @Test func readsTabsQuotesAndBOM() throws {
    let tsv = try ThesaurusReader.parse("\u{FEFF}label\treplace by\n华为\t华为技术有限公司\n相关企业\t\n", file: "t.txt")
    #expect(tsv.entries.map(\.label) == ["华为", "相关企业"])
    #expect(tsv.entries.map(\.replacement) == ["华为技术有限公司", nil])
    let csv = try ThesaurusReader.parse(
      "Label,Replace By,Kind\r\n\"甲,\"\"乙\"\"\",丙,FUND\r\n", file: "t.csv", preferComma: true)
    #expect(csv.entries == [ThesaurusEntry(label: "甲,\"乙\"", replacement: "丙", kind: .fund, line: 2)])
  }

  @Test func mergingTwoKindsWithoutAKindIsAnErrorNamingBoth() throws {
    #expect(throws: ThesaurusError.kindConflict(
      file: "t.csv", line: 2, name: "华为技术有限公司", first: "华为技术有限公司", firstKind: "enterprise",
      second: "西安交通大学", secondKind: "university")) {
      try Self.apply("label,replace by\n西安交通大学,华为技术有限公司\n")
    }
    // A kind settles it: every entity named 华为技术有限公司 becomes that kind, then they merge.
    let (network, summary) = try Self.apply("label,replace by,kind\n西安交通大学,华为技术有限公司,enterprise\n")
    #expect(network.entity(EntityID("e1"))?.mentions.count == 3)
    #expect(network.entity(EntityID("e4")) == nil)
    #expect(summary.merged == 1)
  }

  @Test func untypedGraphEdgesAddWeightsWhenMerged() throws {
    let graph = InnovationNetwork(
      entities: ["a", "b", "c", "d"].enumerated().map { Entity(id: EntityID(ordinal: $0 + 1), name: $1, kind: nil) },
      relations: [
        Relation(source: EntityID("e1"), target: EntityID("e3"), kind: nil, weight: 2),
        Relation(source: EntityID("e3"), target: EntityID("e2"), kind: nil, weight: 0.5),
        Relation(source: EntityID("e3"), target: EntityID("e4"), kind: nil, weight: 1),
        Relation(source: EntityID("e3"), target: EntityID("e4"), kind: nil, weight: 1),
      ])
    let thesaurus = try ThesaurusReader.parse("label,replace by\nb,a\n", file: "t.csv")
    let (network, _) = try thesaurus.applied(to: graph)
    // The re-pointed c–b edge joins a–c; the file's own parallel c–d edges are left apart.
    #expect(network.relations.count == 3)
    #expect(network.relations.first?.weight == 2.5)
    #expect(network.relations.dropFirst().map(\.weight) == [1, 1])
    #expect(network.relations.first.map { [$0.source, $0.target] } == [EntityID("e1"), EntityID("e3")])
  }
}
