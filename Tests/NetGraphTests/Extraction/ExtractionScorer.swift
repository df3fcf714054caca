import Foundation
@testable import NetGraph

/// Scores extractor output against hand-annotated gold files (Fixtures/extraction/gold).
///
/// Entities match per file when the kind is equal and any form (name or alias, quotes
/// ignored) of the extracted entity equals the gold name or an alias. Relations match by
/// (source, target, kind) after mapping both sides' endpoints to gold entities; cooperation
/// is undirected.
struct ExtractionScorer {
  struct GoldFile: Decodable {
    struct GoldEntity: Decodable {
      var name: String
      var kind: EntityKind
      var aliases: [String]?
    }
    struct GoldRelation: Decodable {
      var source: String
      var target: String
      var kind: RelationKind
    }
    var file: String
    var entities: [GoldEntity]
    var relations: [GoldRelation]
  }

  /// True/false positives and false negatives of one category.
  struct Counts: Sendable {
    var truePositives = 0
    var predicted = 0
    var gold = 0
    var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    static func + (a: Counts, b: Counts) -> Counts {
      Counts(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
    }
  }

  /// Scores per entity kind, for all entities, and for relations (per kind and all).
  struct Report: Sendable {
    var entityKinds: [EntityKind: Counts] = [:]
    var relationKinds: [RelationKind: Counts] = [:]
    var misses: [String] = []
    var entities: Counts { entityKinds.values.reduce(Counts(), +) }
    var relations: Counts { relationKinds.values.reduce(Counts(), +) }

    static func + (a: Report, b: Report) -> Report {
      var r = a
      r.entityKinds.merge(b.entityKinds, uniquingKeysWith: +)
      r.relationKinds.merge(b.relationKinds, uniquingKeysWith: +)
      r.misses += b.misses
      return r
    }

    /// A Markdown table of P/R/F1.
    var table: String {
      func row(_ label: String, _ c: Counts) -> String {
        String(format: "| %@ | %.2f | %.2f | %.2f | %d | %d |", label, c.precision, c.recall, c.f1, c.gold, c.predicted)
      }
      var lines = ["| category | P | R | F1 | gold | extracted |", "|---|---|---|---|---|---|"]
      for kind in EntityKind.allCases { lines.append(row(kind.rawValue, entityKinds[kind] ?? Counts())) }
      lines.append(row("**entities**", entities))
      for kind in RelationKind.allCases { lines.append(row("rel: " + kind.rawValue, relationKinds[kind] ?? Counts())) }
      lines.append(row("**relations**", relations))
      return lines.joined(separator: "\n")
    }
  }

  static func normalize(_ s: String) -> String {
    String(s.unicodeScalars.filter { !"“”\"‘’".unicodeScalars.contains($0) }.map(Character.init))
  }

  /// Scores `network` (extracted from gold.file alone) against `gold`.
  static func score(_ network: InnovationNetwork, against gold: GoldFile) -> Report {
    var report = Report()
    // Gold entity index by (kind, form).
    var goldIndex: [String: Int] = [:]
    for (i, e) in gold.entities.enumerated() {
      for form in [e.name] + (e.aliases ?? []) { goldIndex["\(e.kind.rawValue)|\(normalize(form))"] = i }
    }
    var goldByName: [String: Int] = [:]
    for (i, e) in gold.entities.enumerated() {
      for form in [e.name] + (e.aliases ?? []) where goldByName[normalize(form)] == nil { goldByName[normalize(form)] = i }
    }
    // Map extracted entities to gold ones (one-to-one).
    var mapped: [EntityID: Int] = [:]
    var used = Set<Int>()
    for entity in network.entities {
      guard let kind = entity.kind else { continue }
      var counts = report.entityKinds[kind] ?? Counts()
      counts.predicted += 1
      let forms = [entity.name] + entity.aliases
      if let g = forms.lazy.compactMap({ goldIndex["\(kind.rawValue)|\(normalize($0))"] }).first(where: { !used.contains($0) }) {
        used.insert(g)
        mapped[entity.id] = g
        counts.truePositives += 1
      } else {
        report.misses.append("\(gold.file): extra \(kind.rawValue) \(entity.name)")
      }
      report.entityKinds[kind] = counts
    }
    for (i, e) in gold.entities.enumerated() {
      report.entityKinds[e.kind, default: Counts()].gold += 1
      if !used.contains(i) { report.misses.append("\(gold.file): missed \(e.kind.rawValue) \(e.name)") }
    }
    // Relations.
    func key(_ s: Int, _ t: Int, _ kind: RelationKind) -> String {
      kind == .cooperation ? "\(min(s, t))|\(max(s, t))|\(kind.rawValue)" : "\(s)|\(t)|\(kind.rawValue)"
    }
    var goldRelations = Set<String>()
    for r in gold.relations {
      guard let s = goldByName[normalize(r.source)], let t = goldByName[normalize(r.target)] else { continue }
      if goldRelations.insert(key(s, t, r.kind)).inserted { report.relationKinds[r.kind, default: Counts()].gold += 1 }
    }
    var predictedRelations = Set<String>()
    let names = Dictionary(uniqueKeysWithValues: network.entities.map { ($0.id, $0.name) })
    for r in network.relations {
      guard let kind = r.kind else { continue }
      let k = mapped[r.source].flatMap { s in mapped[r.target].map { key(s, $0, kind) } } ?? "unmapped|\(r.source)|\(r.target)|\(kind)"
      guard predictedRelations.insert(k).inserted else { continue }
      report.relationKinds[kind, default: Counts()].predicted += 1
      if goldRelations.contains(k) {
        report.relationKinds[kind]!.truePositives += 1
      } else {
        report.misses.append("\(gold.file): extra relation \(names[r.source]!) -\(kind.rawValue)-> \(names[r.target]!)")
      }
    }
    for r in gold.relations {
      guard let s = goldByName[normalize(r.source)], let t = goldByName[normalize(r.target)] else { continue }
      if !predictedRelations.contains(key(s, t, r.kind)) {
        report.misses.append("\(gold.file): missed relation \(r.source) -\(r.kind.rawValue)-> \(r.target)")
      }
    }
    return report
  }
}
