/// The word lists the relation and membership matchers read, from `relation-words.tsv`.
///
/// Each row is `role<TAB>word[<TAB>rank]`; the header of the file says what each role does.
/// A role is a set unless the matcher tries its words in order: then the rows carry a rank
/// (`adverb`), or the loader puts longer words first where a shorter one is a prefix
/// of a longer one and the first match wins. Every role in `roles` must be present.
struct RelationWords: Sendable {
  /// Every role the matchers read, as written in the file.
  static let roles = [
    "list-link", "with-link", "passive-marker", "adverb", "preposition", "group-word", "park-head", "support-word",
    "park-company-gap", "copula", "park-part", "programme-part", "resident-head", "owned-head", "member-head",
    "approval-word", "student-word", "push-verb", "joint-verb", "actor-role", "opening-word", "agreement-noun",
    "investment-noun", "establishment-noun", "visit-verb", "amount-lead", "joint-build-verb", "co-investment-verb",
    "sides-link", "pair-link", "object-link", "lead-marker", "campus-pair", "grant-verb", "grant-noun", "subpark-category", "delegate-verb", "self-reference",
  ]

  /// The whole text between two names that puts them in one list (、, 和, 与); an empty gap links too.
  var listLinks: Set<String> = []
  /// List links that split a subject from its partners (与, 同, 跟).
  var withLinks: Set<String> = []
  /// Words before an agent that swap the roles (由, 被, 获得).
  var passiveMarkers: [String] = []
  /// Words dropped from the text between two names before reading it as a link (则与 → 与), in rank order.
  var adverbs: [[Unicode.Scalar]] = []
  /// Characters before a name in its clause that make it no subject (在, 与, 对).
  var prepositions: Set<Unicode.Scalar> = []
  /// Words standing for the parties of a cooperation (双方, 校地).
  var groupWords: [String] = []
  var groupWordScalars: [[Unicode.Scalar]] = []
  /// Group words that name a university and its place (校地): with no parties before, the last
  /// university named and the article's park.
  var campusPairs: [[Unicode.Scalar]] = []
  /// Bare park heads that stand for the last park named with them, not the article's park.
  var parkHeads: Set<String> = []
  /// Verbs before a park that make it a partner, not the members' place (依托, 对接).
  var supportWords: Set<String> = []
  /// The whole gap between a park and a company that makes the company the park's (企业, 入驻企业).
  var parkCompanyGaps: Set<String> = []
  /// Linking verbs (是, 为, 系, 作为).
  var copulas: Set<String> = []
  /// Endings of 是P的… that make X a part of park P (核心区, 组成部分).
  var parkParts: [String] = []
  /// Words after a science centre that make the park before 是 a part of its programme (的核心区).
  var programmeParts: [String] = []
  /// Endings of the clause after 是P… that make X a company of P (企业, 机构, 公司).
  var residentHeads: [String] = []
  /// Head nouns after a trigger with no name after it (旗下企业): the subject is the object.
  var ownedHeads: [String] = []
  /// Heads after 入驻P的 that make the next clause's name a member (企业之一).
  var memberHeads: [String] = []
  /// Words between a body and 建立 that make it an approver, not a founder (批准).
  var approvalWords: [String] = []
  /// Words between a university and 创办 that make students, not it, the founders (毕业生).
  var studentWords: [String] = []
  /// Verbs that make the name after them the object of a following 建设 (推进X建设).
  var pushVerbs: [String] = []
  /// Verbs that put a partner, not an object, after them (联合A共建Y).
  var jointVerbs: [String] = []
  var jointVerbScalars: [[Unicode.Scalar]] = []
  /// Words after 以A that make A the actor of the clauses that follow (为主体).
  var actorRoles: [String] = []
  /// Time words and adverbs opening a sentence before its verb (同月, 又), longest first.
  var openingWords: [[Unicode.Scalar]] = []
  /// Nouns after a name that make it the object of an agreement (共建Y框架协议).
  var agreementNouns: [String] = []
  /// Nouns that make 投资 before them a modifier (投资基金).
  var investmentNouns: [String] = []
  /// Nouns that make 建设 before them a modifier (建设序列).
  var establishmentNouns: [String] = []
  /// Verbs of a visit before 位于…的P (走进).
  var visitVerbs: [String] = []
  /// Words before the number of an amount (超过, 逾), longest first.
  var amountLeads: [[Unicode.Scalar]] = []
  /// Verbs of building together (共建, 共同打造).
  var jointBuildVerbs: Set<String> = []
  /// Verbs after a second investor (跟投, 领投).
  var coInvestmentVerbs: [String] = []
  /// The whole gap between two names before 双方 (A和B双方).
  var sidesLinks: Set<String> = []
  /// The whole gap between the two agents before 联合 (A和B联合申报).
  var pairLinks: Set<String> = []
  /// How the gap between the object of 推进 and 建设 may start (推进X和Y建设).
  var objectLinks: [String] = []
  /// The whole gap between a trigger and a lead named in 以A为龙头 (建设以A为龙头的Y); no text also.
  var leadMarkers: Set<String> = []

