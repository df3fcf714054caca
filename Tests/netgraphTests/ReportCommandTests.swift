import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct ReportCommandTests {
  @Test func htmlReportOnSeedsIsSelfContained() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try NetgraphProcess.run(["report", "-o", "r.html"], in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let html = try String(contentsOf: directory.appendingPathComponent("r.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for heading in ["Data", "Structure", "Central entities", "Brokers", "Communities", "Diagram", "Methods"] {
      #expect(html.contains("<h2>\(heading)</h2>"), "missing section \(heading)")
    }
    #expect(html.contains("<svg"))
    #expect(!html.contains("src=\"http"))  // nothing fetched from elsewhere
    let again = try NetgraphProcess.run(["report", "-o", "r2.html"], in: directory)
    #expect(again.status == 0)
    #expect(try Data(contentsOf: directory.appendingPathComponent("r2.html")) == Data(html.utf8))
  }

  @Test func markdownReportOnAGraphFile() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try CentralityCommandTests.karateEdgeList(in: directory)
    let result = try NetgraphProcess.run(["report", "--graph", graph])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdoutText.hasPrefix("# Innovation network:"))
    #expect(result.stdoutText.contains("data:image/svg+xml;base64,"))
    #expect(result.stdoutText.contains("| 1 | 33 |"))  // karate's hub tops the degree table
  }

  @Test func parkReportNamesThePark() throws {
    let result = try NetgraphProcess.run(["report", "--park", "西安", "--format", "markdown"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdoutText.hasPrefix("# Innovation network: 西安"))
    #expect(result.stdoutText.contains("西安高新区"))
  }

  @Test func unknownParkFails() throws {
    let result = try NetgraphProcess.run(["report", "--park", "不存在的园区"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
  }
}
