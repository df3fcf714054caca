import Testing
@testable import NetGraph

/// Recognition of single sentences: kinds, left boundaries, nesting, generic phrases.
@Suite struct EntityMatcherTests {
  static let extractor = try! Extractor()

  static func spans(_ text: String) -> [String] {
    extractor.recognize(text).map { "\($0.text)/\($0.kind.rawValue)" }
  }

  @Test(arguments: [
    ("榆林高新区与黑马学院达成合作协议", "榆林高新区/park"),
    ("通过对接西安交通大学、西北工业大学等4所高校", "西安交通大学/university"),
    ("通过对接西安交通大学、西北工业大学等4所高校", "西北工业大学/university"),
    ("近日,湖南惠同新材料股份有限公司荣获大赛第一名", "湖南惠同新材料股份有限公司/enterprise"),
    ("榆林高新区还建立“雏鹰计划”种子基金,遴选优秀项目", "“雏鹰计划”种子基金/fund"),
    ("以榆林高新区管委会为主体", "榆林高新区管委会/government"),
    ("落户于苏州工业园区的企业", "苏州工业园区/park"),
    ("该公司与华为在人工智能领域合作", "华为/enterprise"),
    ("中科院与地方共建研究机构", "中科院/institute"),
    ("由工业和信息化部火炬中心组织", "工业和信息化部火炬中心/government"),
    ("西北有色金属研究院成功获批", "西北有色金属研究院/institute"),
    ("中国人民银行决定下调存款准备金率", "中国人民银行/government"),
    ("深圳市住房和建设局发布通知", "深圳市住房和建设局/government"),
    ("国家工商总局和国家质检总局联合发文", "国家质检总局/government"),
    ("去年,长沙智能驾驶研究院有限公司完成融资", "长沙智能驾驶研究院有限公司/enterprise"),
    ("由深圳市创新投资集团有限公司领投", "深圳市创新投资集团有限公司/enterprise"),
    ("基金出资1亿元投资青岛海山海洋装备有限公司", "青岛海山海洋装备有限公司/enterprise"),
    ("近3年,诺瓦星云、爱科赛博、陕西华达等20家企业实现上市", "爱科赛博/enterprise"),
    ("合肥市产业投资控股(集团)有限公司出资", "合肥市产业投资控股(集团)有限公司/enterprise"),
    ("芯鸿数智总经理黄琪介绍说", "芯鸿数智/enterprise"),
    ("格力电器发布财报", "格力电器/enterprise"),
    ("县粮食局局长表示", "县粮食局/government"),
    ("北京市出租汽车管理局发布通知", "北京市出租汽车管理局/government"),
    ("俄罗斯外交部发言人表示", "俄罗斯外交部/government"),
    ("招商银行北京分行推出新品", "招商银行北京分行/enterprise"),
    ("宁波墨西科技有限公司、宁波韧和科技有限公司等20余家企业", "宁波韧和科技有限公司/enterprise"),
    ("杨凌农业高新技术产业示范区发布新政", "杨凌农业高新技术产业示范区/park"),
    // A province form that also names a city (吉林省/吉林市) names a park.
    ("某联合体日前在吉林高新区揭牌成立", "吉林高新区/park"),
    ("省科技厅为长春新区创业孵化中心授牌", "长春新区创业孵化中心/platform"),
    ("由两家企业联合发起的长春光电产业创新联合体揭牌", "长春光电产业创新联合体/platform"),
    // A common word glued in front of a region is not part of the name.
    ("举行签约仪式合肥高新区管委会主任出席", "合肥高新区管委会/government"),
    ("双方签署协议书宁波高新区将提供场地", "宁波高新区/park"),
    // A brand no common word covers, followed by a company head word.
    ("签约项目包括嘉岚科技产业基地、蔚恒电子二期等", "嘉岚科技/enterprise"),
    ("签约项目包括嘉岚科技产业基地、蔚恒电子二期等", "蔚恒电子/enterprise"),
    // Parks named without a 高新区 head.
    ("项目落户杭州未来科技城和滨江物联网小镇", "滨江物联网小镇/park"),
    ("湖北省政协主席一行调研", "湖北省政协/government"),
    // A body longer than 22 characters before the head (a CAS institute's named centre).
    ("中国科学院苏州纳米技术与纳米仿生研究所南通材料技术转移中心落户", "中国科学院苏州纳米技术与纳米仿生研究所南通材料技术转移中心/platform"),
    // List items between enumeration commas are taken whole.
    ("园区引进了星海微电、云帆智联、晨曦数科等一批企业", "云帆智联/enterprise"),
    ("园区引进了星海微电、云帆智联、晨曦数科等一批企业", "星海微电/enterprise"),
    // A counted list (两家, 四家 + a short description + the head).
    ("引进星海微电、云帆智联两家企业", "云帆智联/enterprise"),
    ("完成了与青禾智算、远桥芯材四家初创期科技企业的签约", "青禾智算/enterprise"),
    // A last 和 joins two items.
    ("吸引了蓝湖生物、晨曦数科和北辰智造等企业", "北辰智造/enterprise"),
    ("吸引了蓝湖生物、晨曦数科和北辰智造等企业", "晨曦数科/enterprise"),
    // A Chinese region's industry group is a name (a country's is a description).
    ("签约方包括湖北建材集团、某公司", "湖北建材集团/enterprise"),
    // A registered company name runs from the delimiter to its legal form.
    ("各持股50%,江苏省苏皖合作产业发展有限公司正式成立", "江苏省苏皖合作产业发展有限公司/enterprise"),
    // A construction phase in brackets is no part of the park's name.
    ("项目将在杭州物流园区(二期)建设", "杭州物流园区/park"),
    // Free-trade zones are named by a province alone.
    ("记者从福建自贸试验区获悉", "福建自贸试验区/park"),
    // A number opening a company's name after a delimiter is part of it.
    ("据悉,360安全科技集团计划在该区开展", "360安全科技集团/enterprise"),
    // A university is not named after the government body before it.
    ("长乐区人民政府浙江大学专项合作", "浙江大学/university"),
    // 两大 counts: the name ends before it.
    ("聚焦东区片区、西湖湾片区两大重点片区", "西湖湾片区/park"),
    // A region alone before 和 starts a company's name when no place or word follows 和.
    ("包括杭州和瑞祥制药股份有限公司等", "杭州和瑞祥制药股份有限公司/enterprise"),
    // An amount (15亿, 10亿美元) ends before a name.
    ("设立15亿星火基金支持", "星火基金/fund"),
    ("投资超10亿美元星海、云帆等重大项目", "星海/enterprise"),
    // 以X为龙头: X is a company.
    ("建设以巴克斯顿为龙头的材料产业园", "巴克斯顿/enterprise"),
    // 暨 joins two events or names; it is no part of either.
    ("招商专场暨杭州钱塘产业合作园区签约", "杭州钱塘产业合作园区/park"),
    // 我校, 我市: a speaker's determiner is no part of the name.
    ("我校滇西产业发展研究院揭牌", "滇西产业发展研究院/institute"),
    // A campus city in brackets after a university names that campus.
    ("近日,香港科技大学(广州)校长接受采访", "香港科技大学(广州)/university"),
    // A university's 科研院 is an institute; 与 after it joins two names.
    ("清华大学科研院与机电学院签约", "清华大学科研院/institute"),
    ("清华大学科研院与机电学院签约", "机电学院/university"),
    // Lists of large research facilities name platforms.
    ("集聚星海光源、深空脉冲探测等3个重大科技基础设施", "深空脉冲探测/platform"),
    // The company heading an investment project after its amount.
    ("总投资3.5亿元的星澜博佩发动机零部件项目将引进", "星澜博佩/enterprise"),
    ("总投资2000万美元的英国XK原油贸易项目", "XK/enterprise"),
    // Brand-like items before 等项目.
    ("蓝湖、沃芯等项目加快推进", "沃芯/enterprise"),
    // 与/和 joining two fields inside a carrier's name.
    ("共建面向新经济的材料交叉与转化中心", "材料交叉与转化中心/platform"),
    ("以航空与高端装备制造产业园为平台", "航空与高端装备制造产业园/park"),
    // A bracketed city after a platform names its branch.
    ("依托农林新药国家工程研究中心(南宁)开展研发", "农林新药国家工程研究中心(南宁)/platform"),
    ("依托种业国家工程研究中心开展研发", "种业国家工程研究中心/platform"),
    ("落地杭州余杭工业区", "杭州余杭工业区/park"),
    // The companies opening the items of a project list.
    ("总部项目,包括星澜国际全球采购中心、沃芯华东总部、蓝湖科技华东区域总部项目", "沃芯/enterprise"),
    ("总部项目,包括星澜国际全球采购中心、沃芯华东总部、蓝湖科技华东区域总部项目", "蓝湖科技/enterprise"),
    ("落户开发区,包括:沃芯广州运营中心、蓝湖科技大湾区总部项目、福沃迪华南总部项目", "福沃迪/enterprise"),
    ("特康科技、沃芯储能10GWh电池扩产等项目相继建成", "沃芯储能/enterprise"),
    // 等 before a count closes a list even where it also ends a word (特等).
    ("此后福沃迪、百特等一大批国际药企纷纷落户", "百特/enterprise"),
    // A frequent verb before an unanchored name is not part of it.
    ("教授牵头组织机电学院等单位申报", "机电学院/university"),
    // VC firms listed before 投资机构 are companies (the guide's kind for X资本, X创投).
    ("沃芯资本、福沃迪等投资机构参与本轮融资", "福沃迪/enterprise"),
    // A quoted brand before a park's modifier and head; a university's science park is a park.
    ("生物医药领域,“云杉谷”特色产业园已集聚企业80家", "“云杉谷”特色产业园/park"),
    ("依托江西理工大学科技园建设孵化器", "江西理工大学科技园/park"),
    // 加速营 heads a platform; 冶金, 重装, 铸造, 存储, 国际 close a company's short name.
    ("由多家企业共同打造的云杉双创加速营正式发布", "云杉双创加速营/platform"),
    ("重点推动沃森冶金、科伦重装成为单项冠军", "科伦重装/enterprise"),
    ("重点推动沃森冶金、科伦重装成为单项冠军", "沃森冶金/enterprise"),
    ("推进柯尔铸造扩产", "柯尔铸造/enterprise"),
    ("总投资5亿元的沃川存储芯片项目", "沃川存储/enterprise"),
    ("总部项目,包括中沃国际全球采购中心、蓝湖科技华东区域总部项目", "中沃国际/enterprise"),
    // A public body that coordinates a region's resources is government (ANNOTATION: a
    // government body's own centres).
    ("高新区与湖北省科技资源统筹中心签订合作协议", "湖北省科技资源统筹中心/government"),
    // A park's own bureau, named after the park.
    ("现场,云杉新区科创经服局与多家企业签约", "云杉新区科创经服局/government"),
    // A CAS institute's short form: 中科院 + abbreviation + 所.
    ("引进中科院兰化所、微软等创新赋能中心", "中科院兰化所/institute"),
    // A bare 中心 heads a carrier when a region or national prefix opens the name; a bilateral
    // pair (中法, 中德) anchors like a region, also before a field joined by 与.
    ("推动建设的舟山海洋微生物资源中心已吸引企业入驻", "舟山海洋微生物资源中心/platform"),
    ("国家技术转移华南中心与园区签约", "国家技术转移华南中心/platform"),
    ("浙江大学国家储能产教融合创新平台宁波中心揭牌", "浙江大学国家储能产教融合创新平台宁波中心/platform"),
    ("中法生物技术与合作中心开工建设", "中法生物技术与合作中心/platform"),
    // Government heads: a task force's headquarters, a leading group's office, a special office
    // named after a recruiting programme (人才引进 steps over the verb 引进).
    ("云杉新区北片区建设指挥部总指挥介绍", "云杉新区北片区建设指挥部/government"),
    ("湖州市招商引资工作领导小组办公室发布通知", "湖州市招商引资工作领导小组办公室/government"),
    ("漳州市高层次人才引进专项办牵头举办大赛", "漳州市高层次人才引进专项办/government"),
    // 国家 before a known ministry's short form is part of its name.
    ("项目由国家工信部、省政府共同支持", "国家工信部/government"),
    // A committee no region, national prefix or public body opens belongs to an alliance or
    // association: a platform; a region's committee stays government.
    ("联盟成立智能制造双创工作委员会", "智能制造双创工作委员会/platform"),
    ("会上成立了省自动化学会智能传感专业委员会", "省自动化学会智能传感专业委员会/platform"),
    ("杭州市发展和改革委员会发布通知", "杭州市发展和改革委员会/government"),
    // Protection and certification centres of the IP office and the certification
    // authority are government bodies (both real-news gold sets type them so).
    ("浙江省知识产权保护中心在园区设立工作站", "浙江省知识产权保护中心/government"),
    ("中国网络安全认证中心专家到园区调研", "中国网络安全认证中心/government"),
    // A testing and certification centre is a service carrier (a platform).
    ("嘉兴新材料检测认证中心投入运营", "嘉兴新材料检测认证中心/platform"),
    // Nouns holding a stop character (人|才, 可|靠性) do not end the scan.
    ("新区以高质量建设杭州人才科创中心为抓手", "杭州人才科创中心/platform"),
    ("启动了新能源汽车可靠性验证公共服务平台", "新能源汽车可靠性验证公共服务平台/platform"),
    ("浙江省上市公司协会会长出席", "浙江省上市公司协会/platform"),
    // 自主 (自主创新) is no verb that ends a name.
    ("合作建设中国电子(台州)自主创新基地", "中国电子(台州)自主创新基地/platform"),
    // 和 opening a place of three or more characters belongs to the name (和林格尔, 和田地区).
    ("新区以高质量建设和林格尔数字科创中心为抓手", "和林格尔数字科创中心/platform"),
    // A field before a national lab's head stays when the lab's name opens a longer one.
    ("依托生物农药国家重点实验室杭州市生物农药产业共性创新平台开展研发", "生物农药国家重点实验室杭州市生物农药产业共性创新平台/platform"),
    // A centre's branch in a place: 中心 + place + 分中心.
    ("积极筹划创建青年科学家创新驱动中心宁波分中心", "青年科学家创新驱动中心宁波分中心/platform"),
    // 在 + place + 建设 + name: the place is where the verb acts.
    ("国家技术转移华南中心将在杭州建设华南中心浙江分中心", "华南中心浙江分中心/platform"),
  ])
  func findsName(text: String, expected: String) {
    #expect(Self.spans(text).contains(expected), "\(Self.spans(text))")
  }

