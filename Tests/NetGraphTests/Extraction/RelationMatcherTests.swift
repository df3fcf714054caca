import Foundation
import Testing
@testable import NetGraph

/// Relations from trigger words: kinds, direction, lists, stand-ins, no co-mention ties.
@Suite struct RelationMatcherTests {
  static let extractor = try! Extractor()

  /// Relations of a one-article corpus, as "source -kind-> target" with entity names.
  static func relations(_ text: String) -> Set<String> {
    let corpus = Corpus(documents: [Document(fileName: "t.txt", text: text)])
    let network = extractor.extract(corpus)
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    return Set(network.relations.map { "\(names[$0.source]!) -\($0.kind!.rawValue)-> \(names[$0.target]!)" })
  }

  static func has(_ found: Set<String>, _ a: String, _ kind: String, _ b: String) -> Bool {
    found.contains("\(a) -\(kind)-> \(b)") || (kind == "cooperation" && found.contains("\(b) -\(kind)-> \(a)"))
  }

  @Test func listExpandsCooperation() {
    let found = Self.relations("榆林高新区与浙江大学、大连理工大学、西北工业大学等达成合作协议,共建创新平台。")
    #expect(Self.has(found, "榆林高新区", "cooperation", "浙江大学"))
    #expect(Self.has(found, "榆林高新区", "cooperation", "大连理工大学"))
    #expect(Self.has(found, "榆林高新区", "cooperation", "西北工业大学"))
    #expect(!Self.has(found, "浙江大学", "cooperation", "大连理工大学"), "list members are not linked: \(found)")
  }

  @Test func locationPointsToPark() {
    let found = Self.relations("目前,宁波智芯微电子有限公司已落户苏州工业园区。")
    #expect(Self.has(found, "宁波智芯微电子有限公司", "location", "苏州工业园区"), "\(found)")
    let introduced = Self.relations("近年来,合肥高新区引进了安徽星河光电科技有限公司。")
    #expect(Self.has(introduced, "安徽星河光电科技有限公司", "location", "合肥高新区"), "\(introduced)")
  }

  @Test func memberBeforeZaiPark() {
    let found = Self.relations("宜昌海川储能科技有限公司今年在宜昌高新区投产电池生产线。宜昌光电产业创新中心日前在宜昌高新区揭牌成立。")
    #expect(Self.has(found, "宜昌海川储能科技有限公司", "location", "宜昌高新区"), "\(found)")
    #expect(Self.has(found, "宜昌光电产业创新中心", "location", "宜昌高新区"), "\(found)")
    // 投产/揭牌 hold only after 在 + park.
    let bare = Self.relations("宜昌高新区：宜昌光电产业创新中心揭牌")
    #expect(!bare.contains { $0.contains("location") }, "\(bare)")
  }

  @Test func ownerAfterChildAndPivotBeforeJointVerb() {
    let found = Self.relations("宜昌驰远电子有限公司是湖北汉江电气集团有限公司的控股子公司。宜昌云帆科技有限公司的母公司为湖北楚天控股集团有限公司。宜昌星海光电有限公司是湖北汉江电气集团有限公司控股的企业。")
    #expect(Self.has(found, "湖北汉江电气集团有限公司", "affiliation", "宜昌驰远电子有限公司"), "\(found)")
    #expect(Self.has(found, "湖北楚天控股集团有限公司", "affiliation", "宜昌云帆科技有限公司"), "\(found)")
    #expect(Self.has(found, "湖北汉江电气集团有限公司", "affiliation", "宜昌星海光电有限公司"), "\(found)")
    let joint = Self.relations("由湖北楚天控股集团有限公司和三峡大学联合发起的宜昌储能产业创新联合体揭牌。")
    #expect(Self.has(joint, "湖北楚天控股集团有限公司", "cooperation", "三峡大学"), "\(joint)")
    // A plain list of three founders is not a cooperation among them.
    let list = Self.relations("三峡大学、湖北工业大学以及武汉理工大学联合发起成立宜昌储能产教联盟。")
    #expect(!list.contains { $0.contains("cooperation") }, "\(list)")
  }

  @Test func leadAndFollowInvestorsBeforeInvestee() {
    let found = Self.relations("今年，宜昌高新区产业投资基金领投、湖北省长江经济带产业基金跟投，宜昌云帆科技有限公司完成A轮融资。")
    #expect(Self.has(found, "宜昌高新区产业投资基金", "investment", "宜昌云帆科技有限公司"), "\(found)")
    #expect(Self.has(found, "湖北省长江经济带产业基金", "investment", "宜昌云帆科技有限公司"), "\(found)")
    #expect(!Self.has(found, "宜昌高新区产业投资基金", "investment", "湖北省长江经济带产业基金"), "\(found)")
  }

