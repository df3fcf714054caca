import Foundation
import Testing

@testable import NetGraph

/// Park names link to the registry when they name one park; bare heads through the article's place.
@Suite("Park linking")
struct ParkLinkerTests {
  static let lexicon: Lexicon? = try? LexiconLoader.load()
  static let parks: ParkRegistry? = try? ParkRegistry.load()

  private func linker() throws -> ParkLinker {
    ParkLinker(registry: try #require(Self.parks), lexicon: try #require(Self.lexicon))
  }

  @Test func formsAndCutFormsLink() throws {
    let linker = try linker()
    #expect(linker.park(named: "西安高新区")?.link.id == "hitech-610100")
    #expect(linker.park(named: "陕西西安高新区")?.link.id == "hitech-610100")
    #expect(linker.park(named: "杭州高新区(滨江)")?.link.province == "浙江省")
    #expect(linker.park(named: "中国光谷·武汉东湖高新区")?.link.name == "武汉东湖新技术开发区")
    #expect(linker.park(named: "合肥高新区新经济产业园") == nil)
    #expect(linker.park(named: "产业园") == nil)
  }

  /// National new areas, pilot free-trade zones and their areas (片区) in the forms news writes.
  @Test func newAreasAndFreeTradeZonesLink() throws {
    let linker = try linker()
    #expect(linker.park(named: "雄安新区")?.link.level == "national-new-area")
    #expect(linker.park(named: "河北雄安新区")?.link.city == "保定市")
    #expect(linker.park(named: "天府新区")?.link.province == "四川省")
    #expect(linker.park(named: "西海岸新区")?.link.name == "青岛西海岸新区")
    #expect(linker.park(named: "兰州新区")?.link.level == "national-new-area")
    let ftz = try #require(linker.park(named: "中国（安徽）自由贸易试验区"))
    #expect(ftz.link.level == "ftz")
    #expect(linker.park(named: "安徽自贸区")?.link.id == ftz.link.id)
    #expect(linker.park(named: "安徽省自贸试验区")?.link.id == ftz.link.id)
    let area = try #require(linker.park(named: "中国(安徽)自由贸易试验区合肥片区"))
    #expect(area.link.level == "ftz-area")
    #expect(area.link.city == "合肥市")
    #expect(linker.park(named: "安徽自贸试验区合肥片区")?.link.id == area.link.id)
    #expect(linker.park(named: "合肥自贸片区")?.link.id == area.link.id)
    // A bracketed area is the area, not its zone; a bare 片区 of a big city is no form.
    #expect(linker.park(named: "浙江自贸试验区(宁波片区)")?.link.name == "中国(浙江)自由贸易试验区宁波片区")
    #expect(linker.park(named: "临港新片区")?.link.city == "上海市")
    #expect(linker.park(named: "合肥片区") == nil)
    // A demonstration zone named by a place other than its city: 张江示范区; 成都示范区 is no form.
    #expect(linker.park(named: "张江示范区")?.link.name == "上海张江国家自主创新示范区")
    #expect(linker.park(named: "上海市张江国家自主创新示范区")?.link.level == "national-demo")
    #expect(linker.park(named: "成都示范区") == nil)
  }

  @Test func bareHeadsResolveThroughThePlaceOnlyWhenUnique() throws {
    let linker = try linker()
    #expect(linker.isBare("高新区"))
    #expect(linker.park(bare: "高新区", city: "西安市", province: "陕西省")?.link.id == "hitech-610100")
    #expect(linker.park(bare: "火炬高新区", city: "厦门市", province: nil)?.link.name == "厦门火炬高技术产业开发区")
    // 长春 has two national high-tech zones: the bare head stays unlinked.
    #expect(linker.park(bare: "高新区", city: "长春市", province: "吉林省") == nil)
    // No city: a province with one national high-tech zone.
    #expect(linker.park(bare: "高新区", city: nil, province: "青海省")?.link.name == "青海高新技术产业开发区")
    #expect(linker.park(bare: "高新区", city: nil, province: nil) == nil)
  }

  @Test func placesComeFromLeadingRegions() throws {
    let linker = try linker()
    let place = linker.place(leading: Array("西安市科技局".unicodeScalars))
    #expect(place?.city == "西安市")
    #expect(place?.province == "陕西省")
    #expect(linker.place(leading: Array("陕西科技厅".unicodeScalars))?.province == "陕西省")
    #expect(linker.place(leading: Array("科技局".unicodeScalars)) == nil)
  }

  private func extract(_ text: String) throws -> InnovationNetwork {
    let extractor = Extractor(lexicon: try #require(Self.lexicon), parks: try #require(Self.parks))
    return extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
  }

  @Test func allFormsOfOneParkAreOneLinkedNode() throws {
    let network = try extract(
      "西安高新技术产业开发区管委会与西北工业大学签约。\n西安国家高新区引进了一批企业。\n陕西西安高新区持续发力。\n")
    let parks = network.entities.filter { $0.kind == .park }
    #expect(parks.count == 1)
    #expect(parks.first?.registry?.id == "hitech-610100")
    #expect(parks.first?.registry?.city == "西安市")
  }

  @Test func unlinkedEntitiesCarryNoRegistryKey() throws {
    let network = try extract("某某智能产业园与西北工业大学签约。\n")
    #expect(network.entities.allSatisfy { $0.registry == nil })
    let json = String(decoding: try NetworkFormatter.json(network), as: UTF8.self)
    #expect(!json.contains("\"registry\""))
  }

  @Test func registryRoundTripsThroughJSON() throws {
    let network = try extract("西安高新区与西北工业大学签约。\n")
    let data = try NetworkFormatter.json(network)
    #expect(String(decoding: data, as: UTF8.self).contains("\"registry\" : {"))
    let back = try JSONDecoder().decode(InnovationNetwork.self, from: data)
    #expect(back.entities.first { $0.kind == .park }?.registry?.name == "西安高新技术产业开发区")
  }
}
