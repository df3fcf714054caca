import Foundation
import Testing

@testable import NetGraph

/// Linking on the bundled seeds (issue 12): of the national zones the seeds name, at least 90%
/// carry the registry entry of the right province, and no two park entities share an id.
@Suite("Seed park linking")
struct SeedLinkingTests {
  /// The national zones the five seed files name, as the extractor spells them, with the
  /// province each lies in (checked by hand against the zones' official lists).
  static let expected: [(name: String, province: String)] = [
    ("榆林高新区", "陕西省"), ("宝鸡高新区", "陕西省"), ("西安高新区", "陕西省"), ("郑州高新区", "河南省"),
    ("昆山高新区", "江苏省"), ("厦门火炬高新区", "福建省"), ("兰州高新区", "甘肃省"), ("白银高新区", "甘肃省"),
    ("兰州经济技术开发区", "甘肃省"), ("甘肃省兰州白银国家自主创新示范区", "甘肃省"), ("江门高新区", "广东省"),
    ("贵阳高新区", "贵州省"), ("焦作高新区", "河南省"), ("杭州高新区", "浙江省"), ("益阳高新区", "湖南省"),
    ("南昌高新区", "江西省"), ("济南高新区", "山东省"), ("长春高新区", "吉林省"), ("石嘴山高新区", "宁夏回族自治区"),
    ("合肥高新区", "安徽省"), ("广州高新区", "广东省"), ("广州开发区", "广东省"), ("乌鲁木齐高新区", "新疆维吾尔自治区"),
    ("衡阳高新区", "湖南省"), ("烟台高新区", "山东省"), ("齐齐哈尔高新区", "黑龙江省"), ("株洲高新区", "湖南省"),
  ]

  @Test func nationalZonesOfTheSeedsCarryTheirRegistry() throws {
    let network = try Extractor().extract(try CorpusLoader.bundled())
    let parks = network.entities.filter { $0.kind == .park }
    var right = 0
    var misses: [String] = []
    for zone in Self.expected {
      let entity = parks.first { $0.name.hasPrefix(zone.name) || $0.aliases.contains { $0.hasPrefix(zone.name) } }
      if let link = entity?.registry, link.province == zone.province, link.level.hasPrefix("national") {
        right += 1
      } else {
        misses.append("\(zone.name) → \(entity?.registry.map { "\($0.name) \($0.province)" } ?? "unlinked")")
      }
    }
    #expect(right * 10 >= Self.expected.count * 9, "linked \(right)/\(Self.expected.count); misses: \(misses)")
    let ids = parks.compactMap(\.registry?.id)
    #expect(Set(ids).count == ids.count, "park entities sharing a registry id: \(ids)")
  }
}