  @Test func bareParkHeadStandsForLastParkWithThatHead() {
    let found = Self.relations("宜昌高新区与三峡大学共建宜昌储能产业园。产业园已引进宜昌云帆科技有限公司等企业。")
    #expect(Self.has(found, "宜昌云帆科技有限公司", "location", "宜昌储能产业园"), "\(found)")
    #expect(!Self.has(found, "宜昌云帆科技有限公司", "location", "宜昌高新区"), "\(found)")
  }

  @Test func timeWordBetweenSubjectAndPivot() {
    let found = Self.relations("宜昌高新区日前与三峡大学、湖北三峡职业技术学院签订合作协议。")
    #expect(Self.has(found, "宜昌高新区", "cooperation", "三峡大学"), "\(found)")
    #expect(Self.has(found, "宜昌高新区", "cooperation", "湖北三峡职业技术学院"), "\(found)")
  }

  @Test func passiveFoundingReversesDirection() {
    let found = Self.relations("芯鸿数智科技有限公司由拓维信息系统股份有限公司与重庆高新开发集团下属重庆科学城科技产业发展有限公司共同出资设立。")
    #expect(Self.has(found, "拓维信息系统股份有限公司", "investment", "芯鸿数智科技有限公司"), "\(found)")
    #expect(Self.has(found, "重庆科学城科技产业发展有限公司", "establishment", "芯鸿数智科技有限公司"), "\(found)")
    #expect(Self.has(found, "重庆高新开发集团", "affiliation", "重庆科学城科技产业发展有限公司"), "\(found)")
  }

  @Test func coMentionIsNotARelation() {
    let found = Self.relations("西安交通大学和西北工业大学的学生参观了西安高新区。")
    #expect(found.isEmpty, "\(found)")
  }

  @Test func standInUsesSubjectPark() {
    let found = Self.relations("# 东湖高新区新闻\n\n本报讯 东湖高新区发布新政。据悉,南京云图科技有限公司已入驻该区。")
    #expect(Self.has(found, "南京云图科技有限公司", "location", "东湖高新区"), "\(found)")
  }

  @Test func sharedFoundingAndStandIns() {
    let text = """
      # 南宁高新区打造数字产业高地

      本报讯 园区已引进华为、南宁云帆科技有限公司等龙头企业,并与中国科学院自动化研究所合作组建南宁智能感知研究院。广西博科智能技术有限公司是南宁高新区培育的本土企业。该公司由广西大学计算机学院教授团队创办。
      """
    let found = Self.relations(text)
    #expect(Self.has(found, "南宁云帆科技有限公司", "location", "南宁高新区"), "\(found)")
    #expect(Self.has(found, "南宁高新区", "cooperation", "中国科学院自动化研究所"), "\(found)")
    #expect(Self.has(found, "南宁高新区", "establishment", "南宁智能感知研究院"), "\(found)")
    #expect(Self.has(found, "中国科学院自动化研究所", "establishment", "南宁智能感知研究院"), "\(found)")
    #expect(Self.has(found, "南宁高新区", "incubation", "广西博科智能技术有限公司"), "\(found)")
    #expect(Self.has(found, "广西大学计算机学院", "establishment", "广西博科智能技术有限公司"), "\(found)")
  }

  @Test func appositiveAliasKeepsTheList() {
    let found = Self.relations("近日,武汉东湖新技术开发区(以下简称“东湖高新区”)与华中科技大学、武汉大学和武汉理工大学签署战略合作协议。")
    for university in ["华中科技大学", "武汉大学", "武汉理工大学"] {
      #expect(Self.has(found, "武汉东湖新技术开发区", "cooperation", university), "\(found)")
    }
    #expect(found.count == 3, "\(found)")
  }

  @Test func jointBuildingGivesCooperationAndEstablishment() {
    let found = Self.relations("苏州纳微科技股份有限公司与苏州大学共建苏州大学—纳微科技先进微球材料联合研发中心。")
    #expect(Self.has(found, "苏州纳微科技股份有限公司", "cooperation", "苏州大学"), "\(found)")
    #expect(Self.has(found, "苏州大学", "establishment", "苏州大学—纳微科技先进微球材料联合研发中心"), "\(found)")
    #expect(Self.has(found, "苏州纳微科技股份有限公司", "establishment", "苏州大学—纳微科技先进微球材料联合研发中心"), "\(found)")
  }

