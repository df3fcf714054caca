import Foundation
import Testing

@testable import NetGraph

@Suite("CorpusLoader")
struct CorpusLoaderTests {
  @Test("missing path is an error naming it")
  func missingPath() throws {
    #expect(throws: CorpusError.missingPath("/nonexistent/x.txt")) {
      try CorpusLoader.load(paths: ["/nonexistent/x.txt"])
    }
  }

  @Test("dangling symlink, given directly or inside a directory, is an error")
  func danglingSymlink() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let link = dir.file("gone.txt")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir.file("nothing"))
    #expect(throws: CorpusError.danglingSymlink(link)) { try CorpusLoader.load(paths: [link]) }
    #expect(throws: CorpusError.danglingSymlink(link)) { try CorpusLoader.load(paths: [dir.path]) }
  }

  @Test("a FIFO is refused without blocking on it")
  func fifo() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let fifo = dir.file("pipe.txt")
    #expect(mkfifo(fifo, 0o644) == 0)
    let expected = CorpusError.notRegularFile(path: fifo, kind: "named pipe (FIFO)")
    #expect(throws: expected) { try CorpusLoader.load(paths: [fifo]) }
    #expect(throws: expected) { try CorpusLoader.load(paths: [dir.path]) }
  }

  @Test("a directory named *.txt inside a corpus directory is unreadable as text")
  func directoryNamedTxt() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    try dir.write("a.txt", "西安高新区。")
    try FileManager.default.createDirectory(atPath: dir.file("b.txt"), withIntermediateDirectories: false)
    #expect(throws: CorpusError.notRegularFile(path: dir.file("b.txt"), kind: "directory")) {
      try CorpusLoader.load(paths: [dir.path])
    }
  }

  @Test("a file without read permission is an error (skipped as root, who can read anything)",
    .enabled(if: getuid() != 0))
  func noPermission() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write("secret.txt", "文本")
    chmod(file, 0)
    #expect(throws: CorpusError.unreadable(path: file, reason: "Permission denied")) {
      try CorpusLoader.load(paths: [file])
    }
  }

  @Test("a directory without *.txt files is an error")
  func noTextFiles() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    try dir.write("notes.md", "# 标题")
    try dir.write(".hidden.txt", "隐藏")
    #expect(throws: CorpusError.noTextFiles(directory: dir.path)) {
      try CorpusLoader.load(paths: [dir.path])
    }
  }

  @Test("directory files are read in name order, *.TXT included, others and dotfiles skipped")
  func directoryListing() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    try dir.write("b.txt", "乙")
    try dir.write("a.TXT", "甲")
    try dir.write("c.md", "丙")
    try dir.write("._a.txt", [0x00, 0x05, 0x16, 0x07])  // macOS AppleDouble: binary, skipped
    let corpus = try CorpusLoader.load(paths: [dir.path])
    #expect(corpus.documents.map(\.fileName) == ["a.TXT", "b.txt"])
    #expect(corpus.documents.map { $0.text(0..<$0.scalars.count) } == ["甲", "乙"])
  }

  @Test("the same file given twice (also via a symlink) is read once")
  func sameFileTwice() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write("a.txt", "甲")
    let sub = dir.file("sub")
    try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(atPath: sub + "/a.txt", withDestinationPath: file)
    let corpus = try CorpusLoader.load(paths: [file, dir.path, sub + "/a.txt"])
    #expect(corpus.documents.count == 1)
  }

  @Test("two different files with the same base name are an error")
  func duplicateNames() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    for sub in ["x", "y"] {
      try FileManager.default.createDirectory(atPath: dir.file(sub), withIntermediateDirectories: false)
      try dir.write("\(sub)/a.txt", "内容\(sub)")
    }
    #expect(throws: CorpusError.duplicateFileName(name: "a.txt", first: dir.file("x/a.txt"), second: dir.file("y/a.txt"))) {
      try CorpusLoader.load(paths: [dir.file("x"), dir.file("y")])
    }
  }

  @Test("an empty file named on the command line is an error")
  func explicitEmptyFile() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let empty = try dir.write("empty.txt", [0xEF, 0xBB, 0xBF])
    #expect(throws: CorpusError.emptyFile(empty)) { try CorpusLoader.load(paths: [empty]) }
  }

  @Test("an empty file inside a directory gives an empty document and a warning, not an error")
  func emptyFile() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let empty = try dir.write("empty.txt", [])
    try dir.write("full.txt", "文本")
    let corpus = try CorpusLoader.load(paths: [dir.path])
    #expect(corpus.documents.map(\.fileName) == ["empty.txt", "full.txt"])
    #expect(corpus.documents[0].scalars.isEmpty)
    #expect(corpus.warnings == [.emptyFile(path: empty)])
  }

  @Test("undecodable bytes fail the load; --lossy loads with a warning")
  func lossyPropagates() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write("bad.txt", Array("西安高新区".utf8) + [0xFF] + Array("。".utf8))
    #expect(throws: CorpusError.undecodable(path: file, byteOffset: 15, encoding: .utf8)) {
      try CorpusLoader.load(paths: [dir.path])
    }
    let corpus = try CorpusLoader.load(paths: [dir.path], lossy: true)
    #expect(corpus.documents[0].text(0..<corpus.documents[0].scalars.count) == "西安高新区\u{FFFD}。")
    #expect(corpus.warnings == [.replacedInvalidBytes(path: file, encoding: .utf8, count: 1, firstByteOffset: 15)])
  }

  @Test("a binary file stops the load with its name")
  func binaryFile() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write("img.txt", [0x89, 0x50, 0x4E, 0x47, 0x00])
    #expect(throws: CorpusError.binaryFile(path: file, byteOffset: 4)) {
      try CorpusLoader.load(paths: [file])
    }
  }

  @Test("GB18030 and UTF-16 files mix with UTF-8 in one corpus")
  func mixedEncodings() throws {
    let names = ["utf8.txt", "gb18030.txt", "utf16be-bom.txt"]
    let corpus = try CorpusLoader.load(paths: names.map(CorpusFixtures.path))
    let texts = corpus.documents.map { $0.text(0..<$0.scalars.count) }
    #expect(Set(texts).count == 1)
    #expect(texts[0] == CorpusFixtures.expected["utf8.txt"]!["text"] as! String)
  }

  @Test("the bundled corpus loads without warnings")
  func bundled() throws {
    let corpus = try CorpusLoader.load(paths: [])
    #expect(corpus.documents.count >= 5)
    #expect(corpus.warnings.isEmpty)
  }

  @Test("every error message says what, where and what to do")
  func messages() {
    let errors: [CorpusError] = [
      .missingPath("p"), .danglingSymlink("p"), .notRegularFile(path: "p", kind: "directory"),
      .unreadable(path: "p", reason: "r"), .emptyFile("p"), .binaryFile(path: "p", byteOffset: 1),
      .undecodable(path: "p", byteOffset: 1, encoding: .utf8),
      .unsupportedEncoding(path: "p", encoding: "UTF-32"), .noTextFiles(directory: "p"),
      .duplicateFileName(name: "a", first: "p", second: "q"),
    ]
    for error in errors {
      #expect(error.description.hasPrefix("p"))
      #expect(error.description.contains("; "), "\(error) has no way out")
      #expect(!error.description.contains("\n"))
    }
  }
}
