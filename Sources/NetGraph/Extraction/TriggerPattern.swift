/// One relation pattern from `relations.jsonl`: a kind, its trigger words and role order.
///
/// `sourceFirst` patterns read "source TRIGGER target" (X 投资 Y); `targetFirst` ones read
/// "target TRIGGER source" (园区 引进 企业: the park is the target of `location`).
struct TriggerPattern: Sendable, Hashable, Decodable {
  enum Order: String, Sendable, Hashable, Decodable {
    case sourceFirst = "source-first"
    case targetFirst = "target-first"
  }

  /// What follows a cooperation trigger: a partner (X携手A) or the joint object (X与A共建Y).
  enum Right: String, Sendable, Hashable, Decodable {
    case partner, object
  }

  var kind: RelationKind
  var triggers: [String]
  var right: Right
  var source: String
  var target: String
  var order: Order
  /// Location triggers that hold only after `在 + park` (X在园区投产, X在P揭牌成立).
  var afterPlace = false

  enum CodingKeys: String, CodingKey { case kind, triggers, source, target, order, right, place }

  init(kind: RelationKind, triggers: [String], source: String, target: String, order: Order, right: Right = .partner) {
    self.kind = kind
    self.right = right
    self.triggers = triggers
    self.source = source
    self.target = target
    self.order = order
  }

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    kind = try c.decode(RelationKind.self, forKey: .kind)
    triggers = try c.decode([String].self, forKey: .triggers)
    source = try c.decodeIfPresent(String.self, forKey: .source) ?? "source"
    target = try c.decodeIfPresent(String.self, forKey: .target) ?? "target"
    order = try c.decodeIfPresent(Order.self, forKey: .order) ?? .sourceFirst
    right = try c.decodeIfPresent(Right.self, forKey: .right) ?? .partner
    afterPlace = try c.decodeIfPresent(String.self, forKey: .place) == "before"
  }
}