  @Test func passiveLeadAndJoinedFounders() {
    let found = Self.relations("平台建设方面,信创海河实验室由天津大学牵头,联合南开大学、麒麟软件有限公司等单位共同组建,重点攻关操作系统。")
    for founder in ["天津大学", "南开大学", "麒麟软件有限公司"] {
      #expect(Self.has(found, founder, "establishment", "信创海河实验室"), "\(found)")
    }
    #expect(!found.contains { $0.hasPrefix("信创海河实验室 -cooperation") || $0.hasSuffix("-> 信创海河实验室") && $0.contains("cooperation") })
  }

  @Test func placeAfterZaiIsNotTheAgent() {
    let text = "# 光谷\n\n日前,武汉锐科光纤激光技术股份有限公司宣布,将在武汉东湖高新区投资建设激光器研发中心。据悉,该公司是中国航天科工集团旗下企业,2007年成立于武汉东湖高新区。"
    let found = Self.relations(text)
    #expect(Self.has(found, "武汉锐科光纤激光技术股份有限公司", "establishment", "激光器研发中心"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("武汉东湖高新区 -") }, "\(found)")
    #expect(Self.has(found, "中国航天科工集团", "affiliation", "武汉锐科光纤激光技术股份有限公司"), "\(found)")
    #expect(Self.has(found, "武汉锐科光纤激光技术股份有限公司", "location", "武汉东湖高新区"), "\(found)")
  }

  @Test func partiesCarryToTheNextSentence() {
    let text = "本报讯 近日,杨凌农业高新技术产业示范区与西北农林科技大学签署新一轮校地合作协议。根据协议,双方将共建杨凌种业创新中心。"
    let found = Self.relations(text)
    #expect(Self.has(found, "杨凌农业高新技术产业示范区", "establishment", "杨凌种业创新中心"), "\(found)")
    #expect(Self.has(found, "西北农林科技大学", "establishment", "杨凌种业创新中心"), "\(found)")
  }

  @Test func parkCompanyAndLeadCooperation() {
    let text = "# 西部(重庆)科学城 首台服务器下线\n\n本报讯 服务器由科学城企业重庆科学城芯鸿数智科技有限公司生产制造。"
    let found = Self.relations(text)
    #expect(Self.has(found, "重庆科学城芯鸿数智科技有限公司", "location", "西部(重庆)科学城"), "\(found)")
    let lead = Self.relations("# 榆林高新区科技发展跑出加速度\n\n► 吕晶\n\n与中国科学院等40多所高校院所达成合作协议……")
    #expect(Self.has(lead, "榆林高新区", "cooperation", "中国科学院"), "\(lead)")
  }

  @Test func modifierIsNotAnObject() {
    let found = Self.relations("# 南宁高新区打造东盟数字产业高地\n\n本报讯 南宁高新区打造东盟数字产业高地。")
    #expect(found.isEmpty, "\(found)")
  }

  @Test func sentenceOpeningWithJointVerbSpeaksForTheLeftOutSubject() {
    let text = "临川高新区发展纪实\n临川高新区多措并举点燃发展新引擎。联合临川理工大学共建临川先进材料协同创新中心。同时联合江州大学创建江州大学临川新材料研究院；与青禾微电子有限公司共同建设临川储能技术创新中心。"
    let found = Self.relations(text)
    #expect(Self.has(found, "临川高新区", "cooperation", "临川理工大学"), "\(found)")
    #expect(Self.has(found, "临川高新区", "establishment", "临川先进材料协同创新中心"), "\(found)")
    #expect(Self.has(found, "临川理工大学", "establishment", "临川先进材料协同创新中心"), "\(found)")
    // The second sentence opens with 联合 too: its subject is still the park, not 临川理工大学.
    #expect(Self.has(found, "临川高新区", "cooperation", "江州大学"), "\(found)")
    #expect(!Self.has(found, "临川理工大学", "cooperation", "江州大学"), "\(found)")
    #expect(Self.has(found, "临川高新区", "cooperation", "青禾微电子有限公司"), "\(found)")
    #expect(Self.has(found, "临川高新区", "establishment", "临川储能技术创新中心"), "\(found)")
    // 依托A opening a sentence names no partner of the left-out subject.
    let rely = Self.relations("临川高新区发展纪实\n临川高新区多措并举点燃发展新引擎。依托临川理工大学、江州大学需求,开展服务。")
    #expect(!rely.contains { $0.contains("cooperation") }, "\(rely)")
  }