  /// A quoted quality right before a park's head describes the park, it does not name one.
  @Test func quotedQualityBeforeParkHeadNamesNothing() {
    #expect(!Self.spans("打造“花园式”大学城,建设一流校园").contains { $0.hasSuffix("/park") }, "\(Self.spans("打造“花园式”大学城"))")
  }

  /// A date word, an era, a planning slogan or a technology before a park's head describes, it
  /// does not name (generic-words.tsv: 今日, 新时期, 产城融合, 5G).
  @Test(arguments: ["因此,《今日开发区版》对这些成绩作了报道", "蹚出新时期西部国家高新区发展新路", "土地集约利用居全国产城融合开发区第六",
    "上海首个5G产业园正式开园"])
  func describedParkHeadNamesNothing(text: String) {
    #expect(!Self.spans(text).contains { $0.hasSuffix("/park") }, "\(Self.spans(text))")
  }

  /// A free-trade zone's area is a registry park; 高新区(块) after it is a block of it, not a 高新区
  /// (blocked-words.tsv; a bare short head after a known park).
  @Test func freeTradeZoneAreaBeforeABlock() {
    for text in ["12月15日,中国(湖南)自由贸易试验区长沙片区高新区块举行项目集中签约仪式", "中国(湖南)自由贸易试验区长沙片区经开区上下游产业链对接会举行"] {
      let spans = Self.spans(text)
      #expect(spans.contains("中国(湖南)自由贸易试验区长沙片区/park"), "\(spans)")
      #expect(!spans.contains { $0.hasSuffix("区/park") && $0 != "中国(湖南)自由贸易试验区长沙片区/park" }, "\(spans)")
    }
  }

