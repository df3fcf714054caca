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
  public static func tsv(_ network: InnovationNetwork) -> String {
    var out = "record\tid_or_source\tkind_or_target\tname_or_kind\taliases_or_weight\tmentions_or_evidence\n"
    func clean(_ s: String) -> String {
      s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
    for e in network.entities {
      out += "entity\t\(e.id)\t\(e.kind?.rawValue ?? "")\t\(clean(e.name))\t\(e.aliases.map(clean).joined(separator: "|"))\t\(e.mentions.count)\n"
    }
    for r in network.relations {
      let weight = r.weight == r.weight.rounded() ? String(Int(r.weight)) : String(r.weight)
      out += "relation\t\(r.source)\t\(r.target)\t\(r.kind?.rawValue ?? "")\t\(weight)\t\(clean(r.evidence.first?.sentence ?? ""))\n"
    }
    return out
  }
}
