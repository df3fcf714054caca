/// A name learnt from the document itself: a declared short form (（简称“X”）) or a
/// company's brand form (甘肃东方钛业有限公司 → 东方钛业).
struct DynamicName: Sendable, Hashable {
  var kind: EntityKind
  /// The full name the form stands for.
  var fullName: String
  /// Scalars that may follow the matched core and still belong to the mention
  /// (the industry words of the full name: 惠同 + 新材料 reads 惠同新材).
  var continuation: [Unicode.Scalar] = []
  /// Shortest mention accepted, in scalars.
  var minimumLength = 2
}
