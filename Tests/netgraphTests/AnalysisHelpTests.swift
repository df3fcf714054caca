import Foundation
import Testing

/// `--help` of the analysis commands names every measure, method and format it accepts.
@Suite struct AnalysisHelpTests {
  @Test(arguments: [
    (
      "centrality",
      ["--measure", "betweenness", "effective-size", "--top", "--by-kind", "--samples", "--weight", "--threads"]
    ),
    ("communities", ["--method", "louvain", "leiden", "lpa", "--resolution", "--seed", "--runs"]),
    ("stats", ["--format", "--kind", "--relation"]),
    ("report", ["--park", "--format", "markdown", "html", "-o, --output", "--thesaurus"]),
    ("entities", ["--kind", "--sort", "mentions", "degree", "--format", "--graph", "--thesaurus", "-o, --output"]),
  ])
  func helpListsOptions(_ command: String, _ expected: [String]) throws {
    let result = try NetgraphProcess.run([command, "--help"])
    #expect(result.status == 0)
    for text in expected {
      #expect(result.stdoutText.contains(text), "\(command) --help lacks \(text)")
    }
    #expect(result.stdoutText.contains("Example"))
  }
}
