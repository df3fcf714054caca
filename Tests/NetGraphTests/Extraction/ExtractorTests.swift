import Foundation
import Testing
@testable import NetGraph

/// Whole-corpus extraction: offsets, determinism, ids, merged forms.
@Suite struct ExtractorTests {
  static let extractor = try! Extractor()

  @Test func mentionOffsetsSliceTheFile() throws {
    let corpus = try CorpusLoader.bundled()
    let network = Self.extractor.extract(corpus)
    #expect(network.entities.count > 50)
    let documents = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.fileName, $0) })
    for entity in network.entities {
      for mention in entity.mentions {
        let document = try #require(documents[mention.file])
        // The mention text, read from the file at its offset, skipping layout line breaks.
        var scalars: [Unicode.Scalar] = []
        var i = mention.scalarOffset
        while scalars.count < mention.text.unicodeScalars.count, i < document.scalars.count {
          let c = document.scalars[i]
          if c != "\n" && c != "\r" && !(c.properties.isWhitespace && !scalars.isEmpty && mention.text.unicodeScalars.count > scalars.count && document.scalars[i - 1] == "\n") {
            scalars.append(c)
          }
          i += 1
        }
        #expect(String(String.UnicodeScalarView(scalars)) == mention.text, "\(mention)")
      }
    }
    for relation in network.relations {
      for evidence in relation.evidence {
        let document = try #require(documents[evidence.file])
        #expect(document.scalars[evidence.scalarOffset] == evidence.sentence.unicodeScalars.first)
      }
    }
  }

  @Test func outputIsDeterministic() throws {
    let corpus = try CorpusLoader.bundled()
    let first = try NetworkFormatter.json(Self.extractor.extract(corpus))
    let second = try NetworkFormatter.json(try Extractor().extract(corpus))
    #expect(first == second)
  }

  @Test func idsFollowFirstMentionAndRelationsAreSorted() throws {
    let network = Self.extractor.extract(try CorpusLoader.bundled())
    #expect(network.entities.map(\.id) == (1...network.entities.count).map { EntityID(ordinal: $0) })
    let keys = network.relations.map { ($0.source, $0.target, $0.kind!) }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { a, b in
      a.0 != b.0 ? a.0 < b.0 : (a.1 != b.1 ? a.1 < b.1 : a.2 < b.2)
    })
    for relation in network.relations {
      #expect(relation.weight == Double(relation.evidence.count))
      if relation.kind == .cooperation { #expect(relation.source < relation.target) }
    }
  }

  @Test func parkLongAndShortFormsMerge() {
    let text = "武汉东湖新技术开发区(以下简称“东湖高新区”)发布新政。东湖高新区管委会表示支持。"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
    let park = network.entities.first { $0.kind == .park }
    #expect(park?.name == "武汉东湖新技术开发区")
    #expect(park?.aliases.contains("东湖高新区") == true)
    // Full form, declared short form, and the short form nested in 东湖高新区管委会.
    #expect(park?.mentions.map(\.text) == ["武汉东湖新技术开发区", "东湖高新区", "东湖高新区"])
  }

  /// Department short forms (科学技术厅 → 科技厅, 人民政府 → 政府) and a name written without its
  /// owner's name (合肥高新区|新经济产业园) are one entity with the full form.
  @Test(arguments: [
    ("甘肃省科学技术厅印发通知。甘肃省科技厅负责人表示支持。", "甘肃省科学技术厅"),
    ("北京市门头沟区人民政府与中关村发展集团签约。门头沟区政府表示支持。", "北京市门头沟区人民政府"),
    ("合肥高新区新经济产业园开园。新经济产业园正式揭牌,合肥高新区表示欢迎。", "合肥高新区新经济产业园"),
    ("浙江大学中原研究院落户郑州。此次共建中原研究院是重要一步。", "浙江大学中原研究院"),
    // A park written without the regioned stretch before it (省 free-trade zone, 城市+国家).
    ("广东自贸试验区前海新片区揭牌。前海新片区将引进一批企业。", "广东自贸试验区前海新片区"),
    ("合肥国家智能语音产业园开园。智能语音产业园已入驻企业30家。", "合肥国家智能语音产业园"),
    // A group named with and without its legal form.
    ("宁波交通投资集团有限公司发布公告。宁波交通投资集团表示将增资。", "宁波交通投资集团有限公司"),
    // 与 and 和 inside one name.
    ("深圳检验检测与认证中心揭牌。深圳检验检测和认证中心将服务企业。", "深圳检验检测与认证中心"),
  ])
  func shortFormsMergeWithTheFullName(text: String, full: String) {
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
    let entity = network.entities.first { $0.name == full }
    #expect(entity != nil && entity!.mentions.count == 2, "\(network.entities.map { ($0.name, $0.mentions.count) })")
  }

  /// Two owners' units with one short name: the short form stays apart.
  @Test func shortFormOfTwoOwnersStaysApart() {
    let text = "南京大学化学学院与东南大学化学学院签约。化学学院将联合培养学生。"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
    #expect(network.entities.filter { $0.name.hasSuffix("化学学院") }.count == 3, "\(network.entities.map(\.name))")
  }

  @Test func brandFormMergesWithCompany() {
    let text = "甘肃东方钛业有限公司投产新线。东方钛业负责人表示将扩产。"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
    let company = network.entities.first { $0.kind == .enterprise }
    #expect(company?.name == "甘肃东方钛业有限公司")
    #expect(company?.aliases == ["东方钛业"], "\(String(describing: company))")
  }

  /// A listed company's short name (companies.tsv) is the company the document names in full:
  /// its brand form (core plus industry word) or its declared short form.
  @Test func listedShortNameMergesWithCompanyNamedInFull() {
    for text in [
      "成都极米科技股份有限公司推出新品。极米科技与四川大学开展合作。",
      "深圳市优必选科技股份有限公司(简称优必选)发布新品。优必选与南方科技大学共建实验室。",
    ] {
      let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
      let companies = network.entities.filter { $0.kind == .enterprise }
      #expect(companies.count == 1, "\(companies.map(\.name))")
      #expect(companies.first?.name.hasSuffix("股份有限公司") == true, "\(companies.map(\.name))")
    }
  }

  @Test func listTypedBareNameIsTheCompanysBrand() {
    // The bare name comes first, typed only by the list; the legal name comes later.
    let text = "其中云帆、海途等企业表现突出。\n\n浙江云帆光电股份有限公司是区内企业。云帆光电旗下的云帆公司也在扩产。"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
    let company = network.entities.first { $0.name == "浙江云帆光电股份有限公司" }
    #expect(Set(company?.aliases ?? []) == ["云帆", "云帆光电", "云帆公司"], "\(String(describing: company))")
    #expect(!network.entities.contains { $0.name == "云帆光电" || $0.name == "云帆" })
  }

  @Test func companyRunCollegeAndUniversityDepartments() {
    let spans = Self.extractor.recognize("华为ICT学院与北京大学化学与分子工程学院合作，清华大学与复旦大学签约。")
    #expect(spans.contains(RecognizedSpan(text: "华为ICT学院", kind: .platform)))
    #expect(spans.contains(RecognizedSpan(text: "北京大学化学与分子工程学院", kind: .university)))
    #expect(spans.contains(RecognizedSpan(text: "清华大学", kind: .university)))
    #expect(spans.contains(RecognizedSpan(text: "复旦大学", kind: .university)))
  }

  @Test func leftOutSubjectAndFollowOnInvestor() {
    let text = "宁波海途科技有限公司成立于2016年。2019年入驻宁波高新区，去年完成融资，由深圳市红杉创业投资有限公司领投，丙丁天使基金跟投。"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "a.txt", text: text)]))
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    let relations = Set(network.relations.map { "\(names[$0.source] ?? "")|\($0.kind?.rawValue ?? "")|\(names[$0.target] ?? "")" })
    #expect(relations.contains("宁波海途科技有限公司|location|宁波高新区"), "\(relations.sorted())")
    #expect(relations.contains("深圳市红杉创业投资有限公司|investment|宁波海途科技有限公司"), "\(relations.sorted())")
    #expect(relations.contains("丙丁天使基金|investment|宁波海途科技有限公司"), "\(relations.sorted())")
  }

  @Test func nameOpeningWithAnotherNameIsItsUnit() {
    // 南昌大学 + 材料学院 names a unit of 南昌大学 (nested-relations.tsv: university>university).
    let corpus = Corpus(documents: [Document(fileName: "t.txt", text: "南昌大学举行校庆。南昌大学材料学院院长致辞。江西蓝湖科技集团与南昌大学签约。江西蓝湖科技集团有限公司董事长出席。")])
    let network = Self.extractor.extract(corpus)
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    let relations = Set(network.relations.map { "\(names[$0.source]!)|\($0.kind!.rawValue)|\(names[$0.target]!)" })
    #expect(relations.contains("南昌大学|affiliation|南昌大学材料学院"), "\(relations.sorted())")
    // A company's registered name (brand + 有限公司) is the company again, not its child.
    #expect(!relations.contains { $0.hasPrefix("江西蓝湖科技集团|affiliation|") }, "\(relations.sorted())")
  }

  @Test func jointNameIsBuiltByItsFirstPartner() {
    // A—B联合创新中心: A co-builds the joint centre; it is not A's unit.
    let corpus = Corpus(documents: [Document(fileName: "t.txt", text: "其中,中南大学—湘潭智能制造联合创新中心,就智能制造装备开展相关工作。")])
    let network = Self.extractor.extract(corpus)
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    let relations = Set(network.relations.map { "\(names[$0.source]!)|\($0.kind!.rawValue)|\(names[$0.target]!)" })
    #expect(relations.contains("中南大学|establishment|中南大学—湘潭智能制造联合创新中心"), "\(relations.sorted())")
    #expect(!relations.contains("中南大学|affiliation|中南大学—湘潭智能制造联合创新中心"), "\(relations.sorted())")
  }
}