  @Test func nameTailBeforeCommaStaysInTheList() {
    let found = Self.relations("临川高新区已与临川理工大学、江州师范大学珠海校区、青禾大学、江州理工学院等多所高校建立了战略合作关系。")
    #expect(Self.has(found, "临川高新区", "cooperation", "临川理工大学"), "\(found)")
    #expect(Self.has(found, "临川高新区", "cooperation", "青禾大学"), "\(found)")
    #expect(Self.has(found, "临川高新区", "cooperation", "江州理工学院"), "\(found)")
    #expect(!Self.has(found, "临川理工大学", "cooperation", "青禾大学"), "\(found)")
  }

  @Test func pushingABuildMakesTheSubjectItsFounder() {
    let found = Self.relations("临川高新区创新发展纪实\n临川科技大学充分挖掘校友资源,推进青禾电子信息创业产业园建设。")
    #expect(Self.has(found, "临川科技大学", "establishment", "青禾电子信息创业产业园"), "\(found)")
    #expect(!Self.has(found, "青禾电子信息创业产业园", "establishment", "临川科技大学"), "\(found)")
  }

  @Test func subParkBeforeZaiParkIsAMember() {
    let found = Self.relations("临川高新区创新发展纪实\n2019年,青禾智能汽车生态产业园一期工程,在临川高新产业园开工。")
    #expect(Self.has(found, "青禾智能汽车生态产业园", "location", "临川高新产业园"), "\(found)")
  }

  @Test func parkKeepsTheArticleThroughVerbFirstSentences() {
    let found = Self.relations("临川高新区创新发展纪实\n临川高新区围绕产业链部署创新链。建设以青禾微电子有限公司为龙头的临川储能材料产业园,推动项目落地。建设蓝鲸光伏制造产业园,释放产能。")
    #expect(Self.has(found, "临川高新区", "establishment", "临川储能材料产业园"), "\(found)")
    #expect(!Self.has(found, "临川高新区", "establishment", "青禾微电子有限公司"), "the leader is not what is built: \(found)")
    #expect(Self.has(found, "青禾微电子有限公司", "location", "临川储能材料产业园"), "\(found)")
    #expect(Self.has(found, "临川高新区", "establishment", "蓝鲸光伏制造产业园"), "\(found)")
  }

  @Test func partOfAParkLiesInIt() {
    let found = Self.relations("临川高新区创新发展纪实\n临川高新区作为江州科学城的核心区,持续发力。")
    #expect(Self.has(found, "临川高新区", "location", "江州科学城"), "\(found)")
    let none = Self.relations("临川高新区创新发展纪实\n临川高新区作为江州科学城的合作伙伴,持续发力。")
    #expect(!none.contains { $0.contains("location") }, "\(none)")
  }

  @Test func subjectOpeningALaterClauseCarriesToAVerbFirstSentence() {
    let found = Self.relations("临川高新区发展纪实\n市场环境越来越好,青禾微电子有限公司对研发的投入不断增强。组建了青禾储能技术创新中心,提供服务。")
    #expect(Self.has(found, "青禾微电子有限公司", "establishment", "青禾储能技术创新中心"), "\(found)")
  }

  @Test func settingUpPlatformsIsEstablishment() {
    let found = Self.relations("临川高新区发展纪实\n临川高新区搭建了青禾孵化器、蓝鲸众创空间等一批创新平台。")
    #expect(Self.has(found, "临川高新区", "establishment", "青禾孵化器"), "\(found)")
    #expect(Self.has(found, "临川高新区", "establishment", "蓝鲸众创空间"), "\(found)")
  }

  @Test func amountAfterInvestIsNoInvestor() {
    // 单体投资超N元的X, 总投资N元的Y: the amount sizes a project; the park invests in nothing.
    let found = Self.relations("宜宾高新区纪实\n宜宾高新区产业加快集聚,单体投资超20亿元凯瑞光电、明湖精密等重大项目落地投产,总投资超80亿元的蓝湾产业园加快建设。")
    #expect(!found.contains { $0.contains("investment") }, "\(found)")
    #expect(Self.has(found, "凯瑞光电", "location", "宜宾高新区"), "\(found)")
    // An investor named before 投资 + amount still invests.
    let stated = Self.relations("江苏蓝天投资有限公司投资5亿元，入股宁波海途科技有限公司。")
    #expect(Self.has(stated, "江苏蓝天投资有限公司", "investment", "宁波海途科技有限公司"), "\(stated)")
  }

