@testable import NetGraph

/// Networks whose names and sentences are hostile to every file format: `"`, `\`, `<`, `&`,
/// `>`, `'`, line breaks (LF, CRLF), tab, other control characters, emoji (with a
/// multi-scalar flag), a 300-character name, a leading `-`, the empty string, `,` and `;`.
/// Shared by the export, round-trip and render tests.
enum HostileNetwork {
  /// Names in entity order (`e1` is `names[0]`).
  static let names: [String] = [
    "say \"hi\"",
    "back\\slash\\",
    "<tag> & \"amp\" &amp; >",
    "line\nbreak\r\nCRLF",
    "🚀火箭🇨🇳 emoji",
    String(repeating: "长名", count: 150),
    "-leading dash",
    "",
    "ctrl\u{1}\u{7}\u{1B}tab\there",
    "comma, semicolon; 'apostrophe'",
    // Same as e4 once a format turns line breaks into spaces (Pajek): must stay distinct.
    "line break  CRLF",
    "西安高新区",
  ]

  static let kinds: [EntityKind?] = [
    .park, .university, .institute, .enterprise, .fund, .government, .platform, .enterprise,
    nil, .enterprise, .enterprise, .park,
  ]

  static func evidence(_ sentence: String, offset: Int = 0) -> Evidence {
    Evidence(file: "hostile \"file\".txt", article: 0, scalarOffset: offset, sentence: sentence)
  }

  static func mention(_ text: String, offset: Int) -> Mention {
    Mention(file: "hostile.txt", article: 0, scalarOffset: offset, text: text)
  }

  static func id(_ ordinal: Int) -> EntityID { EntityID(ordinal: ordinal) }

  /// The directed multigraph: every relation kind, parallel relations (same pair, different
  /// kinds, both directions), an untyped edge, a self-loop, fractional and explicit weights,
  /// relations without evidence, and hostile evidence sentences.
  static func make() -> InnovationNetwork {
    let entities = names.enumerated().map { index, name in
      Entity(
        id: id(index + 1), name: name, kind: kinds[index],
        aliases: index == 0
          ? ["alias; with semicolon", "别名 \"q\"", "<a&b>"] : (index == 11 ? ["西安高新技术产业开发区"] : []),
        mentions: (0..<(index % 4)).map { mention(name, offset: $0 * 10) })
    }
    let relations = [
      Relation(
        source: id(1), target: id(2), kind: .cooperation,
        evidence: [
          evidence("他说：\"合作\" & <签约>\n第二行\\结束", offset: 5), evidence("second", offset: 40),
        ]),
      Relation(
        source: id(1), target: id(2), kind: .investment, evidence: [evidence("投资 'quoted' 🚀")]),
      Relation(
        source: id(2), target: id(1), kind: .affiliation,
        evidence: [evidence("ctrl\u{1}char, comma")]),
      Relation(source: id(3), target: id(4), kind: .incubation, weight: 0.5),
      Relation(source: id(5), target: id(4), kind: .investment, weight: 2.25),
      Relation(
        source: id(6), target: id(12), kind: .location,
        evidence: [evidence(String(repeating: "很长的句子", count: 80))]),
      Relation(source: id(7), target: id(12), kind: .location, evidence: [evidence("-dash first")], basis: .context),
      Relation(source: id(8), target: id(9), kind: nil, weight: 3),
      Relation(source: id(10), target: id(10), kind: .cooperation, evidence: [evidence("")]),
      Relation(
        source: id(11), target: id(4), kind: .establishment,
        evidence: [evidence("a"), evidence("b"), evidence("c")]),
      Relation(source: id(9), target: id(3), kind: .cooperation, weight: 0.001),
    ]
    return InnovationNetwork(entities: entities, relations: relations)
  }

  /// An undirected simple graph: only cooperation and untyped edges, no parallel pairs.
  static func makeUndirected() -> InnovationNetwork {
    let network = make()
    let relations = network.relations.filter { $0.kind == nil || $0.kind == .cooperation }
      .filter { !($0.source == id(1) && $0.target == id(2)) || $0.kind == .cooperation }
    return InnovationNetwork(entities: network.entities, relations: relations)
  }

  /// An untyped network as read from an edge list with `--directed`.
  static func makeUntypedDirected() -> InnovationNetwork {
    InnovationNetwork(
      entities: names.prefix(5).enumerated().map { Entity(id: id($0 + 1), name: $1, kind: nil) },
      relations: [
        Relation(source: id(1), target: id(2), kind: nil, weight: 1),
        Relation(source: id(2), target: id(1), kind: nil, weight: 2),
        Relation(source: id(1), target: id(2), kind: nil, weight: 1.5),
        Relation(source: id(3), target: id(4), kind: nil, weight: 0),
        Relation(source: id(5), target: id(5), kind: nil, weight: 7),
      ],
      isDirected: true)
  }

  /// An empty network.
  static func makeEmpty() -> InnovationNetwork { InnovationNetwork() }
}
