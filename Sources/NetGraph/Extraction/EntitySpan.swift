/// An entity name found in a text: where it is, its kind, and what it stands for.
struct EntitySpan: Sendable, Hashable {
  /// Scalar range in the matched text.
  var range: Range<Int>
  var kind: EntityKind
  /// Inside a longer name (浙江大学 in 浙江大学—榆林…联合创新中心).
  var isNested = false
  /// The full name a short form or declared alias stands for, when known.
  var referent: String?
  /// Typed only by the list it stands in (A、B等20家企业); loses ties to names with a suffix.
  var fromList = false
  /// From the known-names lexicon or the document's declared forms: wins ties with suffix matches
  /// (中国人民银行 is a government body, not a bank).
  var fromLexicon = false
}