  @Test func regionLeftOffKeepsList() {
    // 、北京|理想汽车: a region before a listed name still links the list after 分别与.
    let found = Self.relations("中南大学分别与湘潭高新区、广东粤汽集团、北京蓝湖汽车、湖南星沙电子有限公司等签订战略合作协议。")
    #expect(Self.has(found, "中南大学", "cooperation", "湘潭高新区"), "\(found)")
    #expect(Self.has(found, "中南大学", "cooperation", "湖南星沙电子有限公司"), "\(found)")
    #expect(!Self.has(found, "湘潭高新区", "cooperation", "湖南星沙电子有限公司"), "\(found)")
  }

  @Test func jointAgentsCooperate() {
    // A、B、C等单位联合申报: the units summed up by 等 act together.
    let units = Self.relations("中南大学、湘潭大学、长沙理工大学等单位联合申报国家重点研发计划。")
    #expect(Self.has(units, "中南大学", "cooperation", "湘潭大学"), "\(units)")
    #expect(Self.has(units, "湘潭大学", "cooperation", "长沙理工大学"), "\(units)")
    let agents = Self.relations("由湘潭高新区管委会、中南大学、湘潭大学联合编制的发展报告发布。")
    #expect(Self.has(agents, "湘潭高新区管委会", "cooperation", "湘潭大学"), "\(agents)")
    // A、B、C共建Y: builders named together as the subject are partners and each builds Y.
    let built = Self.relations("赣州高新区、江西理工大学、赣州技师学院共建江西理工大学科技园。")
    #expect(Self.has(built, "赣州高新区", "cooperation", "江西理工大学"), "\(built)")
    #expect(Self.has(built, "江西理工大学", "cooperation", "赣州技师学院"), "\(built)")
    #expect(Self.has(built, "赣州技师学院", "establishment", "江西理工大学科技园"), "\(built)")
    // A、B与C签约: the side listed before 与 acts together as well.
    let signed = Self.relations("赣州市政府、赣州高新区管委会与江西理工大学举行签约仪式。")
    #expect(Self.has(signed, "赣州市政府", "cooperation", "赣州高新区管委会"), "\(signed)")
    #expect(Self.has(signed, "赣州市政府", "cooperation", "江西理工大学"), "\(signed)")
  }

  @Test func memberOpensClauseAfterParkHead() {
    // 作为首批入驻P的企业之一，X…: X is the member.
    let found = Self.relations("作为首批入驻赣江科创园的企业之一,江西蓝鲸智能科技有限公司依托南昌大学开展研发。")
    #expect(Self.has(found, "江西蓝鲸智能科技有限公司", "location", "赣江科创园"), "\(found)")
  }

  @Test func namedSidesCooperate() {
    // A和B双方…: the two named as the sides work together.
    let found = Self.relations("中南大学和湘潭高新区双方构建联合培养模式。")
    #expect(Self.has(found, "中南大学", "cooperation", "湘潭高新区"), "\(found)")
  }

  @Test func actorOfLeadFrameJoinsPartners() {
    // 以A为主体，依托B、C: A is the one who draws on B and C.
    let found = Self.relations("以湘潭高新区管委会为主体,依托湘潭大学、湖南工程学院等本地院校,探索建设大学科技园。")
    #expect(Self.has(found, "湘潭高新区管委会", "cooperation", "湘潭大学"), "\(found)")
    #expect(Self.has(found, "湘潭高新区管委会", "cooperation", "湖南工程学院"), "\(found)")
  }

  @Test func localPartiesWordStandsForTheLastPartners() {
    // 校地携手共建Y after A与B签约: the university and the zone build Y.
    let found = Self.relations("武汉经开区纪实\n武汉理工大学与武汉经开区签订合作协议。2013年,校地携手共建武汉新能源汽车工业技术研究院。")
    #expect(Self.has(found, "武汉理工大学", "establishment", "武汉新能源汽车工业技术研究院"), "\(found)")
    #expect(Self.has(found, "武汉经开区", "establishment", "武汉新能源汽车工业技术研究院"), "\(found)")
  }

  @Test func builderBeforePlaceBuildsThere() {
    // 与A在P共建Y: A builds Y, and Y lies in P.
    let found = Self.relations("长沙将与中国科学院在长沙高新区共建中国科学院长沙创新研究院。")
    #expect(Self.has(found, "中国科学院", "establishment", "中国科学院长沙创新研究院"), "\(found)")
    #expect(Self.has(found, "中国科学院长沙创新研究院", "location", "长沙高新区"), "\(found)")
  }

