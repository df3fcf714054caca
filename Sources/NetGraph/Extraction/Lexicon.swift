/// All word lists and patterns the extractor uses, compiled into tries.
///
/// Built by `LexiconLoader` from `Resources/Lexicons/` (STYLE.md §8); the engine holds no
/// word lists of its own. Optional lists (regions, universities, institutes) make names
/// sharper when present and are simply empty when absent.
struct Lexicon: Sendable {
  /// A known organisation: its kind and, for a short form, the full official name.
  struct KnownName: Sendable, Hashable {
    var kind: EntityKind
    var fullName: String?
  }

  /// How a stop word ends a left scan.
  enum StopCategory: String, Sendable {
    case conjunction, preposition, particle, adverb, verb, time
    /// A verb that may also occur in company and fund names (服务 in 科技服务有限公司).
    case weakVerb = "weak-verb"
    /// A common verb from a general dictionary (stop-verbs.tsv); a name may reach across it
    /// back to a region (长沙|智能驾驶|研究院有限公司).
    case commonVerb = "common-verb"
  }

  /// Administrative level of a region name.
  enum RegionLevel: String, Sendable, Comparable {
    case province, prefecture, county
    /// A county name without its suffix (东方, 和平): too often an ordinary word to anchor a name.
    case countyShort

    var rank: Int {
      switch self {
      case .province: return 3
      case .prefecture: return 2
      case .county: return 1
      case .countyShort: return 0
      }
    }

    /// Whether the name may anchor the start of an organisation name.
    var isStrong: Bool { self != .countyShort }

    static func < (a: RegionLevel, b: RegionLevel) -> Bool { a.rank < b.rank }
  }

  /// A name suffix: the kind it gives and whether the name must start with a region.
  struct Suffix: Sendable, Hashable {
    var kind: EntityKind
    /// 局, 厅, 委: too common alone; only 榆林市科技局-like names with a region count.
    var needsRegion = false
    /// 自贸试验区, 自主创新示范区: zones named by a province alone (上海自贸试验区).
    var provinceLevel = false
    /// 委员会: a government head only after a region, national prefix or public body; an
    /// alliance's or association's committee (双创工作委员会) is a platform.
    var platformUnanchored = false
  }

  /// Name suffixes and head words, reversed (matched ending at a position).
  var suffixes = ScalarTrie<Suffix>(reversed: true)
  /// Words that start with a suffix but are not names (大学生), forward.
  var blocked = ScalarTrie<EntityKind>()
  /// The same words reversed, for ones that end in a suffix (质子加速器).
  var blockedBackward = ScalarTrie<EntityKind>(reversed: true)
  /// Known organisations, forward.
  var known = ScalarTrie<KnownName>()
  /// Known organisations, reversed, so a left scan can step over them whole.
  var knownBackward = ScalarTrie<KnownName>(reversed: true)
  /// Words that end a left scan, reversed.
  var stopWords = ScalarTrie<StopCategory>(reversed: true)
  /// Words inside names that hold a stop word (工业和信息化), reversed; stepped over whole.
  var nameWords = ScalarTrie<Bool>(reversed: true)
  /// Determiners and quantifiers making a phrase generic, forward.
  var nonEntityPrefixes = ScalarTrie<Bool>()
  /// Generic modifiers; a name body made only of these is not a name, forward.
  var genericWords = ScalarTrie<Bool>()
  /// Phrases standing for an entity named before (该区 → the subject park, 该所 → the last
  /// institute), forward, with the kind they refer to.
  var anaphora = ScalarTrie<EntityKind>()
  /// A head noun typing a list of bare names.
  struct ListHead: Sendable, Hashable {
    var kind: EntityKind
    /// 等项目: a head that also closes lists of projects and products; only brand-like items
    /// (short, not spelt by dictionary words) count.
    var weak = false
  }

