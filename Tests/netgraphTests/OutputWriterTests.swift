import Foundation
import Testing

@testable import netgraph

@Suite("OutputWriter")
struct OutputWriterTests {
  /// A fresh directory under the system temporary directory.
  static func scratch() throws -> String {
    var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("netgraph-out-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    return String(cString: made)
  }

  static func listing(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
  }

  @Test("-o writes the bytes, replaces an existing file, leaves no temporary file")
  func writes() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.json"
    try OutputWriter.write(Data("first".utf8), to: path)
    try OutputWriter.write(Data("second".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
    #expect(Self.listing(dir) == ["out.json"])
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
    let mask = umask(0)
    umask(mask)
    #expect(mode == 0o666 & ~Int(mask))
  }

  @Test("-o into a missing directory fails and creates nothing")
  func missingDirectory() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/missing/out.svg"
    #expect(throws: OutputError.self) { try OutputWriter.write(Data("x".utf8), to: path) }
    #expect(Self.listing(dir).isEmpty)
    do {
      try OutputWriter.write(Data("x".utf8), to: path)
    } catch {
      #expect("\(error)" == "\(path): directory \(dir)/missing does not exist; create it first or choose another -o path")
    }
  }

  @Test("-o naming a directory fails without touching it")
  func directoryTarget() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(throws: OutputError.self) { try OutputWriter.write(Data("x".utf8), to: dir) }
    #expect(Self.listing(dir).isEmpty)
  }

  @Test("a write failing mid-way (disk full) leaves the old file intact and no partial file")
  func failureMidway() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/graph.svg"
    try OutputWriter.write(Data("old complete output".utf8), to: path)
    let big = Data(repeating: 0x41, count: 1 << 20)
    var calls = 0
    // Writes 64 KiB per call, then fails on the third call as a full disk would.
    let failing: OutputWriter.ChunkWriter = { fd, bytes in
      calls += 1
      if calls == 3 {
        errno = ENOSPC
        return -1
      }
      return Glibc.write(fd, bytes.baseAddress, min(bytes.count, 1 << 16))
    }
    #expect(throws: OutputError.self) { try OutputWriter.writeAtomically(big, to: path, using: failing) }
    #expect(calls == 3)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old complete output")
    #expect(Self.listing(dir) == ["graph.svg"])
    // Without an old file, nothing at all is left.
    calls = 0
    #expect(throws: OutputError.self) { try OutputWriter.writeAtomically(big, to: dir + "/new.svg", using: failing) }
    #expect(Self.listing(dir) == ["graph.svg"])
  }

  @Test("directory output is written whole and replaces an old directory")
  func directoryOutput() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let target = dir + "/csv"
    try OutputWriter.writeDirectory([("nodes.csv", Data("a".utf8)), ("edges.csv", Data("b".utf8))], to: target)
    #expect(Self.listing(target) == ["edges.csv", "nodes.csv"])
    try OutputWriter.writeDirectory([("nodes.csv", Data("c".utf8))], to: target)
    #expect(Self.listing(target) == ["nodes.csv"])
    #expect(try String(contentsOfFile: target + "/nodes.csv", encoding: .utf8) == "c")
    #expect(Self.listing(dir) == ["csv"])
    #expect(throws: OutputError.self) {
      try OutputWriter.writeDirectory([("n.csv", Data())], to: dir + "/missing/csv")
    }
    #expect(Self.listing(dir) == ["csv"])
  }
}