  /// A base named after the park it lies in is a park; a university's base stays a platform.
  @Test func baseInsideAParkIsAPark() {
    #expect(Self.spans("项目落户榆林高新区国际创新基地,总投资20亿元").contains("榆林高新区国际创新基地/park"), "\(Self.spans("项目落户榆林高新区国际创新基地"))")
    #expect(Self.spans("双方共建西北工业大学研究生联培基地").contains("西北工业大学研究生联培基地/platform"))
  }

  /// A park, a city and 园: the city's park inside the other (上海嘉定工业区温州园) is one name.
  @Test func cityParkInsideAParkIsOneName() {
    let spans = Self.spans("融入长三角一体化发展,落地上海嘉定工业区温州园一期20亿元投资项目")
    #expect(spans.contains("上海嘉定工业区温州园/park"), "\(spans)")
    #expect(!spans.contains("上海嘉定工业区/park"), "\(spans)")
  }

  /// Park heads beyond 园 and 区 (suffixes.tsv): 渔业基地, 核心启动区, 教育园区, 文化区,
  /// 科创圈, 科创示范区, 产业集聚区.
  @Test(arguments: [
    ("全面提速舟山远洋渔业基地建设", "舟山远洋渔业基地/park"),
    ("该载体是南湾核心启动区首个产业项目", "南湾核心启动区/park"),
    ("以大学城和滨海教育园区为两翼拓展区", "滨海教育园区/park"),
    ("先后在东湖文化区举办签约活动", "东湖文化区/park"),
    ("项目落户环杭州湾科创圈建设范围内", "环杭州湾科创圈/park"),
    ("开工仪式在城南科创示范区举行", "城南科创示范区/park"),
    ("过去一年,在豫北产业集聚区,重大项目招引取得突破", "豫北产业集聚区/park"),
  ])
  func findsParkByNewHead(text: String, expected: String) {
    #expect(Self.spans(text).contains(expected), "\(Self.spans(text))")
  }

