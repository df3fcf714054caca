import Foundation
import Testing

/// Every command and format, run twice in separate processes (Swift seeds hashing per process,
/// so any Dictionary/Set order in output shows up as a difference): the bytes must be equal.
///
/// Table-driven: a new command or format is one line in `runs`.
@Suite("Determinism")
struct DeterminismTests {
  struct Run: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    /// Standard input, for `extract --sentences`.
    var input: String? = nil
    /// The command writes a directory with `-o DIR` (csv, neo4j), or with this option.
    var writesDirectory = false
    var directoryOption = "-o"
    var testDescription: String { arguments.joined(separator: " ") }
  }

  /// A dated corpus for `evolve` and two netgraph JSON files for `merge`.
  static let news = [
    "{\"text\": \"西安高新区与西北工业大学签署合作协议。\", \"date\": \"2020-03-01\"}",
    "{\"text\": \"清华大学与苏州工业园区签署合作协议。西安高新区与清华大学合作。\", \"date\": \"2021-05\"}",
    "{\"text\": \"西安高新区与西北工业大学签署合作协议。\", \"date\": \"2021-07-02\"}",
  ].joined(separator: "\n")
  static let partA = """
    {"entities": [{"id": "e1", "name": "西安高新区", "kind": "park", "mentions": [{"file": "a.txt", "article": 0, "offset": 0, "text": "西安高新区"}]},
    {"id": "e2", "name": "西北工业大学", "kind": "university", "mentions": [{"file": "a.txt", "article": 0, "offset": 6, "text": "西北工业大学"}]}],
    "relations": [{"source": "e1", "target": "e2", "kind": "cooperation", "evidence": [{"file": "a.txt", "article": 0, "offset": 0, "sentence": "甲"}]}]}
    """
  static let partB = """
    {"entities": [{"id": "e1", "name": "西北工业大学", "kind": "university", "mentions": [{"file": "b.txt", "article": 0, "offset": 0, "text": "西北工业大学"}]},
    {"id": "e2", "name": "西安高新技术产业开发区", "kind": "park", "mentions": [{"file": "b.txt", "article": 0, "offset": 7, "text": "西安高新技术产业开发区"}]}],
    "relations": [{"source": "e1", "target": "e2", "kind": "cooperation", "evidence": [{"file": "b.txt", "article": 0, "offset": 0, "sentence": "乙"}]}]}
    """

  /// A small untyped edge list (with a duplicate edge and a self-loop) for `--graph` runs.
  static let edgeList = "# test graph\n甲 乙 2\n乙 丙\n丙 甲 0.5\n丙 丁\n丁 戊 3\n戊 己\n己 丁\n乙 甲 4\n己 己\n庚 辛\n"

  /// A thesaurus that merges, removes, renames and retypes seeds entities.
  static let thesaurus = "label,replace by,kind\n厦门火炬高新区,榆林高新区,\n线上线下,,\n西安交通大学,西安交大,\n黑马学院,黑马学院,platform\n"

  static let runs: [Run] = {
    var runs: [Run] = [
      Run(arguments: ["extract"]),
      Run(arguments: ["extract", "--format", "tsv"]),
      Run(arguments: ["extract", "--sentences"], input: "西安高新区与西北工业大学签署合作协议。\n中关村科技园区管委会设立天使投资基金\n\n"),
      Run(arguments: ["render"]),
      Run(arguments: ["render", "--park", "西安"]),
      Run(arguments: ["render", "--format", "dot"]),
      Run(arguments: ["render", "--format", "png"]),
      Run(arguments: ["render", "--format", "pdf"]),
      Run(arguments: ["render", "--engine", "neato", "--format", "svg"]),
    ]
    for format in ["dot", "graphml", "gexf", "json", "pajek"] {
      runs.append(Run(arguments: ["export", "--format", format]))
      runs.append(Run(arguments: ["export", "--format", format, "--graph", "GRAPH"]))
    }
    for format in ["csv", "neo4j"] {
      runs.append(Run(arguments: ["export", "--format", format], writesDirectory: true))
    }
    for format in ["table", "csv", "json", "markdown"] {
      runs.append(Run(arguments: ["centrality", "--format", format]))
      runs.append(Run(arguments: ["centrality", "--format", format, "--graph", "GRAPH"]))
    }
    for method in ["louvain", "leiden", "lpa"] {
      for format in ["table", "csv", "json", "markdown"] {
        runs.append(Run(arguments: ["communities", "--method", method, "--format", format]))
      }
      runs.append(Run(arguments: ["communities", "--method", method, "--format", "csv", "--graph", "GRAPH"]))
    }
    for format in ["table", "csv", "json", "markdown"] {
      runs.append(Run(arguments: ["stats", "--format", format]))
    }
    runs.append(Run(arguments: ["stats", "--format", "json", "--graph", "GRAPH"]))
    for format in ["markdown", "html"] {
      runs.append(Run(arguments: ["report", "--format", format]))
      runs.append(Run(arguments: ["report", "--format", format, "--park", "西安"]))
    }
    runs.append(Run(arguments: ["report", "--format", "markdown", "--graph", "GRAPH"]))
    for format in ["table", "csv", "json", "markdown"] {
      runs.append(Run(arguments: ["entities", "--format", format]))
    }
    runs.append(Run(arguments: ["entities", "--sort", "degree", "--format", "csv", "--graph", "GRAPH"]))
    runs.append(Run(arguments: ["entities", "--format", "json", "--thesaurus", "THESAURUS"]))
    runs.append(Run(arguments: ["extract", "--thesaurus", "THESAURUS"]))
    for format in ["table", "csv", "json", "markdown"] {
      runs.append(Run(arguments: ["evolve", "news.jsonl", "--slice", "quarter", "--format", format]))
    }
    runs.append(Run(arguments: ["evolve", "news.jsonl", "--slice", "month", "--cumulative"]))
    runs.append(Run(arguments: ["evolve", "news.jsonl", "--slice", "year"], writesDirectory: true, directoryOption: "--render"))
    runs.append(Run(arguments: ["extract", "news.jsonl", "--from", "2021"]))
    runs.append(Run(arguments: ["merge", "a.json", "b.json"]))
    runs.append(Run(arguments: ["merge", "a.json", "b.json", "--format", "tsv"]))
    return runs
  }()

  /// Runs `run` in a fresh directory; returns stdout, or the files of `-o DIR` concatenated
  /// with their names.
  static func output(of run: Run) throws -> Data {
    let dir = try CLIRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(edgeList.utf8).write(to: dir.appendingPathComponent("g.edges"))
    try Data(thesaurus.utf8).write(to: dir.appendingPathComponent("t.csv"))
    try Data(news.utf8).write(to: dir.appendingPathComponent("news.jsonl"))
    try Data(partA.utf8).write(to: dir.appendingPathComponent("a.json"))
    try Data(partB.utf8).write(to: dir.appendingPathComponent("b.json"))
    var arguments = run.arguments.map { $0 == "GRAPH" ? "g.edges" : $0 == "THESAURUS" ? "t.csv" : $0 }
    if run.writesDirectory { arguments += [run.directoryOption, "out"] }
    let result = try CLIRun.run(arguments, in: dir, input: run.input.map { Data($0.utf8) }, timeout: 300)
    #expect(result.status == 0, "\(run.testDescription): \(result.stderr)")
    #expect(!result.timedOut)
    guard run.writesDirectory else { return result.stdout }
    var data = Data()
    let out = dir.appendingPathComponent("out")
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() {
      data.append(Data("== \(name)\n".utf8))
      data.append(try Data(contentsOf: out.appendingPathComponent(name)))
    }
    return data
  }

  @Test("two runs give byte-identical output", arguments: runs)
  func byteIdentical(_ run: Run) throws {
    let first = try Self.output(of: run)
    let second = try Self.output(of: run)
    #expect(!first.isEmpty)
    if run.arguments.contains("pdf"), first != second {
      // cairo's glyph positions vary in the sixth decimal with the address layout (see
      // Tests/roundtrip/pdf_content.py): the drawing must agree to 0.001 pt, the dates exactly.
      #expect(try Self.pdfContent(first) == Self.pdfContent(second), "\(run.testDescription) draws differently between runs")
      #expect(first.range(of: Data("/CreationDate (D:19700101000000".utf8)) != nil)
      return
    }
    #expect(first == second, "\(run.testDescription) differs between runs")
  }

  /// A PDF's streams inflated with numbers rounded, and its dictionaries with digits masked.
  static func pdfContent(_ pdf: Data) throws -> Data {
    let dir = try CLIRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("g.pdf")
    try pdf.write(to: file)
    let script = NetgraphProcess.packageRoot.appendingPathComponent("Tests/roundtrip/pdf_content.py")
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", script.path, file.path]
    let out = Pipe()
    python.standardOutput = out
    try python.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    try #require(python.terminationStatus == 0, "pdf_content.py failed")
    return data
  }

  @Test("every subcommand is covered by the table")
  func everyCommandCovered() throws {
    let help = try CLIRun.run(["--help"])
    let listed = help.stdout.isEmpty ? help.stderr : String(decoding: help.stdout, as: UTF8.self)
    guard let section = listed.range(of: "SUBCOMMANDS:") else {
      Issue.record("no SUBCOMMANDS in --help")
      return
    }
    // The subcommand list ends at the first blank line.
    let block = listed[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
      .dropFirst().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    let commands = block.compactMap { line -> String? in
      let trimmed = line.drop { $0 == " " }
      guard line.hasPrefix("  "), !line.hasPrefix("    "), let word = trimmed.split(separator: " ").first else { return nil }
      return String(word)
    }.filter { $0 != "help" }
    #expect(!commands.isEmpty)
    let covered = Set(Self.runs.compactMap(\.arguments.first))
    for command in commands {
      #expect(covered.contains(command), "add a line for '\(command)' to DeterminismTests.runs")
    }
  }
}
