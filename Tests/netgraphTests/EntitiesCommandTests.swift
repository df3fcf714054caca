import Foundation
import Testing

/// `netgraph entities` on the seeds: one row per extracted entity, counts as in extract's JSON.
@Suite struct EntitiesCommandTests {
  static func extractJSON(_ extra: [String] = [], in directory: URL? = nil) throws -> [String: Any] {
    let result = try NetgraphProcess.run(["extract"] + extra, in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
  }

  /// RFC 4180 rows of `text` (quoted fields with commas and doubled quotes).
  static func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false
    var iterator = text.makeIterator()
    var pending: Character? = nil
    while let c = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          if let next = iterator.next(), next == "\"" { field.append("\"") } else { quoted = false; pending = nil }
        } else { field.append(c) }
        continue
      }
      switch c {
      case "\"": quoted = true
      case ",": row.append(field); field = ""
      case "\n": row.append(field); rows.append(row); row = []; field = ""
      default: field.append(c)
      }
    }
    return rows
  }

  @Test func csvHasOneRowPerExtractedEntityWithTheSameCounts() throws {
    let network = try Self.extractJSON()
    let entities = network["entities"] as! [[String: Any]]
    let result = try NetgraphProcess.run(["entities", "--format", "csv"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let rows = Self.csvRows(result.stdoutText)
    #expect(rows.first == ["id", "name", "kind", "mentions", "articles", "degree", "aliases", "registry_id", "province", "city"])
    #expect(rows.count - 1 == entities.count)
    let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
    var neighbours: [String: Set<String>] = [:]
    for relation in network["relations"] as! [[String: Any]] {
      let s = relation["source"] as! String, t = relation["target"] as! String
      neighbours[s, default: []].insert(t)
      neighbours[t, default: []].insert(s)
    }
    for entity in entities {
      let id = entity["id"] as! String
      let row = try #require(byID[id])
      let mentions = entity["mentions"] as! [[String: Any]]
      #expect(row[1] == entity["name"] as! String)
      #expect(row[2] == entity["kind"] as! String)
      #expect(Int(row[3]) == mentions.count)
      #expect(Int(row[4]) == Set(mentions.map { "\($0["file"]!)#\($0["article"]!)" }).count)
      #expect(Int(row[5]) == neighbours[id]?.count ?? 0)
      #expect(row[6] == (entity["aliases"] as! [String]).joined(separator: "|"))
      let registry = entity["registry"] as? [String: Any]
      #expect(row[7] == registry?["id"] as? String ?? "")
      #expect(row[8] == registry?["province"] as? String ?? "")
      #expect(row[9] == registry?["city"] as? String ?? "")
    }
    // Linked parks show their registry row.
    #expect(rows.contains { $0[2] == "park" && !$0[7].isEmpty && !$0[8].isEmpty })
    // Sorted by mentions (highest first), then name.
    let mentions = rows.dropFirst().map { Int($0[3])! }
    #expect(mentions == mentions.sorted(by: >))
  }

  @Test func kindFilterSortAndJSON() throws {
    let result = try NetgraphProcess.run(["entities", "--kind", "university,park", "--sort", "name", "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
    let rows = object["entities"] as! [[String: Any]]
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { ["university", "park"].contains($0["kind"] as! String) })
    let names = rows.map { $0["name"] as! String }
    #expect(names == names.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) })
    #expect(rows.allSatisfy { $0["registry_id"] is NSNull || $0["registry_id"] is String })
  }

  @Test func badSortIsAUsageError() throws {
    let result = try NetgraphProcess.run(["entities", "--sort", "size"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--sort"))
  }
}
