import Foundation
import Testing
@testable import NetGraph

/// Membership through a park (membership.tsv), nested-name ties (nested-relations.tsv) and the
/// basis of each tie. Sentences are self-written; every cue role and nested row has one.
@Suite struct MembershipMatcherTests {
  static let extractor = try! Extractor()

  /// Relations of a one-article corpus, as "source -kind/basis-> target" with entity names.
  static func relations(_ text: String) -> Set<String> {
    let corpus = Corpus(documents: [Document(fileName: "t.txt", text: text)])
    let network = extractor.extract(corpus)
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    return Set(network.relations.map {
      "\(names[$0.source]!) -\($0.kind!.rawValue)/\($0.basis?.rawValue ?? "-")-> \(names[$0.target]!)"
    })
  }

  static func has(_ found: Set<String>, _ a: String, _ kind: String, _ b: String, basis: String? = nil) -> Bool {
    found.contains { line in
      guard line.hasPrefix("\(a) -\(kind)/"), line.hasSuffix("-> \(b)") else { return false }
      return basis.map { line.contains("/\($0)->") } ?? true
    }
  }

  @Test func clusterCueTiesAListToTheNamedPark() {
    let found = Self.relations("临川高新区集聚了青禾微电子有限公司、蓝鲸储能科技有限公司等龙头企业。")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区", basis: "stated"), "\(found)")
    #expect(Self.has(found, "蓝鲸储能科技有限公司", "location", "临川高新区", basis: "stated"), "\(found)")
    #expect(!found.contains { $0.contains("青禾微电子有限公司 -") && $0.contains("蓝鲸储能") }, "members are not tied to each other: \(found)")
  }

  @Test func cueWithoutParkUsesTheArticlesParkAsContext() {
    let text = "临川高新区创新发展纪实\n近年来，青禾微电子有限公司、蓝鲸储能科技有限公司等20家企业实现上市。"
    let found = Self.relations(text)
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区", basis: "context"), "\(found)")
    #expect(Self.has(found, "蓝鲸储能科技有限公司", "location", "临川高新区", basis: "context"), "\(found)")
  }

  @Test func plainCueLeavesUniversitiesOutStrongCueTiesThem() {
    let plain = Self.relations("临川高新区签约项目包括青禾微电子有限公司与临川理工大学的成果转化项目。")
    #expect(Self.has(plain, "青禾微电子有限公司", "location", "临川高新区"), "\(plain)")
    #expect(!Self.has(plain, "临川理工大学", "location", "临川高新区"), "\(plain)")
    let strong = Self.relations("临川理工大学技术转移中心、临川理工大学等单位入驻临川高新区。")
    #expect(Self.has(strong, "临川理工大学", "location", "临川高新区"), "\(strong)")
  }

  @Test func sentenceWithoutCueTiesNothing() {
    let found = Self.relations("临川高新区创新发展纪实\n青禾微电子有限公司的芯片远销海外。")
    #expect(!found.contains { $0.contains("location") }, "\(found)")
  }

  @Test func partnerOfTheParkStaysAPartner() {
    let found = Self.relations("临川高新区与青禾微电子有限公司签约共建项目。")
    #expect(Self.has(found, "临川高新区", "cooperation", "青禾微电子有限公司") || Self.has(found, "青禾微电子有限公司", "cooperation", "临川高新区"), "\(found)")
    #expect(!Self.has(found, "青禾微电子有限公司", "location", "临川高新区"), "\(found)")
  }