  /// Verbs of a government body granting funds (批复, 下达, 匹配): 科技部批复300万元扶持资金.
  var grantVerbs: [String] = []
  /// Nouns that close a grant's clause (资金, 经费).
  var grantNouns: [String] = []

  /// Category nouns that sum up a list of parks as parts of a larger one (A、B等功能区, 两大片区).
  var subparkCategories: [String] = []

  /// Verbs after a subject that hand its action to the next name (A委托B与C合作: B acts).
  var delegateVerbs: Set<String> = []

  /// Stand-ins by which a writer names its own institution (我校, 本校): with none named before,
  /// the first of that kind the article names.
  var selfReferences: Set<String> = []

  /// The words of each role, in the order the matcher reads them.
  private(set) var lists: [String: [String]] = [:]

  init() {}

  /// Reads the rows of `relation-words.tsv` (`surface` holds the role, `kind` the word, `note` a rank).
  /// - Throws: `LexiconError.unknownKind` for a role the matchers do not read or a rank that is
  ///   not a number; `LexiconError.missingRole` for a role with no rows.
  /// - Complexity: O(*n* log *n*) for *n* rows.
  init(rows: [LexiconLoader.Row], file: String = "relation-words.tsv") throws {
    var ranked: [String: [(rank: Int, index: Int, word: String)]] = [:]
    for (index, row) in rows.enumerated() {
      guard Self.roles.contains(row.surface) else {
        throw LexiconError.unknownKind(file: row.file, line: row.line, kind: row.surface, allowed: Self.roles)
      }
      var rank = 0
      if let note = row.note {
        guard let r = Int(note) else {
          throw LexiconError.unknownKind(file: row.file, line: row.line, kind: note, allowed: ["a rank (a number)"])
        }
        rank = r
      }
      ranked[row.surface, default: []].append((rank, index, row.kind))
    }
    for role in Self.roles {
      guard let words = ranked[role], !words.isEmpty else {
        throw LexiconError.missingRole(file: file, role: role)
      }
      lists[role] = words.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.word)
    }
    listLinks = Set(list("list-link"))
    withLinks = Set(list("with-link"))
    passiveMarkers = list("passive-marker")
    adverbs = list("adverb").map { Array($0.unicodeScalars) }
    prepositions = Set(list("preposition").flatMap(\.unicodeScalars))
    groupWords = list("group-word")
    groupWordScalars = groupWords.map { Array($0.unicodeScalars) }
    campusPairs = list("campus-pair").map { Array($0.unicodeScalars) }
    parkHeads = Set(list("park-head"))
    supportWords = Set(list("support-word"))
    parkCompanyGaps = Set(list("park-company-gap"))
    copulas = Set(list("copula"))
    parkParts = list("park-part")
    programmeParts = list("programme-part")
    residentHeads = list("resident-head")
    ownedHeads = list("owned-head")
    memberHeads = list("member-head")
    approvalWords = list("approval-word")
    studentWords = list("student-word")
    pushVerbs = list("push-verb")
    jointVerbs = list("joint-verb")
    jointVerbScalars = jointVerbs.map { Array($0.unicodeScalars) }
    actorRoles = list("actor-role")
    openingWords = Self.longestFirst(list("opening-word")).map { Array($0.unicodeScalars) }
    agreementNouns = list("agreement-noun")
    investmentNouns = list("investment-noun")
    establishmentNouns = list("establishment-noun")
    visitVerbs = list("visit-verb")
    amountLeads = Self.longestFirst(list("amount-lead")).map { Array($0.unicodeScalars) }
    jointBuildVerbs = Set(list("joint-build-verb"))
    coInvestmentVerbs = list("co-investment-verb")
    sidesLinks = Set(list("sides-link"))
    pairLinks = Set(list("pair-link"))
    objectLinks = list("object-link")
    leadMarkers = Set(list("lead-marker"))
    grantVerbs = list("grant-verb")
    grantNouns = list("grant-noun")
    subparkCategories = list("subpark-category")
    delegateVerbs = Set(list("delegate-verb"))
    selfReferences = Set(list("self-reference"))
  }

  /// The words of `role` in reading order; empty for a role not loaded.
  func list(_ role: String) -> [String] { lists[role] ?? [] }

  /// `words` with longer ones first (stable), for prefix matching where the first match wins.
  static func longestFirst(_ words: [String]) -> [String] {
    words.enumerated().sorted { a, b in
      let (x, y) = (a.element.unicodeScalars.count, b.element.unicodeScalars.count)
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
  }
}
