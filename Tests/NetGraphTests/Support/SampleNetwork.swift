@testable import NetGraph

/// A small typed network around two parks, with evidence, used across tests.
enum SampleNetwork {
  static func evidence(_ sentence: String, offset: Int = 0) -> Evidence {
    Evidence(file: "sample.txt", article: 0, scalarOffset: offset, sentence: sentence)
  }

  static func make() -> InnovationNetwork {
    let entities: [(String, EntityKind, [String])] = [
      ("西安高新区", .park, ["西安高新技术产业开发区"]),
      ("西安交通大学", .university, ["西交大"]),
      ("西北工业大学", .university, []),
      ("陕西华达科技股份有限公司", .enterprise, ["陕西华达"]),
      ("西科控股", .fund, []),
      ("榆林高新区", .park, []),
      ("浙江大学", .university, []),
      ("黑马学院", .institute, []),
    ]
    let network = InnovationNetwork(
      entities: entities.enumerated().map { index, entity in
        Entity(id: EntityID(ordinal: index + 1), name: entity.0, kind: entity.1, aliases: entity.2)
      },
      relations: [
        Relation(source: EntityID("e1"), target: EntityID("e2"), kind: .cooperation,
                 evidence: [evidence("西安高新区与西安交通大学签约。"), evidence("双方共建平台。", offset: 30)], basis: .stated),
        Relation(source: EntityID("e3"), target: EntityID("e1"), kind: .cooperation, evidence: [evidence("合作。")]),
        Relation(source: EntityID("e4"), target: EntityID("e1"), kind: .location, evidence: [evidence("陕西华达落户西安高新区。")], basis: .context),
        Relation(source: EntityID("e5"), target: EntityID("e4"), kind: .investment, evidence: [evidence("西科控股投资陕西华达。")]),
        Relation(source: EntityID("e6"), target: EntityID("e7"), kind: .cooperation, evidence: [evidence("榆林高新区与浙江大学合作。")]),
        Relation(source: EntityID("e6"), target: EntityID("e8"), kind: .cooperation, evidence: [evidence("榆林高新区与黑马学院合作。")]),
      ])
    return network
  }
}