  /// A park's name plus a carrier's head alone (创业园|发展中心) is one platform, no park mention.
  @Test func parkOperatingBodyHoldsNoPark() {
    let spans = Self.spans("榆林高新区与宝鸡创业园发展中心签订了异地孵化器合作协议")
    #expect(spans.contains("宝鸡创业园发展中心/platform"), "\(spans)")
    #expect(!spans.contains("宝鸡创业园/park"), "\(spans)")
  }

  /// A list closed by 等功能区 or 等片区 names parks (list-heads.tsv).
  @Test func listOfFunctionalAreasNamesParks() {
    let spans = Self.spans("该区拥有滨湖文化区、临港物流区等功能区,集聚企业超过千家")
    #expect(spans.contains("滨湖文化区/park"), "\(spans)")
  }

  /// 工作 alone before a head (推进|工作专班) names no body.
  @Test func workAloneNamesNoTaskForce() {
    #expect(!Self.spans("成立产业链推进工作专班,建立重点产业招商目标").contains { $0.hasPrefix("工作") }, "\(Self.spans("成立产业链推进工作专班"))")
  }

  /// 院所 and 所属 are words: no institute abbreviation ends inside them.
  @Test func instituteAbbreviationEndsOnAWord() {
    #expect(!Self.spans("中科院科研院所3家落户").contains { $0.hasSuffix("院所/institute") }, "\(Self.spans("中科院科研院所3家落户"))")
    #expect(!Self.spans("中科院西部所属单位").contains { $0.hasSuffix("所/institute") }, "\(Self.spans("中科院西部所属单位"))")
  }