  /// Head nouns typing a list of bare names (等20家企业 → enterprise), forward.
  var listHeads = ScalarTrie<ListHead>()
  /// Job titles after a company name (总经理, 董事长), forward.
  var roleHeads = ScalarTrie<EntityKind>()
  /// Company legal forms, longest first.
  var legalForms: [[Unicode.Scalar]] = []
  /// Industry words stripped from brand forms, longest first.
  var industryWords: [[Unicode.Scalar]] = []
  /// Head words that make an unknown brand before them a company (艾为|电子), forward.
  var brandHeads = ScalarTrie<Bool>()
  /// Characters that never start such a brand (是, 的, 届…).
  var brandNotFirst = Set<Unicode.Scalar>()
  /// One-character material nouns that end a project's brand before a word (奕斯伟|硅产业).
  var brandMaterials = Set<Unicode.Scalar>()
  /// Listed companies' short names (全志科技) and brand stems (闻泰 of 闻泰科技), forward, with
  /// the short name they stand for; matched only between word boundaries.
  var brandStems = ScalarTrie<String>()
  /// A general-dictionary word: whether its tag marks a proper noun (a person, place or
  /// organisation name) and whether it is frequent enough to be an ordinary word.
  struct CommonWord: Sendable, Hashable {
    var isProper = false
    var isFrequent = false
    /// Tagged a verb (组织, 推动): a name does not start with one.
    var isVerb = false
  }

  /// Common words of a general dictionary (not names), forward: a name's left edge does not
  /// fall inside one, and a brand is a stretch they do not cover.
  var commonWords = ScalarTrie<CommonWord>()
  /// Heads that close a list item's enumeration without typing it (等企业|联盟, 等|5家|单位):
  /// a head followed by one of these words is part of a longer noun, forward.
  var listHeadCompounds = ScalarTrie<Bool>()
  /// Words between 等 and a head that make the list one of fields or products (等领域的企业), forward.
  var listFieldWords = ScalarTrie<Bool>()
  /// Words right after 等 that sum a list up as a batch (等一批…的企业): a longer description,
  /// with its own 、, may stand before the head, forward.
  var listBatchWords = ScalarTrie<Bool>()
  /// Classifiers of a counted list (等20家企业, 3所高校), forward.
  var listClassifiers = Set<Unicode.Scalar>()
  /// Long park suffix → short park suffix (高新技术产业开发区 → 高新区), longest first.
  var parkForms: [(long: [Unicode.Scalar], short: [Unicode.Scalar])] = []
  /// Long → short government department forms (科学技术厅 → 科技厅, 人民政府 → 政府), longest first.
  var governmentForms: [(long: [Unicode.Scalar], short: [Unicode.Scalar])] = []
  /// Words introducing a short form in brackets (简称), forward.
  var aliasMarkers = ScalarTrie<Bool>()
  /// Region names, forward and reversed.
  var regions = ScalarTrie<RegionLevel>()
  var regionsBackward = ScalarTrie<RegionLevel>(reversed: true)
  /// Function characters that end a stray prefix before a region and never start a brand.
  var strayEnders = Set<Unicode.Scalar>()
  /// Administrative level characters (省, 市, 县…) that stand for a local government.
  var levelScalars = Set<Unicode.Scalar>()
  /// Measure words that, after a number, end a name on the left (3个|重点实验室).
  var classifiers = Set<Unicode.Scalar>()
  /// Punctuation that ends a clause (，；：。！？); relations are read within one.
  var clauseBreaks = Set<Unicode.Scalar>()
  /// Dashes joining two names into one (浙江大学—榆林…中心, 北京-银川…示范区) (character-classes.tsv dash).
  var dashes = Set<Unicode.Scalar>()
  /// Closing quotation marks (character-classes.tsv closing-quote).
  var closingQuotes = Set<Unicode.Scalar>()
  var openingQuotes = Set<Unicode.Scalar>()
  /// Words after a name that make it a title (称号, 创建单位), forward; the characters of an
  /// ordinal batch before a name (第…批). From designations.tsv.
  var designationWords = ScalarTrie<Bool>()
  var batchOpen = Set<Unicode.Scalar>()
  var batchClose = Set<Unicode.Scalar>()
  /// A character that no name tail lost before 、 holds (北京师范大学|珠海校区、 links a list; 的、 does not) (character-classes.tsv name-tail-stop).
  var nameTailStops = Set<Unicode.Scalar>()
  /// A character that no head noun after 等 before 联合 holds (A、B等单位联合) (character-classes.tsv agent-gap-stop).
  var agentGapStops = Set<Unicode.Scalar>()
  /// A character that no unnamed list member between two 、 holds (、航天网信、) (character-classes.tsv member-gap-stop).
  var memberGapStops = Set<Unicode.Scalar>()
  /// A character after a name that does not glue it to the noun after it (东盟|数字产业高地 glues; 东盟的 does not) (character-classes.tsv modifier-stop).
  var modifierStops = Set<Unicode.Scalar>()
  /// A preposition before a name that makes it a place or object, not the agent (在P投资建设Y) (character-classes.tsv place-preposition).
  var placePrepositions = Set<Unicode.Scalar>()
  /// A preposition opening a sentence whose subject is left out (与A合作, 由A领投) (character-classes.tsv opening-link).
  var openingLinks = Set<Unicode.Scalar>()
  /// A character before a bare park head that makes it a category, not a park (等产业园区, 两个产业园) (character-classes.tsv category-marker).
  var categoryMarkers = Set<Unicode.Scalar>()
  /// A unit after a number in a sentence's opening date (2019年) (character-classes.tsv date-unit).
  var dateUnits = Set<Unicode.Scalar>()
  /// A part of a date unit in an opening date (年初, 月底) (character-classes.tsv date-part).
  var dateParts = Set<Unicode.Scalar>()
  /// A character joining a name to the list before it (、和及与) (character-classes.tsv list-joiner).
  var listJoiners = Set<Unicode.Scalar>()
  /// A measure word counting a name's own units (3个重点实验室, 5家企业) (character-classes.tsv unit-classifier).
  var unitClassifiers = Set<Unicode.Scalar>()
  /// A character right after ，即 that makes 即 an adverb, not the opening of a list (即将) (character-classes.tsv appositive-stop).
  var appositiveStops = Set<Unicode.Scalar>()
  /// A character before 与 that makes it part of a verb (参与), not a link between parties (character-classes.tsv bound-with).
  var boundWith = Set<Unicode.Scalar>()
  /// Particles after which a word ends (的, 了).
  var wordEnders = Set<Unicode.Scalar>()
  /// Two-character prefixes anchoring a name like a region (国家, 中国), and those that
  /// anchor only a party body's name (中共).
  var nationalPrefixes = Set<String>()
  var partyPrefixes = Set<String>()
  /// Country names (countries.tsv), also held in `regions` as anchors.
  var countries = Set<String>()
  /// Province forms that also name a city (吉林: 吉林省 and 吉林市), so `吉林高新区` names a park.
  var provinceCityForms = Set<String>()
  /// Relation trigger words, forward; the longest trigger at a position wins.
  var triggers = ScalarTrie<[TriggerPattern]>()
  /// What a membership word does (membership.tsv).
  enum MembershipCue: Sendable, Hashable {
    /// Ties enterprises, institutes, platforms and sub-parks.
    case cue
    /// Ties universities too.
    case strong
    /// A longer word holding a cue that states no membership (集聚效应).
    case not
  }

