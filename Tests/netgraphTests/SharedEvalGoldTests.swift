import Foundation
import Testing

/// Extraction accuracy on real text: `netgraph extract` scored by `../shared/eval/score.py`
/// against the hand-checked gold of the bundled seeds and of 45 real news passages
/// (`dev-news/`). The texts stay outside the project (CI has `../shared/eval` beside the
/// checkout; `NETGRAPH_EVAL_DIR` points elsewhere). Floors sit a little below the measured
/// figures (README, "Extraction accuracy"), so a regression fails the suite.
@Suite(.serialized) struct SharedEvalGoldTests {
  /// Floors for one gold set: typed entity F1, typed core recall, typed relation F1.
  struct Floors {
    var entityF1: Double
    var coreRecall: Double
    var relationF1: Double
    /// Per entity kind: typed F1.
    var kinds: [String: Double] = [:]
  }

  static var evalDirectory: URL {
    if let path = ProcessInfo.processInfo.environment["NETGRAPH_EVAL_DIR"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return NetgraphProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")
  }

  @Test func seedsGold() throws {
    let report = try score(gold: "seeds-gold.json", corpus: [])
    try check(report, against: Floors(
      entityF1: 0.765, coreRecall: 0.89, relationF1: 0.42,
      kinds: ["park": 0.88, "university": 0.83, "institute": 0.77, "enterprise": 0.78, "government": 0.76, "platform": 0.65]))
  }

  @Test func devNewsGold() throws {
    let texts = Self.evalDirectory.appendingPathComponent("dev-news/texts").path
    let report = try score(gold: "dev-news/gold.json", corpus: [texts])
    try check(report, against: Floors(
      entityF1: 0.83, coreRecall: 0.865, relationF1: 0.33,
      kinds: ["park": 0.865, "university": 0.89, "institute": 0.78, "enterprise": 0.85, "government": 0.87, "platform": 0.73]))
  }

  // MARK: - Support

  /// Runs extract on `corpus` (the bundled seeds when empty) and the scorer; prints its table.
  private func score(gold: String, corpus: [String]) throws -> String {
    let eval = Self.evalDirectory
    let scorer = eval.appendingPathComponent("score.py")
    try #require(
      FileManager.default.fileExists(atPath: scorer.path),
      "the shared evaluation set is missing at \(eval.path): check out ../shared beside the project or set NETGRAPH_EVAL_DIR")
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let prediction = directory.appendingPathComponent("pred.json")
    let extract = try NetgraphProcess.run(["extract", "--format", "json", "-o", prediction.path] + corpus)
    try #require(extract.status == 0, "extract failed: \(extract.stderr)")

    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", scorer.path, eval.appendingPathComponent(gold).path, prediction.path]
    let out = Pipe()
    python.standardOutput = out
    python.standardError = out
    try python.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    try #require(python.terminationStatus == 0, "score.py failed: \(text)")
    print("== \(gold)\n\(text)")
    return text
  }

  private func check(_ report: String, against floors: Floors) throws {
    let last = try #require(report.split(separator: "\n").last.map(String.init))
    var figures: [String: Double] = [:]
    for field in last.split(separator: " ") {
      let pair = field.split(separator: "=")
      if pair.count == 2, let value = Double(pair[1]) { figures[String(pair[0])] = value }
    }
    #expect((figures["entityF1"] ?? 0) >= floors.entityF1, "\(last)")
    #expect((figures["coreRecall"] ?? 0) >= floors.coreRecall, "\(last)")
    #expect((figures["relationF1"] ?? 0) >= floors.relationF1, "\(last)")
    // Per-kind rows of the ENTITIES table: `  park   gold pred tp |  P R F1`.
    var entitySection = false
    for line in report.split(separator: "\n") {
      if line.hasPrefix("ENTITIES") { entitySection = true; continue }
      if line.hasPrefix("RELATIONS") { break }
      guard entitySection else { continue }
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard let name = fields.first.map(String.init), let floor = floors.kinds[name], let f1 = fields.last.flatMap({ Double($0) })
      else { continue }
      #expect(f1 >= floor, "entity kind \(name): F1 \(f1) below the floor \(floor)")
    }
  }
}