  @Test func agreementTitleNamesWhatIsBuilt() {
    // A与B签订《Y共建框架协议》: both signatories build Y.
    let found = Self.relations("芜湖经开区还与合肥经开区签订《合肥芜湖智能装备产业园共建框架协议》。")
    #expect(Self.has(found, "芜湖经开区", "cooperation", "合肥经开区"), "\(found)")
    #expect(Self.has(found, "芜湖经开区", "establishment", "合肥芜湖智能装备产业园"), "\(found)")
    #expect(Self.has(found, "合肥经开区", "establishment", "合肥芜湖智能装备产业园"), "\(found)")
  }

  @Test func leadFrameWithoutYi() {
    // 建设A为龙头的Y (以 left out): Y is what is built, not A.
    let found = Self.relations("石嘴山高新区纪实\n石嘴山高新区建设中色东方为龙头的稀有金属产业园。")
    #expect(Self.has(found, "石嘴山高新区", "establishment", "稀有金属产业园"), "\(found)")
    #expect(!Self.has(found, "石嘴山高新区", "establishment", "中色东方"), "\(found)")
  }

  @Test func investNounIsNoAct() {
    // 成立…政府投资基金——Y: 投资 before 基金 names a kind of fund; nobody invests in Y.
    let found = Self.relations("湘潭高新区纪实\n湘潭高新区成立湘潭市第一家政府投资基金——湘江天使基金,为创新型企业提供融资服务。")
    #expect(!found.contains { $0.contains("-investment->") }, "\(found)")
  }

  @Test func visitorIsNoMember() {
    // A…走进位于…的P: the reporter's agency visits P; it is not located there.
    let found = Self.relations("新华社长沙8月25日电(记者张三)走进位于长沙市岳麓区的岳麓山大学科技城核心区。")
    #expect(!found.contains { $0.hasPrefix("新华社 -location->") }, "\(found)")
  }

  @Test func unnamedListMemberKeepsTheList() {
    // 、长沙蓝鲸、 (no name recognised) between names still links the 等单位 list.
    let found = Self.relations("支持中南大学、长沙蓝鲸、湘潭大学、长沙理工大学等单位联合申报国家重点研发计划。")
    #expect(Self.has(found, "中南大学", "cooperation", "湘潭大学"), "\(found)")
    #expect(Self.has(found, "中南大学", "cooperation", "长沙理工大学"), "\(found)")
  }

  @Test func parkIsCoreAreaOfScienceCentre() {
    // P是C的核心区 with C a science centre: P is part of C's programme (C → P).
    let found = Self.relations("长沙高新区是长沙国家科学中心的核心区。")
    #expect(Self.has(found, "长沙国家科学中心", "affiliation", "长沙高新区"), "\(found)")
  }

  @Test func agreementToBuildNamesWhatIsBuilt() {
    // A与B合作共建Y协议: Y, glued to 协议, is still what they build.
    let found = Self.relations("9日上午,长沙市政府与广州市政府合作共建长沙广州产业园区协议签约仪式在长沙举行。")
    #expect(Self.has(found, "长沙市政府", "establishment", "长沙广州产业园区"), "\(found)")
    #expect(Self.has(found, "广州市政府", "establishment", "长沙广州产业园区"), "\(found)")
  }

  @Test func ourUniversityStandsForTheLastUniversity() {
    // 我校与A共建的Y: 我校 is the university the article last named.
    let found = Self.relations("中南大学召开年度科研工作会议。我校与湘西州人民政府共建的中南大学湘西产业技术研究院入选省级新型研发机构。")
    #expect(Self.has(found, "中南大学", "cooperation", "湘西州人民政府"), "\(found)")
    #expect(Self.has(found, "中南大学", "establishment", "中南大学湘西产业技术研究院"), "\(found)")
  }

  @Test func buildNounIsNoFounding() {
    // 被A纳入…建设序列, 落户…建设范围内的P: 建设 as a noun modifier founds nothing.
    let listed = Self.relations("湘潭高新区被科技部火炬中心纳入“世界一流高科技园区”建设序列。")
    #expect(!listed.contains { $0.contains("-establishment->") }, "\(listed)")
    let area = Self.relations("湘江智能研究所落户长株潭科创走廊建设范围内的岳麓山科学城。")
    #expect(!Self.has(area, "湘江智能研究所", "establishment", "岳麓山科学城"), "\(area)")
  }