  /// Membership cue words (membership.tsv), forward.
  var membershipCues = ScalarTrie<MembershipCue>()
  /// Prepositions that make the name after them a place, not a member (在, 于).
  var placeWords: [[Unicode.Scalar]] = []
  /// Words opening a clause that lists what the previous clause announced (包括), forward.
  var introWords = ScalarTrie<Bool>()
  /// Words closing the 以X为龙头 frame (为龙头, 为核心), forward.
  var leadWords = ScalarTrie<Bool>()
  /// Heads of park names that can be members of a larger park (产业园, 片区).
  var subparkHeads: [String] = []
  /// A person's title after an organisation's name (X副主任…介绍): the name introduces a speaker, not a member, forward.
  var speakerTitles = ScalarTrie<Bool>()

  /// The tie a name nested in another states (nested-relations.tsv).
  struct NestedTie: Sendable, Hashable {
    /// nil: no tie.
    var kind: RelationKind?
    /// Whether the inner name is the source (中国科学院 → 中国科学院西安科学园).
    var innerIsSource: Bool
  }

  /// The word lists the relation and membership matchers read (relation-words.tsv).
  var relationWords = RelationWords()

  /// Nested-name ties by inner kind, then outer kind (nil key: any other outer kind).
  var nestedTies: [EntityKind: [EntityKind?: NestedTie]] = [:]

  /// The tie an inner name of `inner` kind states inside an outer name of `outer` kind.
  func nestedTie(inner: EntityKind, outer: EntityKind) -> NestedTie? {
    guard let byOuter = nestedTies[inner] else { return nil }
    return byOuter[outer] ?? byOuter[nil]
  }

  /// Whether a regions list was loaded (otherwise region prefixes are guessed from 省/市/县).
  var hasRegions: Bool { regions.count > 0 }
}
