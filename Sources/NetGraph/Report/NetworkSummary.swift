/// A one-paragraph plain-language summary of a network: entities and relations by kind.
public enum NetworkSummary {
  /// E.g. "西安: 24 entities (1 park, 6 universities, …) and 31 relations (12 cooperation, …)."
  public static func paragraph(_ network: InnovationNetwork, scope: String) -> String {
    let entities = network.entityCounts.filter { $0.1 > 0 }
      .map { "\($0.1) \($0.0.rawValue)" }
    let relations = network.relationCounts.filter { $0.1 > 0 }
      .map { "\($0.1) \($0.0.rawValue)" }
    let untypedEntities = network.entities.filter { $0.kind == nil }.count
    let untypedRelations = network.relations.filter { $0.kind == nil }.count
    var text = "\(scope): \(network.entities.count) entities"
    let entityParts = entities + (untypedEntities > 0 ? ["\(untypedEntities) untyped"] : [])
    if !entityParts.isEmpty { text += " (" + entityParts.joined(separator: ", ") + ")" }
    text += " and \(network.relations.count) relations"
    let relationParts = relations + (untypedRelations > 0 ? ["\(untypedRelations) untyped"] : [])
    if !relationParts.isEmpty { text += " (" + relationParts.joined(separator: ", ") + ")" }
    let evidence = network.relations.reduce(0) { $0 + $1.evidence.count }
    if evidence > 0 { text += ", backed by \(evidence) evidence sentences" }
    let degree = NetworkFilter.weightedDegree(network)
    let hubs = network.entities
      .filter { (degree[$0.id] ?? 0) > 0 }
      .sorted { (degree[$0.id] ?? 0, $1.id) > (degree[$1.id] ?? 0, $0.id) }
      .prefix(3)
      .map { "\($0.name) (\(NumberFormat.compact(degree[$0.id] ?? 0)))" }
    if !hubs.isEmpty { text += "; most connected: " + hubs.joined(separator: ", ") }
    return text + "."
  }
}