  @Test func studentsFoundNotTheirUniversity() {
    // A博士生…团队创办的X: the doctoral student's team founds X, not university A.
    let found = Self.relations("中南大学博士生张三团队创办的湖南蓝鲸仪器有限公司入驻岳麓山大学科技城。")
    #expect(!Self.has(found, "中南大学", "establishment", "湖南蓝鲸仪器有限公司"), "\(found)")
  }

  @Test func investmentSigningWithCompaniesIsInvestment() {
    let found = Self.relations("临川金控集团有限公司完成了与青禾微电子有限公司、蓝鲸储能科技有限公司两家初创企业的投资签约。")
    #expect(Self.has(found, "临川金控集团有限公司", "investment", "青禾微电子有限公司"), "\(found)")
    #expect(Self.has(found, "临川金控集团有限公司", "investment", "蓝鲸储能科技有限公司"), "\(found)")
    #expect(!Self.has(found, "临川金控集团有限公司", "cooperation", "青禾微电子有限公司"), "\(found)")
  }

  @Test func parkBuildingUpCompaniesIncubatesThem() {
    let found = Self.relations("多年来,临川高新区着力打造青禾微电子有限公司等一批创新型领军企业。")
    #expect(Self.has(found, "临川高新区", "incubation", "青禾微电子有限公司"), "\(found)")
    #expect(!Self.has(found, "临川高新区", "establishment", "青禾微电子有限公司"), "\(found)")
  }

  @Test func campusAndPlaceStandForTheLastUniversityAndTheArticlesPark() {
    let found = Self.relations("临川高新区纪实\n临川理工大学的学科优势突出。早在2013年,校地携手共建临川新能源汽车工业技术研究院。2022年,双方再次携手共建临川创新港。")
    #expect(Self.has(found, "临川理工大学", "establishment", "临川新能源汽车工业技术研究院"), "\(found)")
    #expect(Self.has(found, "临川高新区", "establishment", "临川新能源汽车工业技术研究院"), "\(found)")
    #expect(Self.has(found, "临川理工大学", "establishment", "临川创新港"), "\(found)")
  }

  @Test func listAfterJiSpellsOutTheObject() {
    // 打造“两中心”，即A、B: the list after 即 is what is built, in the park after 在.
    let found = Self.relations("临川市联合中国航天科工集团在临川高新区打造“两中心”,即临川人工智能创新中心、临川新材料产业研究院。")
    #expect(Self.has(found, "中国航天科工集团", "establishment", "临川人工智能创新中心"), "\(found)")
    #expect(Self.has(found, "临川新材料产业研究院", "location", "临川高新区"), "\(found)")
    // ，即将… opens no list.
    let soon = Self.relations("青禾微电子有限公司完成了新一轮融资,即将在临川高新区建设临川芯片创新中心。")
    #expect(!Self.has(soon, "青禾微电子有限公司", "establishment", "临川高新区"), "\(soon)")
  }

  @Test func governmentGrantInvestsInTheArticlesPark() {
    let found = Self.relations("临川高新区科技创新纪实\n目前,科技部、财政部已批复第一批500万元扶持资金,江西省科技厅匹配200万元资金。")
    #expect(Self.has(found, "科学技术部", "investment", "临川高新区") || Self.has(found, "科技部", "investment", "临川高新区"), "\(found)")
    #expect(Self.has(found, "财政部", "investment", "临川高新区"), "\(found)")
    #expect(Self.has(found, "江西省科技厅", "investment", "临川高新区"), "\(found)")
    // A grant to a named recipient is not read as one to the park.
    let named = Self.relations("临川高新区科技创新纪实\n江西省科技厅向青禾微电子有限公司拨付200万元资金。")
    #expect(!Self.has(named, "江西省科技厅", "investment", "临川高新区"), "\(named)")
  }

  @Test func secondProgrammeListedWithThePartWord() {
    let found = Self.relations("临川高新区是临川综合性国家科学中心的核心区、“赣江硅谷”核心区。")
    #expect(Self.has(found, "临川综合性国家科学中心", "affiliation", "临川高新区"), "\(found)")
    #expect(Self.has(found, "赣江硅谷", "affiliation", "临川高新区"), "\(found)")
  }