  @Test func leadFrameTiesTheLeaderToTheSubPark() {
    let found = Self.relations("临川高新区建设以青禾微电子有限公司为龙头的集成电路产业园。")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "集成电路产业园"), "\(found)")
    #expect(!Self.has(found, "青禾微电子有限公司", "location", "临川高新区"), "\(found)")
    let noPark = Self.relations("临川高新区创新发展纪实\n以临川创新药物孵化器为引领，发展生物医药。")
    #expect(Self.has(noPark, "临川创新药物孵化器", "location", "临川高新区", basis: "context"), "\(noPark)")
  }

  @Test func subParkIsAMemberButTheParkIsNot() {
    let found = Self.relations("临川高新区引进了青禾半导体产业园、蓝鲸数字经济片区等载体。")
    #expect(Self.has(found, "青禾半导体产业园", "location", "临川高新区"), "\(found)")
    let other = Self.relations("临川高新区创新发展纪实\n宝峰高新区的项目经验值得学习。")
    #expect(!Self.has(other, "宝峰高新区", "location", "临川高新区"), "\(other)")
  }

  @Test func nestedNamesStateTheirTies() {
    let found = Self.relations("临川理工大学临川新材料研究院揭牌。临川高新区发布新政。临川高新区智能制造产业园开园。")
    #expect(Self.has(found, "临川理工大学", "affiliation", "临川理工大学临川新材料研究院", basis: "context"), "a nested name implies its tie: \(found)")
    #expect(Self.has(found, "临川高新区智能制造产业园", "location", "临川高新区"), "\(found)")
  }

  @Test func anaphoraIsContextNamedParkIsStated() {
    let found = Self.relations("临川高新区创新发展纪实\n该区引进了青禾微电子有限公司。")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区", basis: "context"), "\(found)")
    let named = Self.relations("临川高新区引进了青禾微电子有限公司。")
    #expect(Self.has(named, "青禾微电子有限公司", "location", "临川高新区", basis: "stated"), "\(named)")
  }

  @Test func statedOnlyNetworkIsASubset() {
    let text = "临川高新区创新发展纪实\n该区引进了青禾微电子有限公司。临川高新区与临川理工大学签约合作。"
    let corpus = Corpus(documents: [Document(fileName: "t.txt", text: text)])
    let all = Self.extractor.extract(corpus)
    let stated = all.keeping(basis: .stated)
    #expect(stated.relations.allSatisfy { $0.basis == .stated })
    #expect(stated.relations.count < all.relations.count)
    #expect(Set(stated.relations).isSubset(of: Set(all.relations)))
    #expect(all.relations.allSatisfy { $0.basis != nil }, "every extracted relation has a basis")
  }

  @Test func countedListOfCompaniesIsACue() {
    let text = "临川高新区创新发展纪实\n青禾微电子有限公司、蓝鲸储能科技有限公司等20多家企业加入了这个平台。"
    let found = Self.relations(text)
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区", basis: "context"), "\(found)")
    #expect(Self.has(found, "蓝鲸储能科技有限公司", "location", "临川高新区", basis: "context"), "\(found)")
    // 等N家 before anything but 企业 is no cue.
    let units = Self.relations("临川高新区创新发展纪实\n临川超算中心承接临川脑科学中心等10余家科研单位需求。")
    #expect(!units.contains { $0.contains("location") }, "\(units)")
  }

  @Test func introListRunsToTheSentenceEndAndAcrossASentence() {
    let across = Self.relations("临川科技园简介\n临川科技园聚焦智能制造,引入重大功能平台。包括提供技术支持的青禾储能创新中心,承担检测的临川标准开放实验室。")
    #expect(Self.has(across, "青禾储能创新中心", "location", "临川科技园"), "\(across)")
    #expect(Self.has(across, "临川标准开放实验室", "location", "临川科技园"), "\(across)")
    let within = Self.relations("临川科技园简介\n临川科技园引入重大功能平台,包括提供技术支持的青禾储能创新中心,承担检测的临川标准开放实验室。")
    #expect(Self.has(within, "临川标准开放实验室", "location", "临川科技园"), "\(within)")
    // Without a cue before it, 包括 lists nothing.
    let none = Self.relations("临川科技园简介\n临川科技园举办论坛。包括提供技术支持的青禾储能创新中心。")
    #expect(!none.contains { $0.contains("location") }, "\(none)")
  }

  @Test func partnerOfAnotherBodyIsStillAMember() {
    let found = Self.relations("临川高新区创新发展纪实\n临川市科技局与青禾微电子有限公司集中签约,企业入驻园区。")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区"), "\(found)")
    #expect(Self.has(found, "临川市科技局", "cooperation", "青禾微电子有限公司"), "\(found)")
    #expect(!Self.has(found, "临川市科技局", "location", "临川高新区"), "a government body is no member: \(found)")
  }

  @Test func listOfParksTypedAsParksIsACue() {
    let found = Self.relations("临川高新区创新发展纪实\n临川高新区借助青禾装备创业园、蓝鲸生物医药产业园等产业园区载体,推动科创落地。")
    #expect(Self.has(found, "青禾装备创业园", "location", "临川高新区", basis: "stated"), "\(found)")
    #expect(Self.has(found, "蓝鲸生物医药产业园", "location", "临川高新区", basis: "stated"), "\(found)")
  }

  @Test func centreOfAFrameIsAMemberOfTheSentencesPark() {
    let found = Self.relations("临川高新区创新发展纪实\n临川高新区将大力发展以“青禾生物医药研究院”为中心的研发平台。")
    #expect(Self.has(found, "青禾生物医药研究院", "location", "临川高新区"), "\(found)")
  }

  @Test func companyNamedInAMemberSubParkIsAMember() {
    let found = Self.relations("临川高新区创新发展纪实\n青禾微电子有限公司的芯片远销海外。青禾微电子光电产业园落户临川高新区。")
    #expect(Self.has(found, "青禾微电子光电产业园", "location", "临川高新区"), "\(found)")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区"), "\(found)")
    // A company's own centre in the park does not make the company a member.
    let centre = Self.relations("临川高新区创新发展纪实\n蓝鲸储能科技有限公司的产品远销海外。蓝鲸储能临川创新中心落户临川高新区。")
    #expect(Self.has(centre, "蓝鲸储能临川创新中心", "location", "临川高新区"), "\(centre)")
    #expect(!Self.has(centre, "蓝鲸储能科技有限公司", "location", "临川高新区"), "\(centre)")
  }

  @Test func investedOrIncubatedCompaniesKeepThatTieOnly() {
    let found = Self.relations("临川高新区创新发展纪实\n临川高新区产业投资基金已投资青禾微电子有限公司等8家企业。该所已孵化出蓝鲸储能科技有限公司等40余家企业,其中5家已上市。")
    #expect(!Self.has(found, "青禾微电子有限公司", "location", "临川高新区"), "\(found)")
    #expect(!Self.has(found, "蓝鲸储能科技有限公司", "location", "临川高新区"), "\(found)")
    // After a strong cue, a company founded by someone else is a member all the same.
    let strong = Self.relations("临川高新区创新发展纪实\n临川理工大学团队创办的青禾微电子有限公司是首批入驻临川高新区的企业。")
    #expect(Self.has(strong, "青禾微电子有限公司", "location", "临川高新区"), "\(strong)")
  }

  @Test func supportParkIsNotTheMembersPlace() {
    // 依托P优势，借助A、B等产业园区载体: A and B (a 科学城 too) lie in the article's park, not in P;
    // 等产业园区 is a category, not the last 产业园 named.
    let found = RelationMatcherTests.relations("甬江科创区纪实\n此外,甬江科创区还依托浙江自贸试验区(宁波片区)优势,借助滨江装备创业园、中电光谷创智科学城等产业园区载体,推动高端制造发展。")
    #expect(RelationMatcherTests.has(found, "滨江装备创业园", "location", "甬江科创区"), "\(found)")
    #expect(RelationMatcherTests.has(found, "中电光谷创智科学城", "location", "甬江科创区"), "\(found)")
    #expect(!found.contains { $0.hasSuffix("-> 浙江自贸试验区(宁波片区)") }, "\(found)")
  }

  @Test func cueListsTheRestWhenATriggerPlacesOneInTheSamePark() {
    // A、(unrecognised)、C，首批3家平台集中入驻P: 入驻 places A, the subject; the cue places C in P too.
    let found = RelationMatcherTests.relations("现场,湖南智能制造创新平台、工业互联网科技创新型平台、中南大学产业化创新平台,首批3家平台集中入驻岳麓山大学科技城。")
    #expect(RelationMatcherTests.has(found, "湖南智能制造创新平台", "location", "岳麓山大学科技城"), "\(found)")
    #expect(RelationMatcherTests.has(found, "中南大学产业化创新平台", "location", "岳麓山大学科技城"), "\(found)")
  }

  @Test func speakerBeforeATitleIsNoMember() {
    // X副主任某某介绍,该项目…: the cue's clause follows, but X only introduces a speaker.
    let found = Self.relations("临川高新区创新发展纪实\n临川智能制造创新中心副主任王明介绍,该项目将于年底投产。")
    #expect(!Self.has(found, "临川智能制造创新中心", "location", "临川高新区"), "\(found)")
    // The same name without a title after it is a member.
    let plain = Self.relations("临川高新区创新发展纪实\n临川智能制造创新中心介绍,该项目将于年底投产。")
    #expect(Self.has(plain, "临川智能制造创新中心", "location", "临川高新区"), "\(plain)")
  }

  @Test func countAfterASingleNameNamesItsUnitsCountAfterAListSumsItUp() {
    // 中国科学院3个重点实验室…签约: the academy's labs are the members, not the academy.
    let owner = Self.relations("临川高新区创新发展纪实\n临川理工研究院3个重点实验室及10个项目现场签约。")
    #expect(!Self.has(owner, "临川理工研究院", "location", "临川高新区"), "\(owner)")
    let list = Self.relations("临川高新区集聚了临川光源装置、临川授时系统2个重大科技基础设施。")
    #expect(Self.has(list, "临川授时系统", "location", "临川高新区"), "\(list)")
  }

  @Test func settlingAndGatheringWordsAreCues() {
    let settled = Self.relations("此后青禾医药、蓝鲸生物等一大批企业纷纷落子西安高新区。")
    #expect(Self.has(settled, "青禾医药", "location", "西安高新区", basis: "stated"), "\(settled)")
    let gathered = Self.relations("临川高新区创新发展纪实\n目前,青禾微电子有限公司、蓝鲸储能科技有限公司的数据中心已齐聚园区。")
    #expect(Self.has(gathered, "蓝鲸储能科技有限公司", "location", "临川高新区"), "\(gathered)")
  }

  @Test func aBareTwoCharacterHeadMakesNoUnit() {
    // 中国科学院 + 大学 is an institution of its own; 中国科学院 + 西安科学园 is a unit.
    let found = Self.relations("临川高新区与中国科学院大学合作。")
    #expect(!Self.has(found, "中国科学院", "affiliation", "中国科学院大学"), "\(found)")
  }

  @Test func cueAfterAnEllipsisSumsUpTheNamesEnumeratedBeforeIt() {
    let found = Self.relations("临川高新区纪实\n青禾微电子有限公司的封装技术,解决芯片封装问题;蓝鲸储能科技有限公司的储能技术占行业主导地位……一批新的“小巨人”正在临川高新区拔节生长。")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川高新区", basis: "context"), "\(found)")
    #expect(Self.has(found, "蓝鲸储能科技有限公司", "location", "临川高新区", basis: "context"), "\(found)")
    // No cue after the ellipsis: no tie.
    let plain = Self.relations("临川高新区纪实\n青禾微电子有限公司的封装技术占行业主导地位……诸多领先科技从这里走向全国。")
    #expect(!plain.contains { $0.contains("location") }, "\(plain)")
  }

  @Test func parksSummedAsPartsAreMembers() {
    let summed = Self.relations("临川新区纪实\n临川新区聚焦东湖片区、西湖片区两大重点片区,全面发力招商。")
    #expect(Self.has(summed, "西湖片区", "location", "临川新区"), "\(summed)")
    let category = Self.relations("临川新区纪实\n新区包括东湖开发区、古镇口创新区等功能区。")
    #expect(Self.has(category, "古镇口创新区", "location", "临川新区"), "\(category)")
    #expect(Self.has(category, "东湖开发区", "location", "临川新区"), "\(category)")
  }

  @Test func aCompanyBeforeItsCountedPartnersIsNoMember() {
    // A的5家生态伙伴企业落户P: A owns what is counted; it is not the member.
    let found = Self.relations("当天,青禾集团的5家生态伙伴企业同步落户临川高新区。")
    #expect(!Self.has(found, "青禾集团", "location", "临川高新区"), "\(found)")
  }

  @Test func aNameAfterTheListsDengIsNoMember() {
    // A等中科院院所3家: 中科院 names the members' owner.
    let found = Self.relations("临川高新区落地临川医疗器械创新研究院等中科院院所3家。")
    #expect(Self.has(found, "临川医疗器械创新研究院", "location", "临川高新区"), "\(found)")
    #expect(!Self.has(found, "中国科学院", "location", "临川高新区"), "\(found)")
  }

  @Test func aProjectCooperationAgreementListsNoMembers() {
    // 项目合作协议 is an agreement about a project, not a list of projects.
    let found = Self.relations("临川高新区创新发展纪实\n青禾集团与临川市人民政府签订科技城项目合作协议。")
    #expect(!Self.has(found, "青禾集团", "location", "临川高新区"), "\(found)")
    // A sub-park in a list before 等产业园区 takes no members.
    let list = Self.relations("临川高新区创新发展纪实\n借助滨江装备创业园、临川生物医药产业园等产业园区载体,推动前沿科创落地。")
    #expect(!Self.has(list, "滨江装备创业园", "location", "临川生物医药产业园"), "\(list)")
  }
}
