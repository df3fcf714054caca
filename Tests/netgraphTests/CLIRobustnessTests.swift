import Foundation
import Testing

/// Every bad input of README "Troubleshooting", run through the built binary: a one-line error
/// on stderr (what, where, what to do) with a non-zero status, or a correct (empty) result.
/// Each case's `name` is the test named in the README table.
@Suite("CLI robustness")
struct CLIRobustnessTests {
  struct Case: CustomTestStringConvertible, Sendable {
    enum Outcome: Sendable {
      /// Non-zero status, empty stdout, exactly one stderr line containing every fragment.
      case error([String])
      /// Status 0; stderr lines each containing one of the fragments (warnings), in order.
      case success(warnings: [String])
    }

    var name: String
    var outcome: Outcome
    /// Prepares files in the scratch directory and returns the arguments.
    var setup: @Sendable (URL) throws -> [String]
    /// Extra checks on stdout for successful runs.
    var check: (@Sendable (Data) -> Bool)? = nil

    var testDescription: String { name }
  }

  static func write(_ dir: URL, _ name: String, _ bytes: [UInt8]) throws -> String {
    let url = dir.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func write(_ dir: URL, _ name: String, _ text: String) throws -> String {
    try write(dir, name, Array(text.utf8))
  }

  /// `{"entities": [], "relations": []}` in any layout.
  static func isEmptyNetwork(_ data: Data) -> Bool {
    guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
    return (json["entities"] as? [Any])?.isEmpty == true && (json["relations"] as? [Any])?.isEmpty == true
  }

  static func entityNames(_ data: Data) -> [String] {
    guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let entities = json["entities"] as? [[String: Any]]
    else { return [] }
    return entities.compactMap { $0["name"] as? String }
  }

  static let cases: [Case] = makeCases()

  static func makeCases() -> [Case] {
    var cases: [Case] = []
    // Corpus paths
    cases.append(Case(name: "missing path", outcome: .error(["nope.txt", "no such file or directory", "pass a .txt file"])) { (_: URL) throws -> [String] in
      ["extract", "nope.txt"]
    })
    cases.append(Case(name: "dangling symlink", outcome: .error(["gone.txt", "symbolic link", "fix or remove"])) { (dir: URL) throws -> [String] in
      try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/target")
      return ["extract", "gone.txt"]
    })
    cases.append(Case(name: "FIFO given as a file (never blocks)", outcome: .error(["pipe.txt", "named pipe (FIFO)"])) { (dir: URL) throws -> [String] in
      _ = mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o644)
      return ["extract", "pipe.txt"]
    })
    cases.append(Case(name: "directory where a text file is needed", outcome: .error(["b.txt", "is a directory"])) { (dir: URL) throws -> [String] in
      _ = try write(dir, "corpus/a.txt", "西安高新区与西北工业大学合作。")
      try FileManager.default.createDirectory(at: dir.appendingPathComponent("corpus/b.txt"), withIntermediateDirectories: true)
      return ["extract", "corpus"]
    })
    cases.append(Case(name: "empty file named on the command line", outcome: .error(["empty.txt", "file is empty"])) { (dir: URL) throws -> [String] in
      ["extract", try write(dir, "empty.txt", [])]
    })
    cases.append(Case(name: "empty file inside a directory", outcome: .success(warnings: ["empty.txt: file is empty"]), setup: { (dir: URL) throws -> [String] in
      _ = try write(dir, "corpus/empty.txt", [])
      _ = try write(dir, "corpus/a.txt", "西安高新区与西北工业大学签署合作协议。")
      return ["extract", "corpus"]
    }, check: { entityNames($0).contains("西安高新区") }))
    cases.append(Case(name: "binary file", outcome: .error(["img.txt", "binary data (NUL byte at byte 8)"])) { (dir: URL) throws -> [String] in
      ["extract", try write(dir, "img.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])]
    })
    cases.append(Case(name: "directory without *.txt", outcome: .error(["has no corpus files"])) { (dir: URL) throws -> [String] in
      _ = try write(dir, "notes/readme.md", "# 说明")
      return ["extract", "notes"]
    })
    cases.append(Case(name: "two files with the same name", outcome: .error(["two files named a.txt", "rename one"])) { (dir: URL) throws -> [String] in
      _ = try write(dir, "x/a.txt", "甲")
      _ = try write(dir, "y/a.txt", "乙")
      return ["extract", "x", "y"]
    })
    cases.append(Case(name: "undecodable bytes", outcome: .error(["utf8-corrupted.txt", "invalid UTF-8 at byte 18", "--lossy"])) { (_: URL) throws -> [String] in
      ["extract", CLIRun.corpusFixture("utf8-corrupted.txt").path]
    })
    cases.append(Case(name: "undecodable bytes with --lossy", outcome: .success(warnings: ["replaced 3 invalid byte sequences with U+FFFD (decoded as UTF-8, first at byte 18)"]), setup: { (_: URL) throws -> [String] in
      ["extract", "--lossy", CLIRun.corpusFixture("utf8-corrupted.txt").path]
    }, check: { entityNames($0).contains("西安高新区") }))
    cases.append(Case(name: "UTF-32 file", outcome: .error(["UTF-32 text is not supported", "re-encode"])) { (_: URL) throws -> [String] in
      ["extract", CLIRun.corpusFixture("utf32le-bom.txt").path]
    })
    cases.append(Case(name: "article with no sentences", outcome: .success(warnings: []), setup: { (dir: URL) throws -> [String] in
      ["extract", try write(dir, "blank.txt", "\n\n   \n\u{3000}\n\n")]
    }, check: isEmptyNetwork))
    cases.append(Case(name: "text with no entities", outcome: .success(warnings: []), setup: { (dir: URL) throws -> [String] in
      ["extract", try write(dir, "plain.txt", "今天天气很好，我们去公园散步。\n明天也许会下雨。\n")]
    }, check: isEmptyNetwork))
    // Graph files
    cases.append(Case(name: "graph file: malformed edge line", outcome: .error(["g.edges:2: expected 2 or 3 fields, found 1", "'lonely'"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.edges", "a b\nlonely\n")]
    })
    cases.append(Case(name: "graph file: non-numeric weight", outcome: .error(["g.edges:1: weight 'heavy' is not a number"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.edges", "a b heavy\n")]
    })
    cases.append(Case(name: "graph file: NaN weight", outcome: .error(["g.edges:2: weight 'nan' is not a finite non-negative number"])) { (dir: URL) throws -> [String] in
      ["communities", "--graph", try write(dir, "g.edges", "a b 1\nb c nan\n")]
    })
    cases.append(Case(name: "graph file: negative weight", outcome: .error(["g.tsv:1: weight '-2' is not a finite non-negative number"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.tsv", "a\tb\t-2\n")]
    })
    cases.append(Case(name: "graph file: duplicate edges and self-loops", outcome: .success(warnings: []), setup: { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.edges", "a b 1\nb a 5\nc c\nb c\n"), "--measure", "degree", "--format", "csv"]
    }, check: { String(decoding: $0, as: UTF8.self).hasPrefix("node,degree") }))
    cases.append(Case(name: "graph file: directory", outcome: .error(["is a directory, not a graph file"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", dir.path]
    })
    cases.append(Case(name: "graph file: unknown extension", outcome: .error(["unknown graph file type '.xlsx'"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.xlsx", "a b")]
    })
    cases.append(Case(name: "GraphML: DOCTYPE / external entity", outcome: .error(["g.graphml:2:", "<!DOCTYPE>"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>\n")]
    })
    cases.append(Case(name: "GraphML: unknown keys are ignored", outcome: .success(warnings: []), setup: { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"c\" for=\"node\" attr.name=\"color\"/><graph><node id=\"a\"><data key=\"c\">red</data><data key=\"zz\">?</data></node><edge source=\"a\" target=\"b\"/></graph></graphml>"), "--format", "csv", "--measure", "degree"]
    }, check: { String(decoding: $0, as: UTF8.self).contains("a,") }))
    cases.append(Case(name: "GraphML: malformed XML", outcome: .error(["g.graphml:3:", "not well-formed XML"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.graphml", "<graphml>\n<graph>\n<node id=\"a\"></graph>\n</graphml>\n")]
    })
    cases.append(Case(name: "GraphML: invalid UTF-8", outcome: .error(["g.graphml:2:", "invalid UTF-8 at byte"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.graphml", Array("<graphml>\n<graph><node id=\"".utf8) + [0xC3, 0x28] + Array("\"/></graph></graphml>".utf8))]
    })
    cases.append(Case(name: "GraphML: bad weight", outcome: .error(["g.graphml:3:", "edge weight 'x' is not a number"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.graphml", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/>\n<graph>\n<edge source=\"a\" target=\"b\"><data key=\"w\">x</data></edge></graph></graphml>")]
    })
    cases.append(Case(name: "netgraph JSON: dangling relation", outcome: .error(["g.json", "no entity has id 'e9'"])) { (dir: URL) throws -> [String] in
      ["centrality", "--graph", try write(dir, "g.json", "{\"entities\": [{\"id\": \"e1\", \"name\": \"a\", \"aliases\": [], \"mentions\": []}], \"relations\": [{\"source\": \"e1\", \"target\": \"e9\", \"evidence\": [], \"weight\": 1}]}")]
    })
    // Outputs
    cases.append(Case(name: "-o into a missing directory", outcome: .error(["missing/out.json", "does not exist"])) { (_: URL) throws -> [String] in
      ["extract", "-o", "missing/out.json"]
    })
    return cases
  }

  @Test("bad input gives a defined outcome", arguments: cases)
  func badInput(_ testCase: Case) throws {
    let dir = try CLIRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let arguments = try testCase.setup(dir)
    let before = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
    let result = try CLIRun.run(arguments, in: dir, timeout: 60)
    #expect(!result.timedOut, "hung")
    #expect(!result.signaled, "crashed: \(result.stderr)")
    #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtrac"))
    switch testCase.outcome {
    case .error(let fragments):
      #expect(result.status != 0)
      #expect(result.stdout.isEmpty)
      #expect(result.stderrLines.count == 1, "one-line error expected, got: \(result.stderr)")
      for fragment in fragments {
        #expect(result.stderr.contains(fragment), "\(fragment) not in: \(result.stderr)")
      }
    case .success(let warnings):
      #expect(result.status == 0, "stderr: \(result.stderr)")
      #expect(result.stderrLines.count == warnings.count, "stderr: \(result.stderr)")
      for (line, warning) in zip(result.stderrLines, warnings) {
        #expect(line.hasPrefix("netgraph: warning: ") && line.contains(warning), "\(line)")
      }
      if let check = testCase.check { #expect(check(result.stdout), "stdout: \(String(decoding: result.stdout.prefix(400), as: UTF8.self))") }
    }
    // No output file or temporary file appears on failure.
    if case .error = testCase.outcome {
      #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == before)
    }
  }

  @Test("every encoding gives the same network as UTF-8", arguments: ["utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "gb18030.txt"])
  func encodingsAgree(fixture: String) throws {
    func network(_ name: String) throws -> String {
      let result = try CLIRun.run(["extract", CLIRun.corpusFixture(name).path])
      #expect(result.status == 0, "\(result.stderr)")
      return String(decoding: result.stdout, as: UTF8.self).replacingOccurrences(of: name, with: "FILE")
    }
    let reference = try network("utf8.txt")
    #expect(try network(fixture) == reference)
    #expect(reference.contains("西北工业大学"))
  }

  @Test("--lossy works and warns once on every command that reads a corpus",
    arguments: [["extract"], ["centrality"], ["communities"], ["stats"], ["export", "--format", "json"], ["render", "--format", "dot"], ["report"]])
  func lossyEverywhere(_ arguments: [String]) throws {
    let file = CLIRun.corpusFixture("utf8-corrupted.txt").path
    let strict = try CLIRun.run(arguments + [file])
    #expect(strict.status != 0 && strict.stderr.contains("--lossy"))
    let lossy = try CLIRun.run(arguments + ["--lossy", file])
    #expect(lossy.status == 0, "\(lossy.stderr)")
    #expect(lossy.stderrLines.filter { $0.contains("replaced 3 invalid byte sequences") }.count == 1, "\(lossy.stderr)")
  }

  @Test("an interrupted -o run leaves no partial or temporary file (SIGINT at any moment)",
    arguments: [0.05, 0.2, 0.5, 1.0, 2.0])
  func interrupted(after delay: Double) throws {
    let dir = try CLIRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let corpus = try Self.bigCorpus(in: dir)
    let process = Process()
    process.executableURL = NetgraphProcess.binary
    process.arguments = ["export", "--format", "json", "-o", "out.json", corpus.path]
    process.currentDirectoryURL = dir
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names.allSatisfy { !$0.contains(".netgraph-") }, "\(names)")
    if names.contains("out.json") {
      // Either the run finished before the signal, and the file is complete…
      let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
      #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
    } else {
      // …or it was interrupted, and nothing was written.
      #expect(process.terminationReason == .uncaughtSignal || process.terminationStatus != 0)
    }
  }

  @Test("extract --sentences: invalid UTF-8 on stdin is an error naming the line, --lossy replaces and warns")
  func sentencesInvalidUTF8() throws {
    let input = Data([0x61, 0x0A] + [0x62, 0xFF, 0x63, 0x0A] + Array("西安高新区\r\n".utf8))
    let strict = try CLIRun.run(["extract", "--sentences"], input: input)
    #expect(strict.status != 0)
    #expect(strict.stderrLines.count == 1 && strict.stderr.contains("stdin:2: invalid UTF-8 at byte 1"), "\(strict.stderr)")
    let lossy = try CLIRun.run(["extract", "--sentences", "--lossy"], input: input)
    #expect(lossy.status == 0)
    let lines = String(decoding: lossy.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[3].isEmpty, "one line per input line: \(lines)")
    #expect(lines[2].contains("西安高新区"))
    #expect(lossy.stderr == "netgraph: warning: stdin: replaced 1 invalid byte sequence with U+FFFD\n")
  }

  @Test("extract --sentences answers each line before the next is sent (no deadlock for a driving tool)")
  func sentencesInteractive() throws {
    let process = Process()
    process.executableURL = NetgraphProcess.binary
    process.arguments = ["extract", "--sentences"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    var answers: [String] = []
    for line in ["西安高新区与清华大学合作\n", "今天天气很好\n"] {
      try input.fileHandleForWriting.write(contentsOf: Data(line.utf8))
      // Read one answer line while stdin is still open.
      final class Box: @unchecked Sendable { var data = Data() }
      let box = Box()
      let done = DispatchSemaphore(value: 0)
      DispatchQueue.global().async {
        while !box.data.contains(0x0A), let chunk = try? output.fileHandleForReading.read(upToCount: 1), !chunk.isEmpty {
          box.data.append(chunk)
        }
        done.signal()
      }
      #expect(done.wait(timeout: .now() + 60) == .success, "no answer to \(line) while stdin is open")
      answers.append(String(decoding: box.data, as: UTF8.self))
    }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(answers.count == 2 && answers[0].contains("清华大学") && answers[1] == "[]\n")
  }

  /// Large enough output that the writer meets the closed pipe (a pipe buffers 64 KiB).
  static func bigCorpus(in dir: URL) throws -> URL {
    let corpus = dir.appendingPathComponent("big")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let seeds = try FileManager.default.contentsOfDirectory(atPath: CLIRun.seeds.path).filter { $0.hasSuffix(".txt") }
    for copy in 0..<3 {
      for name in seeds {
        try FileManager.default.copyItem(at: CLIRun.seeds.appendingPathComponent(name), to: corpus.appendingPathComponent("\(copy)_\(name)"))
      }
    }
    return corpus
  }

  @Test("stdout closed early (| head -c 10) ends quietly with status 0",
    arguments: [["extract"], ["extract", "--format", "tsv"], ["export", "--format", "graphml"], ["render", "--format", "dot"]])
  func closedStdout(_ arguments: [String]) throws {
    let dir = try CLIRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let corpus = try Self.bigCorpus(in: dir)
    let result = try CLIRun.run(arguments + [corpus.path], readLimit: 10)
    #expect(result.stdout.count == 10)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.signaled)
    #expect(result.stderr.isEmpty)
  }

  @Test("extract --sentences with stdout closed early ends quietly")
  func closedStdoutSentences() throws {
    let lines = String(repeating: "西安高新区与西北工业大学签署合作协议。\n", count: 20_000)
    let result = try CLIRun.run(["extract", "--sentences"], input: Data(lines.utf8), readLimit: 10)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr.isEmpty)
  }
}
