import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct RenderCommandTests {
  @Test func mainJobFromAnotherDirectoryWritesParsableSVG() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try NetgraphProcess.run(["render", "--park", "西安", "-o", "g.svg", "--summary"], in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let svg = try Data(contentsOf: directory.appendingPathComponent("g.svg"))
    #expect(XMLParser(data: svg).parse())
    let text = String(decoding: svg, as: UTF8.self)
    #expect(text.contains("西安高新区"))
    #expect(text.contains("Noto Sans CJK SC"))
    #expect(result.stderr.contains("entities"))
    // Only the final file is left behind: no temporary files.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["g.svg"])
  }

  @Test func svgGoesToStdoutByDefault() throws {
    let result = try NetgraphProcess.run(["render", "--park", "西安"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdoutText.contains("<svg"))
  }

  @Test func unknownParkFailsAndListsParks() throws {
    let result = try NetgraphProcess.run(["render", "--park", "不存在"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no park matches '不存在'"))
    #expect(result.stderr.contains("西安高新区"))
  }

  @Test func badInputLeavesNoPartialFile() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let binary = directory.appendingPathComponent("binary.txt")
    try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: binary)
    for (path, expected) in [("missing.txt", "missing.txt"), (empty.path, "empty.txt"), (binary.path, "binary.txt")] {
      let result = try NetgraphProcess.run(["render", path, "-o", "out.svg"], in: directory)
      #expect(result.status != 0)
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1, "one-line error expected, got: \(result.stderr)")
      #expect(result.stderr.contains(expected))
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.svg").path))
    }
  }

  @Test func exportedDOTIsAcceptedByGraphvizCLI() throws {
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try NetgraphProcess.run(["export", "--format", "dot", "-o", "seeds.dot"], in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let dot = Process()
    dot.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    dot.arguments = [
      "-Tsvg", "-o", directory.appendingPathComponent("seeds.svg").path,
      directory.appendingPathComponent("seeds.dot").path,
    ]
    try dot.run()
    dot.waitUntilExit()
    #expect(dot.terminationStatus == 0)
    let svg = try Data(contentsOf: directory.appendingPathComponent("seeds.svg"))
    #expect(XMLParser(data: svg).parse())
  }

  @Test func pngRenders() throws {
    let result = try NetgraphProcess.run(["render", "--park", "西安", "--format", "png"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func outputToAFIFOWritesIntoItAndKeepsTheNode() throws {
    // -o /dev/null or a FIFO must be written in place, never replaced by a renamed file.
    let directory = try NetgraphProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("pipe.svg").path
    #expect(mkfifo(fifo, 0o600) == 0)
    final class Box: @unchecked Sendable { var data = Data() }
    let received = Box()
    let reader = Thread {
      if let handle = FileHandle(forReadingAtPath: fifo) { received.data = handle.readDataToEndOfFile() }
    }
    reader.start()
    let result = try NetgraphProcess.run(["render", "--park", "西安", "-o", fifo])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    while !reader.isFinished { usleep(10_000) }
    var info = stat()
    #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(String(decoding: received.data, as: UTF8.self).contains("<svg"))
  }

  @Test func communityColoursAndCentralitySizesOnTheSeeds() throws {
    let result = try NetgraphProcess.run(["render", "--color-by", "community", "--size-by", "betweenness"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(XMLParser(data: result.stdout).parse())
    #expect(result.stdoutText.contains("社区 1"))
    // The whole-network view drops isolated entities unless asked to keep them.
    let kept = try NetgraphProcess.run(["render", "--keep-isolated", "--format", "dot", "--no-layout"])
    let dropped = try NetgraphProcess.run(["render", "--format", "dot", "--no-layout"])
    let count = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("  \"e") && !$0.contains("->") }.count }
    #expect(count(kept.stdoutText) > count(dropped.stdoutText))
  }

  @Test func impossibleRequestsFailFast() throws {
    let result = try NetgraphProcess.run(["render", "--kind", "fund", "--relation", "incubation", "--min-weight", "99"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("nothing to draw"))
  }
}
