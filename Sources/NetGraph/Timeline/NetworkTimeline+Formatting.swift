extension NetworkTimeline {
  /// The rows as an aligned table, CSV (header `TimelineRow.columns`), Markdown, or JSON
  /// (`{"slice", "cumulative", "periods": [{column: value, …}]}`, `top_entities` an array).
  /// - Complexity: O(rows).
  public func formatted(_ format: TableFormat) -> String {
    let table = TextTable(
      header: TimelineRow.columns, rows: rows.map(\.cells), rightAligned: Set(1...8))
    switch format {
    case .table: return table.plainText()
    case .csv: return table.csv()
    case .markdown: return table.markdown()
    case .json:
      let periods = rows.map { row in
        "    " + JSONText.object([
          ("period", JSONText.string(row.period.description)),
          ("articles", String(row.articles)),
          ("entities", String(row.entities)),
          ("relations", String(row.relations)),
          ("new_entities", String(row.newEntities)),
          ("new_ties", String(row.newTies)),
          ("lost_ties", String(row.lostTies)),
          ("density", JSONText.number(row.density)),
          ("largest_component", String(row.largestComponent)),
          ("top_entities", JSONText.array(row.topEntities.map(JSONText.string))),
        ])
      }
      return "{\n  \"slice\": \(JSONText.string(slice.rawValue)),\n  \"cumulative\": \(cumulative),\n"
        + "  \"periods\": [\n" + periods.joined(separator: ",\n") + "\n  ]\n}\n"
    }
  }
}
