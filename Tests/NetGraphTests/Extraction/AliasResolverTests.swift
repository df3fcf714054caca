import Testing
@testable import NetGraph

/// Short forms of one document mapped to the fullest key they name.
@Suite struct AliasResolverTests {
  static let resolver = AliasResolver(lexicon: try! LexiconLoader.load())

  /// A form without its owner (创新中心) names the owned form (天府新区创新中心), which names the
  /// form with its region (成都…): the short form goes to the end of the chain.
  @Test func chainOfShortFormsEndsAtTheFullestName() {
    let keys: Set<String> = ["platform|成都天府新区创新中心", "platform|天府新区创新中心", "park|天府新区", "platform|创新中心"]
    let fuller = Self.resolver.fullerForms(of: keys)
    #expect(fuller["platform|天府新区创新中心"] == "platform|成都天府新区创新中心", "\(fuller)")
    #expect(fuller["platform|创新中心"] == "platform|成都天府新区创新中心", "\(fuller)")
    #expect(fuller["park|天府新区"] == nil, "the owner itself is no short form: \(fuller)")
  }

  /// A unit name two owners share stays its own entity.
  @Test func shortFormOfTwoOwnersMapsNowhere() {
    let keys: Set<String> = ["university|南京大学化学学院", "university|东南大学化学学院", "university|南京大学", "university|东南大学", "university|化学学院"]
    #expect(Self.resolver.fullerForms(of: keys)["university|化学学院"] == nil)
  }
}