  @Test func nameJoinedByADashIsNoObject() {
    // 建设了A大学—B基地: the university is part of a joint name, not what is built.
    let found = Self.relations("临川高新区先后建设了南昌大学—临川大数据研究生实践教育基地。")
    #expect(!Self.has(found, "临川高新区", "establishment", "南昌大学"), "\(found)")
  }

  @Test func pushedListWithUnnamedMembersIsBuilt() {
    // 推进A、公共服务平台等建设: A is built by the subject.
    let found = Self.relations("临川高新区还与抚州高新区签订合作协议,推进临川智能传感器产业创新研究院、公共服务平台等建设。")
    #expect(Self.has(found, "临川高新区", "establishment", "临川智能传感器产业创新研究院"), "\(found)")
    #expect(Self.has(found, "抚州高新区", "establishment", "临川智能传感器产业创新研究院"), "\(found)")
    // 推进A建设世界一流企业: A builds; nothing is built by the subject.
    let agent = Self.relations("临川高新区协同推进青禾微电子有限公司建设世界一流企业。")
    #expect(!Self.has(agent, "临川高新区", "establishment", "青禾微电子有限公司"), "\(agent)")
  }

  @Test func twoPartnersOfOneAgreementAreThreeParties() {
    let found = Self.relations("临川高新区与抚州高新区、南昌高新区签订了三方合作协议。")
    #expect(Self.has(found, "抚州高新区", "cooperation", "南昌高新区"), "\(found)")
    // 分别与A、B签订: separate agreements.
    let apart = Self.relations("临川理工大学分别与青禾微电子有限公司、蓝鲸储能科技有限公司签订合作协议。")
    #expect(!Self.has(apart, "青禾微电子有限公司", "cooperation", "蓝鲸储能科技有限公司"), "\(apart)")
    // With 等 the list is open: its members are not tied to each other.
    let open = Self.relations("临川高新区与抚州高新区、南昌高新区等签订了合作协议。")
    #expect(!Self.has(open, "抚州高新区", "cooperation", "南昌高新区"), "\(open)")
  }

  @Test func unitNestedInANestedNameBelongsToTheLongerOne() {
    // The document names the institute too: the centre is the institute's unit, not the company's.
    let found = Self.relations("中国移动临川产业研究院落户临川高新区。布局5G应用的中国移动临川产业研究院5G应用创新中心揭牌。")
    #expect(Self.has(found, "中国移动临川产业研究院", "affiliation", "中国移动临川产业研究院5G应用创新中心"), "\(found)")
    #expect(!Self.has(found, "中国移动通信集团有限公司", "affiliation", "中国移动临川产业研究院5G应用创新中心"), "\(found)")
    #expect(!Self.has(found, "中国移动", "affiliation", "中国移动临川产业研究院5G应用创新中心"), "\(found)")
  }

  @Test func theEntrustedActsForTheSubject() {
    // A委托B与C开展合作，成立了X: B founds X, not A.
    let found = Self.relations("2016年,临川高新区委托上海青禾基金与抚州高新区开展全面合作,成立了临川青禾创业投资基金。")
    #expect(Self.has(found, "上海青禾基金", "establishment", "临川青禾创业投资基金"), "\(found)")
    #expect(!Self.has(found, "临川高新区", "establishment", "临川青禾创业投资基金"), "\(found)")
  }

  @Test func unnamedPartiesKeepTheirClauseFromTheSentencesSubject() {
    // …，旗下公司与地方国企合资成立X: not founded by the sentence's subject.
    let found = Self.relations("招商局集团与临川市人民政府签订合作协议,旗下公司与地方国企合资成立临川科技城开发有限公司。")
    #expect(!Self.has(found, "招商局集团", "establishment", "临川科技城开发有限公司"), "\(found)")
    #expect(!Self.has(found, "临川市人民政府", "establishment", "临川科技城开发有限公司"), "\(found)")
    // 参与 is a verb, not a pair of parties: the subject still builds.
    let joined = Self.relations("临川高新区积极参与建设临川芯片创新中心。")
    #expect(Self.has(joined, "临川高新区", "establishment", "临川芯片创新中心"), "\(joined)")
  }

  @Test func selfReferenceOpeningAnArticleIsItsFirstUniversity() {
    let found = Self.relations("近日,江西省科技厅公布新型研发机构入选名单,我校与临川市人民政府共建的南昌大学临川产业发展研究院入选。")
    #expect(Self.has(found, "南昌大学", "cooperation", "临川市人民政府"), "\(found)")
    #expect(!Self.has(found, "江西省科技厅", "cooperation", "临川市人民政府"), "\(found)")
  }
}
