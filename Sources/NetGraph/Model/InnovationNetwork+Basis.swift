extension InnovationNetwork {
  /// The network with only the relations whose basis is `basis` or stronger: `.stated` keeps
  /// the ties a sentence states outright, `.context` keeps every tie with a basis. Relations
  /// without a basis (graph files that do not record one) are kept only for `.context`.
  /// Entities are all kept, so ids stay the same.
  /// - Complexity: O(*m*) for *m* relations.
  public func keeping(basis: RelationBasis) -> InnovationNetwork {
    var copy = self
    copy.relations = relations.filter { relation in
      guard let b = relation.basis else { return basis == .context }
      return b <= basis
    }
    return copy
  }
}
