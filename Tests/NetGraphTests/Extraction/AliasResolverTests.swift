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

  /// A free-trade zone's bracketed province and a bracketed area are part of a park's key; a
  /// bracketed note is not.
  @Test func freeTradeZoneBracketsStayInTheKey() {
    #expect(Self.resolver.key("中国(安徽)自由贸易试验区合肥片区", kind: .park) == Self.resolver.key("安徽自贸试验区合肥片区", kind: .park))
    #expect(Self.resolver.key("中国（湖北）自由贸易试验区", kind: .park) == Self.resolver.key("湖北自贸区", kind: .park))
    #expect(Self.resolver.key("浙江自贸试验区(宁波片区)", kind: .park) == Self.resolver.key("浙江自贸试验区宁波片区", kind: .park))
    #expect(Self.resolver.key("杭州高新区(滨江)", kind: .park) == Self.resolver.key("杭州高新区", kind: .park))
  }
}
