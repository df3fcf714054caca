import Foundation

/// Byte-deterministic JSON and TSV renderings of an extracted network (CLI.md, `extract`).
public enum NetworkFormatter {
  /// Pretty-printed JSON with sorted keys; offsets under `offset`.
  /// - Throws: `EncodingError` (not expected for finite weights).
  public static func json(_ network: InnovationNetwork) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(network)
    data.append(0x0A)
    return data
  }

  /// One `entity` row per entity, then one `relation` row per relation, tab-separated.
  ///
  /// When some evidence carries article metadata (`.jsonl`, `.csv`, HTML corpora), every row
  /// gains `date`, `url`, `title`, `source` columns: of the first evidence item's article on
  /// relation rows, empty on entity rows.
  public static func tsv(_ network: InnovationNetwork) -> String {
    let withArticles = network.relations.contains { r in
      r.evidence.contains { $0.title != nil || $0.date != nil || $0.source != nil || $0.url != nil }
    }
    var out = "record\tid_or_source\tkind_or_target\tname_or_kind\taliases_or_weight\tmentions_or_evidence"
    out += withArticles ? "\tdate\turl\ttitle\tsource\n" : "\n"
    func clean(_ s: String) -> String {
      s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
    for e in network.entities {
      out += "entity\t\(e.id)\t\(e.kind?.rawValue ?? "")\t\(clean(e.name))\t\(e.aliases.map(clean).joined(separator: "|"))\t\(e.mentions.count)"
      out += withArticles ? "\t\t\t\t\n" : "\n"
    }
    for r in network.relations {
      let weight = r.weight == r.weight.rounded() ? String(Int(r.weight)) : String(r.weight)
      out += "relation\t\(r.source)\t\(r.target)\t\(r.kind?.rawValue ?? "")\t\(weight)\t\(clean(r.evidence.first?.sentence ?? ""))"
      if withArticles {
        let first = r.evidence.first
        out += "\t" + [first?.date, first?.url, first?.title, first?.source].map { clean($0 ?? "") }.joined(separator: "\t")
      }
      out += "\n"
    }
    return out
  }
}
