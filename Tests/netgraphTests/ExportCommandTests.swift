import Foundation
import Testing

/// `netgraph export` end to end: every format from a hostile edge list, read back by the
/// real readers (Tests/roundtrip/check_export.py in .venv-test); directory outputs; errors.
@Suite struct ExportCommandTests {
  static let fixture = NetgraphProcess.packageRoot
    .appendingPathComponent("Tests/NetGraphTests/Fixtures/export/hostile.edges")

  /// What the edge list means (CLI.md, EdgeListReader): tokens are names, ids `e1…` in
  /// order of first appearance, weight 1 by default, untyped edges, undirected unless
  /// `--directed`; a repeated edge (either order when undirected) is one edge at its first
  /// position with the last weight, as networkx `read_edgelist` does.
  static func expectation(directed: Bool) throws -> [String: Any] {
    let text = try String(contentsOf: fixture, encoding: .utf8)
    var ids: [String: String] = [:]
    var nodes: [[String: Any]] = []
    var edges: [[String: Any]] = []
    var position: [String: Int] = [:]
    func id(_ name: String) -> String {
      if let id = ids[name] { return id }
      let id = "e\(nodes.count + 1)"
      ids[name] = id
      nodes.append(["id": id, "name": name, "kind": NSNull(), "aliases": [String](), "mentions": 0])
      return id
    }
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let tokens = line.split(separator: " ").map(String.init)
      let (s, t) = (id(tokens[0]), id(tokens[1]))
      let key = (directed ? [s, t] : [s, t].sorted()).joined(separator: " ")
      let weight = tokens.count > 2 ? Double(tokens[2])! : 1.0
      if let existing = position[key] {
        edges[existing]["weight"] = weight
        continue
      }
      position[key] = edges.count
      edges.append([
        "id": "r\(edges.count + 1)", "source": s, "target": t, "kind": NSNull(),
        "directed": directed,
        "weight": weight, "evidence": 0, "sentence": NSNull(),
      ])
    }
    return ["directed": directed, "multigraph": false, "nodes": nodes, "edges": edges]
  }

  static let python = NetgraphProcess.packageRoot.appendingPathComponent(".venv-test/bin/python")

  static func check(_ format: String, _ path: URL, directed: Bool, in directory: URL) throws -> (
    Int32, String, String
  ) {
    let expected = directory.appendingPathComponent("expected-\(directed).json")
    try JSONSerialization.data(withJSONObject: try expectation(directed: directed)).write(
      to: expected)
    let process = Process()
    process.executableURL = python
    process.arguments = [
      NetgraphProcess.packageRoot.appendingPathComponent("Tests/roundtrip/check_export.py").path,
      format, expected.path, path.path,
    ]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: stdout, as: UTF8.self),
      String(decoding: stderr, as: UTF8.self)
    )
  }

  @Test(arguments: ["graphml", "gexf", "json", "pajek", "csv", "neo4j"], [false, true])
  func hostileEdgeListSurvivesEveryFormat(format: String, directed: Bool) throws {
    guard FileManager.default.isExecutableFile(atPath: Self.python.path) else {
      Issue.record(
        "\(Self.python.path) is missing: run `Scripts/setup.sh --venv` to create the test virtualenv with the real readers"
      )
      return
    }
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let name = format == "csv" || format == "neo4j" ? "out-\(format)" : "out.\(format)"
    var arguments = ["export", "--graph", Self.fixture.path, "--format", format, "-o", name]
    if directed { arguments.append("--directed") }
    let result = try NetgraphProcess.run(arguments, in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let (status, stdout, stderr) = try Self.check(
      format, directory.appendingPathComponent(name), directed: directed, in: directory)
    #expect(status == 0, "\(format): \(stderr)")
    #expect(stdout.contains("\"nodes\": 7"), "\(stdout)")
    #expect(stdout.contains("\"edges\": \(directed ? 6 : 5)"), "\(stdout)")
  }

  @Test(arguments: ["dot", "graphml", "gexf", "json", "pajek"])
  func singleFileFormatsGoToStdoutAndAreByteIdentical(format: String) throws {
    let first = try NetgraphProcess.run([
      "export", "--graph", Self.fixture.path, "--format", format,
    ])
    let second = try NetgraphProcess.run([
      "export", "--graph", Self.fixture.path, "--format", format,
    ])
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(!first.stdout.isEmpty)
    #expect(first.stdout == second.stdout)
  }

  @Test(arguments: ["csv", "neo4j"])
  func directoryFormatsNeedOutputDirectory(format: String) throws {
    let result = try NetgraphProcess.run([
      "export", "--graph", Self.fixture.path, "--format", format,
    ])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("writes a directory"))
    #expect(result.stderr.contains("-o DIR"))
  }

  @Test func directoryIsReplacedOnlyWhenItHoldsAPreviousExport() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let arguments = ["export", "--graph", Self.fixture.path, "--format", "csv", "-o", "tables"]
    #expect(try NetgraphProcess.run(arguments, in: directory).status == 0)
    let tables = directory.appendingPathComponent("tables")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted() == [
        "edges.csv", "nodes.csv",
      ])
    let before = try Data(contentsOf: tables.appendingPathComponent("nodes.csv"))
    // A previous export of the same format is replaced.
    #expect(try NetgraphProcess.run(arguments, in: directory).status == 0)
    #expect(try Data(contentsOf: tables.appendingPathComponent("nodes.csv")) == before)
    try Data("keep me".utf8).write(to: tables.appendingPathComponent("notes.txt"))
    let refused = try NetgraphProcess.run(arguments, in: directory)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("notes.txt"))
    #expect(
      try String(contentsOf: tables.appendingPathComponent("notes.txt"), encoding: .utf8)
        == "keep me")
    // Nothing temporary is left beside the output.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["tables"])
  }

  @Test func neo4jHeadersAreImportFormat() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try NetgraphProcess.run(
      ["export", "--graph", Self.fixture.path, "--format", "neo4j", "-o", "neo4j"], in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let nodes = try String(
      contentsOf: directory.appendingPathComponent("neo4j/nodes.csv"), encoding: .utf8)
    let relationships = try String(
      contentsOf: directory.appendingPathComponent("neo4j/relationships.csv"), encoding: .utf8)
    #expect(nodes.hasPrefix("id:ID,name,kind,aliases:string[],mentions:int,:LABEL\r\n"))
    #expect(
      relationships.hasPrefix(
        ":START_ID,:END_ID,:TYPE,id,kind,directed:boolean,weight:double,evidence:int,sentence,basis\r\n"))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try NetgraphProcess.run([
      "export", "--graph", Self.fixture.path, "--format", "xlsx",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("xlsx"))
  }
}
