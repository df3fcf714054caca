import Foundation
import Testing

@testable import NetGraph

/// The bundled registries load, hold the lists their headers promise, and reject malformed files
/// with the file and line.
@Suite("Registries")
struct RegistryTests {
  static let bundled: Registry? = try? Registry.load()

  @Test func bundledRegistriesLoadWithTheirCounts() throws {
    let registry = try #require(Self.bundled)
    let levels = Dictionary(grouping: registry.parks.parks, by: \.link.level).mapValues(\.count)
    #expect(levels["national-hitech"] == 173)
    #expect(levels["national-etdz"] == 232)
    #expect(levels["national-demo"] == 22)
    #expect(levels["national-new-area"] == 19)
    #expect(levels["ftz"] == 22)
    #expect(levels["ftz-area", default: 0] >= 60)
    #expect(levels["other-zone", default: 0] >= 40)
    #expect(registry.universities.count >= 2600)
    #expect(registry.institutes.count >= 140)
    #expect(registry.companies.count >= 5000)
    #expect(registry.vcHeads.contains(VCHeadWord(surface: "创投", isStrong: true)))
    #expect(Set(registry.universities.map(\.id)).count == registry.universities.count)
  }

  @Test func everyParkHasAProvinceAndItsOfficialNameAsAForm() throws {
    let parks = try #require(Self.bundled).parks
    for park in parks.parks {
      #expect(!park.link.province.isEmpty, "\(park.link.id)")
      #expect(park.forms.first == park.link.name)
      #expect(parks.park(named: park.link.name)?.link.id == park.link.id, "\(park.link.name)")
    }
  }

  @Test func shortAndLongFormsNameOnePark() throws {
    let parks = try #require(Self.bundled).parks
    for form in ["西安高新区", "西安高新技术产业开发区", "西安国家高新区"] {
      let park = try #require(parks.park(named: form), "\(form)")
      #expect(park.link.name == "西安高新技术产业开发区")
      #expect(park.link.province == "陕西省")
      #expect(park.link.city == "西安市")
      #expect(park.link.level == "national-hitech")
    }
    #expect(parks.park(named: "西安经开区")?.link.name == "西安经济技术开发区")
    #expect(parks.park(named: "西安经济技术开发区")?.link.level == "national-etdz")
    #expect(parks.park(named: "高新区") == nil)
    #expect(parks.bareHeads["高新区"] == "national-hitech")
    #expect(parks.parks(level: "national-hitech", in: "厦门市").map(\.link.name) == ["厦门火炬高技术产业开发区"])
  }

  @Test func knownShortFormsCarryOver() throws {
    let registry = try #require(Self.bundled)
    let jiaotong = try #require(registry.universities.first { $0.name == "上海交通大学" })
    #expect(jiaotong.forms.contains("上海交大"))
    #expect(jiaotong.province == "上海市")
    let dicp = try #require(registry.institutes.first { $0.name == "中国科学院大连化学物理研究所" })
    #expect(dicp.forms.contains("大连化物所"))
    #expect(dicp.parent == "中国科学院")
    let vanke = try #require(registry.companies.first { $0.code == "000002" })
    #expect(vanke.exchange == "SZSE")
    #expect(vanke.forms.contains("万科"))
  }

  /// Hong Kong ordinary shares (main board and GEM) carry five-digit codes, simplified short
  /// names as listed and the forms people write: no trading marker, bracket or H-share 股份.
  @Test func hongKongListedCompanies() throws {
    let registry = try #require(Self.bundled)
    let hk = registry.companies.filter { $0.exchange == "HKEX" }
    #expect(hk.count >= 2500)
    #expect(hk.allSatisfy { $0.code.count == 5 && $0.code.allSatisfy(\.isASCII) && $0.code.allSatisfy(\.isNumber) })
    // Warrants (1xxxx–2xxxx), CBBCs (5xxxx–6xxxx) and RMB counters (8xxxx) are left out.
    #expect(hk.allSatisfy { $0.code.hasPrefix("0") })
    let byCode = Dictionary(uniqueKeysWithValues: hk.map { ($0.code, $0) })
    #expect(byCode["00700"]?.shortName == "腾讯控股")
    #expect(byCode["00168"]?.forms == ["青岛啤酒股份", "青岛啤酒"])
    #expect(byCode["00050"]?.forms == ["香港小轮(集团)", "香港小轮"])
    #expect(byCode["09626"]?.forms == ["哔哩哔哩-W", "哔哩哔哩"])
    #expect(byCode["00019"]?.forms == ["太古股份公司A", "太古股份公司"])
    #expect(byCode["00025"]?.forms == ["CHEVALIER INT'L"])
  }

  @Test func aFormSharedByTwoParksNamesNeither() {
    func park(_ id: String, _ city: String, _ forms: [String]) -> ParkRegistry.Park {
      ParkRegistry.Park(
        link: RegistryLink(id: id, name: forms[0], level: "national-hitech", province: "甲省", city: city), forms: forms)
    }
    let parks = ParkRegistry(
      parks: [park("hitech-1", "甲市", ["甲高新技术产业开发区", "医药高新区"]), park("hitech-2", "乙市", ["乙高新技术产业开发区", "医药高新区"])],
      bareHeads: ["高新区": "national-hitech"])
    #expect(parks.park(named: "医药高新区") == nil)
    #expect(parks.park(named: "甲高新技术产业开发区")?.link.id == "hitech-1")
    #expect(parks.park(id: "hitech-2")?.link.city == "乙市")
    #expect(parks.park(id: "hitech-3") == nil)
    #expect(parks.parks(level: "national-hitech", in: "甲省").count == 2)
  }

  // MARK: - Malformed files

  private func directory(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return url
  }

  private let heads = "# heads\n高新区\tnational-hitech\n"

  @Test func missingFileIsNamed() throws {
    let url = try directory(["park-heads.tsv": heads])
    #expect(throws: RegistryError.missingFile("parks.tsv")) { try ParkRegistry.load(from: url) }
  }

  @Test func unknownLevelNamesFileAndLine() throws {
    let url = try directory([
      "parks.tsv": "# parks\nhitech-1\t甲高新区\tnational-hitech\t甲省\t甲市\t\nhitech-2\t乙高新区\tprovincial\t乙省\t乙市\t\n",
      "park-heads.tsv": heads,
    ])
    #expect(throws: RegistryError.badValue(file: "parks.tsv", line: 3, value: "provincial", allowed: ParkRegistry.levels)) {
      try ParkRegistry.load(from: url)
    }
  }

  @Test func duplicateIDAndShortLinesAreErrors() throws {
    let duplicate = try directory([
      "parks.tsv": "hitech-1\t甲高新区\tnational-hitech\t甲省\t甲市\t\nhitech-1\t乙高新区\tnational-hitech\t乙省\t乙市\t\n",
      "park-heads.tsv": heads,
    ])
    #expect(throws: RegistryError.duplicateID(file: "parks.tsv", line: 2, id: "hitech-1")) {
      try ParkRegistry.load(from: duplicate)
    }
    let short = try directory(["parks.tsv": "hitech-1\t甲高新区\tnational-hitech\n", "park-heads.tsv": heads])
    #expect(throws: RegistryError.fieldCount(file: "parks.tsv", line: 1, expected: 6, found: 3)) {
      try ParkRegistry.load(from: short)
    }
    #expect(RegistryError.fieldCount(file: "parks.tsv", line: 1, expected: 6, found: 3).description
      .hasPrefix("registries/parks.tsv:1: expected 6"))
  }
}