  @Test func nestedNameKeepsInnerUniversity() {
    let text = "其中,浙江大学—榆林智能自动化与智慧能源联合创新中心就智慧矿山开展工作"
    // --sentences reports the outermost name only; extraction keeps the nested mention.
    #expect(Self.spans(text) == ["浙江大学—榆林智能自动化与智慧能源联合创新中心/platform"])
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "n.txt", text: text)]))
    let names = network.entities.map { "\($0.name)/\($0.kind!.rawValue)" }
    #expect(names.contains("浙江大学—榆林智能自动化与智慧能源联合创新中心/platform"))
    #expect(names.contains("浙江大学/university"))
  }

  @Test func brandWithGroupIsTheCompany() {
    let text = "湖北楚峰动力集团有限公司是区内龙头企业。楚峰动力集团今年营收增长两成。"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "n.txt", text: text)]))
    let names = network.entities.map { "\($0.name)/\($0.kind!.rawValue)" }
    #expect(names == ["湖北楚峰动力集团有限公司/enterprise"], "\(names)")
  }

  @Test func nestedCenterKeepsFullInnerInstitute() {
    let text = "某公司与中国科学院大连化学物理研究所储能工程中心合作开展中试"
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "n.txt", text: text)]))
    let names = network.entities.map { "\($0.name)/\($0.kind!.rawValue)" }
    #expect(names.contains("中国科学院大连化学物理研究所储能工程中心/platform"), "\(names)")
    #expect(names.contains("中国科学院大连化学物理研究所/institute"), "\(names)")
    #expect(!names.contains("中国科学院/institute"), "\(names)")
  }

  @Test(arguments: [
    "吉林省高新区",
    "引进了19家智能无人系统相关企业",
    "与中国科学院等40多所高校院所达成合作协议",
    "该区已累计引进各类研发机构16家",
    "确保高新区企业应报尽报",
    "集聚国家级创新平台56个、科研院所49家",
    "本报记者 张伟",
    "全国重点实验室达到30家",
    "落地我国材料领域首个国家技术创新中心",
    "国内“双一流”大学或国外同等水平大学",
    "这家公司的股价大涨,互联网公司纷纷跟进",
    "在成都高新区南部,格局已经形成",
    "阿里巴巴集团董事局主席表示",
    "各级政府和有关部门要积极支持",
    "他担任总经理多年,部门总经理表示同意",
    "民政部门要加强管理,四川大足石刻",
    "美国生物科技公司和澳大利亚矿业公司",
    "科研团队和人才梯队建设",
    "支持国家级高新区和政府引导基金发展",
  ])
  func noGenericEntities(text: String) {
    let found = Self.extractor.recognize(text)
    let bad = found.filter { span in
      ["高新区", "该区", "高校", "企业", "国家技术创新中心", "重点实验室", "大学"].contains(span.text)
        || span.text.hasPrefix("该") || span.text.hasPrefix("各") || span.text.first?.isNumber == true
        || span.text.contains("双一流") || span.text.contains("全国") || span.text.contains("我国")
        || span.text.hasSuffix("部") || span.text.hasSuffix("局") || span.text.contains("互联网") || span.text.contains("政府")
        || span.text.hasSuffix("公司") || span.text.hasSuffix("队") || span.text == "川大"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  /// A university's new or downtown campus, its rank (一流大学) and a K-12 school (实验学校) are
  /// no universities; the university itself stays.
  @Test(arguments: ["活动在浙江大学新校区举行", "助力浙江大学世界一流大学建设", "浙江大学市内校区启用"])
  func genericCampusIsTheUniversity(text: String) {
    #expect(Self.spans(text).filter { $0.hasSuffix("/university") } == ["浙江大学/university"], "\(Self.spans(text))")
  }

  @Test func experimentalSchoolIsNoUniversity() {
    let found = Self.spans("仙林大学城实验学校开学")
    #expect(found.allSatisfy { !$0.hasSuffix("学校/university") }, "\(found)")
  }

  /// A bare 中心 names nothing without an anchor, nor as a venue or a city's rank.
  @Test(arguments: ["以企业需求为中心开展服务", "活动在国家会展中心举行", "助推成都市国家中心城市建设", "全省人才中心建设"])
  func bareCentreNamesNothingUnanchored(text: String) {
    let found = Self.spans(text)
    #expect(found.allSatisfy { !$0.hasSuffix("中心/platform") }, "\(found)")
  }

  /// ANNOTATION.md: party committees are not entities; their government bodies are.
  @Test(arguments: ["中共长沙市委召开会议", "乡党委书记和平原县委书记", "（作者系长春新区党工委委员）", "四川省委省政府高度重视", "中国科学院党组研究决定"])
  func partyCommitteesAreNotEntities(text: String) {
    let found = Self.spans(text)
    #expect(found.allSatisfy { !$0.contains("委/") && !$0.contains("党组") }, "\(found)")
  }

  /// Words before a company head that common words cover (蓬勃|发展, 硬科技) make no company.
  /// A brand never forms inside a known name: 比亚迪|新能源 gives 比亚迪 alone, no 迪新能源.
  /// Items of lists of fields, industries or categories are no names.
  @Test(arguments: ["聚焦新能源、新材料、生物医药等领域的企业", "培育新能源汽车、生物医药等一批企业", "高新技术企业、科技型中小企业等企业",
                    "接受高等院校毕业生", "北京师范大学珠海校区、五邑大学等高校"])
  func listsOfCategoriesNameNothing(text: String) {
    let found = Self.spans(text).filter { !["北京师范大学珠海校区/university", "五邑大学/university"].contains($0) }
    #expect(found.isEmpty, "\(found)")
  }

  /// A list item ending in another kind's head is no bare name (离子体|所 is no company).
  @Test func listItemWithOtherKindsHead() {
    #expect(!Self.spans("与青岛光电等离子体所、星海微电等企业合作").contains("离子体所/enterprise"))
  }

  /// Registry forms of four or more characters are known park names (北京亦庄, 杨凌示范区).
  @Test func registryFormsAreParks() throws {
    let registry = try ParkRegistry.load()
    var missed: [String] = []
    for form in Set(registry.parks.flatMap(\.forms)).sorted() where form.unicodeScalars.count >= 4 {
      if !Self.spans("项目落户" + form).contains(form + "/park") { missed.append(form) }
    }
    #expect(missed.isEmpty, "\(missed.prefix(20))")
  }

  /// After a company's name, the name before a job title is a person's.
  @Test func personAfterCompanyIsNoCompany() {
    #expect(Self.spans("大会由浙江星海投资集团有限公司王明总裁介绍") == ["浙江星海投资集团有限公司/enterprise"])
  }

  /// A count before 和 makes it a real conjunction (无锡两市|和|苏州工业园区).
  /// A park is not named after the government body before it (管委会|统筹园区).
  @Test func noParkAfterGovernmentBody() {
    #expect(Self.spans("由杭州高新区管委会统筹园区内的资源") == ["杭州高新区管委会/government"])
  }

  /// An industry after an investment amount is no company.
  @Test(arguments: [
    "总投资10亿元的新能源电池项目", "总投资5亿元的智能制造项目", "总投资3亿元的年产10万吨锂电池项目",
    // Project lists whose items open with an industry, a quantity or a single dictionary word.
    "重大项目,包括新能源汽车整车制造、年产10万吨锂电池、阳光电动动力系统等",
    "国家和省级高新区建设取得进展",
  ])
  func projectWithoutCompany(text: String) {
    #expect(Self.spans(text).isEmpty, "\(Self.spans(text))")
  }

  /// A name's left edge does not cut a word (可靠|性) or a county (和|林格尔) in two, and 和
  /// between a company's two sites joins no field (福沃迪南方基地|和|创新中心).
  @Test(arguments: [
    ("推进器件可靠性测试公共服务平台建设", "性测试公共服务平台/platform"),
    ("落户内蒙古和林格尔新区", "林格尔新区/park"),
    ("总部项目,包括沃芯华东总部、福沃迪南方基地和创新中心", "福沃迪南方基地和创新中心/platform"),
  ])
  func noNameCutsAWord(text: String, wrong: String) {
    #expect(!Self.spans(text).contains(wrong), "\(Self.spans(text))")
  }

  @Test func countBeforeConjunction() {
    #expect(Self.spans("依托苏州、无锡两市和苏州工业园区") == ["苏州工业园区/park"])
  }

  @Test func noBrandInsideKnownName() {
    #expect(Self.spans("比亚迪新能源汽车项目落地") == ["比亚迪/enterprise"], "\(Self.spans("比亚迪新能源汽车项目落地"))")
  }

  @Test(arguments: ["抢抓机遇,推动硬科技产业蓬勃发展", "全面提升科技创新能力,做强电子信息产业", "本届科技节吸引了更多科技企业"])
  func commonWordsMakeNoBrand(text: String) {
    let found = Self.spans(text).filter { $0.hasSuffix("/enterprise") }
    #expect(found.isEmpty, "\(found)")
  }

  /// Listed companies (Resources/Registries/companies.tsv): short names, and two-character brand
  /// stems between word boundaries, standing for the short name.
  @Test func listedCompanyShortNamesAndStems() throws {
    let found = Self.spans("近日,迈瑞与联影在深圳签约,迈瑞医疗将建设研发中心")
    #expect(found.contains("迈瑞/enterprise") && found.contains("联影/enterprise"), "\(found)")
    #expect(found.contains("迈瑞医疗/enterprise"), "\(found)")
    let network = Self.extractor.extract(Corpus(documents: [Document(fileName: "n.txt", text: "迈瑞与某大学合作。迈瑞医疗发布公告。")]))
    #expect(network.entities.filter { $0.kind == .enterprise }.map(\.name) == ["迈瑞医疗"], "\(network.entities.map(\.name))")
  }

  /// Hong Kong listed companies (companies.tsv, exchange HKEX) match by their whole short name or
  /// its form without the trading marker (极兔速递-W → 极兔速递), never by a two-character stem:
  /// a stem like 湾区 (湾区发展) or 新质 (新质数字) is more often a phrase of its own.
  @Test func hongKongListedShortNames() {
    let found = Self.spans("近日,优必选与极兔速递在前海签约,泡泡玛特也参加了会议")
    for name in ["优必选", "极兔速递", "泡泡玛特"] {
      #expect(found.contains("\(name)/enterprise"), "\(found)")
    }
    let phrases = Self.spans("推动湾区经济高质量发展,加快培育新质生产力").filter { $0.hasSuffix("/enterprise") }
    #expect(phrases.isEmpty, "\(phrases)")
  }

  /// Designations are no actors: a title (…称号, …创建单位), a batch (第三批X), a counted category
  /// (工作站3个，); the same phrase as an actor's name stays.
  @Test(arguments: [
    "获评“国家安全应急产业示范基地创建单位”,成功进入名单",
    "先后获得国家自主创新示范区、长江经济带国家级转型升级示范开发区等19项国家级称号",
    "获批成为国家第三批大众创业万众创新示范基地。",
    "现设立院士工作站3个,国家级博士后科研工作站3个,博士后创新实践基地1个",
  ])
  func designationsAreNoNames(text: String) {
    let found = Self.spans(text).filter { !$0.hasPrefix("国家自主创新示范区") }
    #expect(found.isEmpty, "\(found)")
  }

  @Test func namedCarrierBeforeACountStaysWhenTheCountGoesOn() {
    let found = Self.spans("榆林市精细化工产业共性创新平台3个项目已落地")
    #expect(found.contains("榆林市精细化工产业共性创新平台/platform"), "\(found)")
  }

  /// A park's name joins two places with a dash; a university named after an institute holds
  /// no institute mention (中国科学院大学 is no 中国科学院).
  @Test func dashJoinedParkAndInstituteNamedUniversity() {
    let park = Self.spans("未来,这里将被打造成为北京-银川协同创新示范区。")
    #expect(park == ["北京-银川协同创新示范区/park"], "\(park)")
    let school = Self.spans("江门高新区已与中国科学院大学、五邑大学签约")
    #expect(school.contains("中国科学院大学/university") && !school.contains("中国科学院/institute"), "\(school)")
  }

  /// A listed company's stem never ends inside a word (发展中|密切合作 holds no 中密).
  @Test func listedStemDoesNotCutAWord() {
    let found = Self.spans("推动实现科技自立自强和高质量发展中密切合作、形成合力")
    #expect(found.isEmpty, "\(found)")
  }

  /// A material noun (brand-rules.tsv `material`) before a word ends a project's brand.
  @Test func materialNounEndsAProjectBrand() {
    let found = Self.spans("比亚迪新能源汽车整车制造、三星半导体12英寸闪存芯片扩产、奕斯伟硅产业基地等项目相继建成投产")
    #expect(found.contains("奕斯伟/enterprise") && !found.contains("奕斯伟硅/enterprise"), "\(found)")
  }

  /// After an amount's 元的, a two-character industry word after the brand is the company's.
  @Test func projectCompanyTakesItsIndustryWord() {
    let found = Self.spans("还新签约了总投资5000万美元的韩国美科电子半导体设备再生制造项目等。")
    #expect(found.contains("美科电子/enterprise"), "\(found)")
  }

  /// A project list after 包括: a dash inside an item joins two partners (the list goes on), a
  /// country before a brand is no part of it, and a proper dictionary word is a brand when an
  /// industry word follows it (某建|国际).
  @Test func projectListItemsOpenWithTheirCompanies() {
    let found = Self.spans("外资重大项目,包括德国琨泰瑞克—鑫瑞达氢燃料电池、沃锐科技第三代芯片封装材料等项目")
    #expect(found.contains("琨泰瑞克/enterprise") && found.contains("沃锐科技/enterprise"), "\(found)")
    let proper = Self.spans("总部项目,包括白鹭国际全球采购中心、沃锐科技总部等")
    #expect(proper.contains("白鹭国际/enterprise"), "\(proper)")
  }

  /// A list's first item may end in an industry word that is also a verb (某某|铸造等企业).
  @Test func firstListItemEndsInAVerbLikeIndustryWord() {
    let found = Self.spans("园区培育了白鹭铸造、鑫瑞达等企业。")
    #expect(found.contains("白鹭铸造/enterprise"), "\(found)")
  }

  /// A batch after 等 (list-heads.tsv `batch`: 等一批…的企业) may carry a longer description with
  /// its own 、 before the head.
  @Test func batchListTypesItsItems() {
    let found = Self.spans("多年来,园区培育了华睿达等一批创新水平高、成长潜力大的企业。")
    #expect(found.contains("华睿达/enterprise"), "\(found)")
    let fields = Self.spans("园区培育了智能制造等一批技术新、效益好的企业。")
    #expect(!fields.contains { $0.hasSuffix("/enterprise") }, "\(fields)")
  }

  /// A region opening a project list's item stays in the company's name (宁波某某|高端制造总部,
  /// 黑龙江某某等6个…项目); a region before ordinary words names none.
  @Test func regionLedProjectItems() {
    let found = Self.spans("已吸引宁波琨泰高端制造总部等8个总部项目落地。园区与黑龙江琨瑞达等6个精密产业化项目签约。")
    #expect(found.contains("宁波琨泰/enterprise") && found.contains("黑龙江琨瑞达/enterprise"), "\(found)")
    let none = Self.spans("引进宁波高端制造总部等项目")
    #expect(!none.contains { $0.hasSuffix("/enterprise") }, "\(none)")
  }

  /// 等一批VC/PE机构: investors listed before a batch of 机构 (list-heads.tsv) are companies.
  @Test func investorBatchList() {
    let found = Self.spans("白鹭创投、琨泰资本、通瑞毓达、沃锐资本等一批VC/PE机构活跃其中。")
    #expect(found.contains("通瑞毓达/enterprise") && found.contains("白鹭创投/enterprise"), "\(found)")
  }

  /// In a project list a rare noun before an industry word is a brand (云雀汽车); a frequent
  /// word before one is an industry (新能源汽车).
  @Test func rareNounBrandInAProjectList() {
    let found = Self.spans("包括琨泰科技、云雀汽车、新能源汽车等在内的超60个项目入驻")
    #expect(found.contains("云雀汽车/enterprise") && !found.contains("新能源汽车/enterprise"), "\(found)")
  }

  @Test func numbersNeverStartNames() {
    let found = Self.spans("引进了19家企业,建成3个重点实验室和2家孵化器")
    #expect(found.isEmpty, "\(found)")
  }

  @Test func declaredShortFormIsRecognised() {
    let found = Self.spans("重庆科学城芯鸿数智科技有限公司(简称“芯鸿数智”)生产制造。芯鸿数智总经理介绍说")
    #expect(found.filter { $0 == "芯鸿数智/enterprise" }.count == 2, "\(found)")
  }

  @Test func emptyAndPunctuationLines() {
    #expect(Self.extractor.recognize("").isEmpty)
    #expect(Self.extractor.recognize("。，、“”（）").isEmpty)
    #expect(Self.extractor.recognize("大学").isEmpty)
  }
}
