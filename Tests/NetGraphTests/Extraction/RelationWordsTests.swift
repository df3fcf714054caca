import Foundation
import Testing
@testable import NetGraph

/// The matchers' word lists (relation-words.tsv): the committed file parses, every role the
/// code reads has words, ranks order a role, and a bad or missing role is an error.
@Suite struct RelationWordsTests {
  static func rows(_ lines: [String]) -> [LexiconLoader.Row] {
    lines.enumerated().map { index, line in
      let parts = line.split(separator: "\t").map(String.init)
      return LexiconLoader.Row(file: "t.tsv", line: index + 1, surface: parts[0], kind: parts[1], note: parts.count > 2 ? parts[2] : nil)
    }
  }

  /// One row per role, so that a test can change one and keep the rest valid.
  static let minimal = RelationWords.roles.map { "\($0)\t与" }

  @Test func committedFileHasEveryRole() throws {
    let rows = try LexiconLoader.rows("relation-words.tsv", in: LexiconFilesTests.directory, optional: false)
    let words = try RelationWords(rows: rows)
    for role in RelationWords.roles {
      #expect(!words.list(role).isEmpty, "relation-words.tsv: no words for \(role)")
    }
    let roles = Set(rows.map(\.surface))
    #expect(roles == Set(RelationWords.roles), "roles in the file but not read: \(roles.subtracting(RelationWords.roles))")
  }

  @Test func bundledLexiconReadsTheFile() {
    let words = RelationMatcherTests.extractor.lexicon.relationWords
    #expect(words.withLinks.contains("与"))
    #expect(words.prepositions.contains("在"))
    #expect(words.adverbs.first == Array("已经".unicodeScalars), "ranked role keeps its order")
    let breaks = RelationMatcherTests.extractor.lexicon.clauseBreaks
    #expect(breaks.contains("，") && breaks.contains("。") && breaks.contains(";"), "character-classes.tsv clause-break row")
    #expect(!breaks.contains("、"), "、 joins a list inside a clause")
  }

  @Test func characterClassesTheRelationMatcherReadsAreLoaded() {
    let lexicon = RelationMatcherTests.extractor.lexicon
    let classes: [(String, Set<Unicode.Scalar>)] = [
      ("name-tail-stop", lexicon.nameTailStops), ("agent-gap-stop", lexicon.agentGapStops),
      ("member-gap-stop", lexicon.memberGapStops), ("modifier-stop", lexicon.modifierStops),
      ("place-preposition", lexicon.placePrepositions), ("opening-link", lexicon.openingLinks),
      ("category-marker", lexicon.categoryMarkers), ("date-unit", lexicon.dateUnits), ("date-part", lexicon.dateParts),
    ]
    for (role, scalars) in classes {
      #expect(!scalars.isEmpty, "character-classes.tsv: no \(role) row")
    }
    #expect(lexicon.placePrepositions.contains("在") && lexicon.dateUnits.contains("年"))
  }

  @Test func rankOrdersARole() throws {
    let words = try RelationWords(rows: Self.rows(Self.minimal.filter { !$0.hasPrefix("adverb\t") } + ["adverb\t再\t2", "adverb\t再次\t1", "adverb\t已"]))
    #expect(words.list("adverb") == ["已", "再次", "再"])
    #expect(words.adverbs.map { String(String.UnicodeScalarView($0)) } == ["已", "再次", "再"])
  }

  @Test func longerAmountLeadIsTriedFirst() {
    let matcher = RelationMatcher(lexicon: RelationMatcherTests.extractor.lexicon)
    #expect(matcher.isAmount(Array("超过10亿元".unicodeScalars), at: 0), "超 before 超过 would leave 过 before the number")
    #expect(matcher.isAmount(Array("逾百亿".unicodeScalars), at: 0))
    #expect(!matcher.isAmount(Array("超级工厂".unicodeScalars), at: 0))
  }

  @Test func openingWordsAreSkipped() {
    let matcher = RelationMatcher(lexicon: RelationMatcherTests.extractor.lexicon)
    let text = Array("同月，又与某公司合作".unicodeScalars)
    #expect(matcher.openingEnd(text) == 4, "同月，又 opens the sentence")
  }

  @Test func longestFirstKeepsTiesInOrder() {
    #expect(RelationWords.longestFirst(["超", "超过", "近", "高达"]) == ["超过", "高达", "超", "近"])
  }

  @Test func unknownRoleIsAnError() {
    #expect(throws: LexiconError.unknownKind(file: "t.tsv", line: RelationWords.roles.count + 1, kind: "no-such-role", allowed: RelationWords.roles)) {
      try RelationWords(rows: Self.rows(Self.minimal + ["no-such-role\t与"]))
    }
  }

  @Test func missingRoleIsAnError() {
    #expect(throws: LexiconError.missingRole(file: "relation-words.tsv", role: "with-link")) {
      try RelationWords(rows: Self.rows(Self.minimal.filter { !$0.hasPrefix("with-link\t") }))
    }
  }

  @Test func rankMustBeANumber() {
    #expect(throws: LexiconError.self) {
      try RelationWords(rows: Self.rows(Self.minimal + ["adverb\t已\tfirst"]))
    }
  }
}
