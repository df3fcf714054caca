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
  /// Bare park heads that stand for the last park named with them, not the article's park.
  var parkHeads: Set<String> = []
  /// Verbs before a park that make it a partner, not the members' place (依托, 对接).
  var supportWords: Set<String> = []

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
    parkHeads = Set(list("park-head"))
    supportWords = Set(list("support-word"))
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
