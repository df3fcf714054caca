import Foundation
import Testing

@testable import NetGraph

@Suite("GraphFileReader")
struct GraphFileReaderTests {
  @Test("missing file, dangling link, directory and FIFO are clear errors")
  func notFiles() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    #expect(throws: GraphFileError.missing(dir.file("none.edges"))) {
      try GraphFileReader.read(path: dir.file("none.edges"), directed: false)
    }
    try FileManager.default.createSymbolicLink(atPath: dir.file("l.edges"), withDestinationPath: dir.file("x"))
    #expect(throws: GraphFileError.notAFile(path: dir.file("l.edges"), kind: "dangling symbolic link")) {
      try GraphFileReader.read(path: dir.file("l.edges"), directed: false)
    }
    #expect(throws: GraphFileError.notAFile(path: dir.path, kind: "directory")) {
      try GraphFileReader.read(path: dir.path, directed: false)
    }
    #expect(mkfifo(dir.file("p.edges"), 0o644) == 0)
    #expect(throws: GraphFileError.notAFile(path: dir.file("p.edges"), kind: "named pipe (FIFO)")) {
      try GraphFileReader.read(path: dir.file("p.edges"), directed: false)
    }
  }

  @Test("unknown extension is an error listing the known ones")
  func unknownExtension() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let file = try dir.write("g.xlsx", "a b")
    #expect(throws: GraphFileError.unsupportedExtension(path: file, ext: "xlsx")) {
      try GraphFileReader.read(path: file, directed: false)
    }
  }

  @Test("extension picks the reader, case-insensitively; GB18030 edge lists decode")
  func dispatch() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let edges = try dir.write("g.EDGES", Array("西安 北京 2\n".data(using: .utf8)!))
    #expect(try GraphFileReader.read(path: edges, directed: false).relations.count == 1)
    // 中关村 高新区 in GB18030 (from Python: "中关村 高新区\n".encode("gb18030")).
    let gb = try dir.write("gb.tsv", [0xD6, 0xD0, 0xB9, 0xD8, 0xB4, 0xE5, 0x20, 0xB8, 0xDF, 0xD0, 0xC2, 0xC7, 0xF8, 0x0A])
    #expect(try GraphFileReader.read(path: gb, directed: false).entities.map(\.name) == ["中关村", "高新区"])
    let graphml = try dir.write("g.graphml", "<graphml><graph><edge source=\"a\" target=\"b\"/></graph></graphml>")
    #expect(try GraphFileReader.read(path: graphml, directed: true).isDirected)
  }

  @Test("netgraph JSON reads back; broken JSON names the problem")
  func json() throws {
    let dir = try ScratchDirectory()
    defer { dir.cleanup() }
    let network = InnovationNetwork(
      entities: [Entity(id: EntityID("e1"), name: "甲", kind: .park), Entity(id: EntityID("e2"), name: "乙", kind: .enterprise)],
      relations: [Relation(source: EntityID("e2"), target: EntityID("e1"), kind: .location)])
    let file = dir.file("n.json")
    try JSONEncoder().encode(network).write(to: URL(fileURLWithPath: file))
    #expect(try GraphFileReader.read(path: file, directed: false) == network)
    let broken = try dir.write("b.json", "{\"entities\": [")
    #expect(throws: GraphFileError.invalid(path: broken, reason: "not netgraph JSON (malformed JSON); produce it with 'netgraph extract --format json'")) {
      try GraphFileReader.read(path: broken, directed: false)
    }
    let dangling = try dir.write("d.json", "{\"entities\": [], \"relations\": [{\"source\": \"e1\", \"target\": \"e2\", \"evidence\": [], \"weight\": 1}]}")
    #expect(throws: GraphFileError.invalid(path: dangling, reason: "relations[0]: no entity has id 'e1'; every source and target must be an entity id")) {
      try GraphFileReader.read(path: dangling, directed: false)
    }
    let twice = try dir.write("t.json", "{\"entities\": [{\"id\": \"e1\", \"name\": \"a\", \"aliases\": [], \"mentions\": []}, {\"id\": \"e1\", \"name\": \"b\", \"aliases\": [], \"mentions\": []}], \"relations\": []}")
    #expect(throws: GraphFileError.invalid(path: twice, reason: "entities[1]: id 'e1' is used twice; ids must be unique")) {
      try GraphFileReader.read(path: twice, directed: false)
    }
    let negative = try dir.write("n2.json", "{\"entities\": [{\"id\": \"e1\", \"name\": \"a\", \"aliases\": [], \"mentions\": []}], \"relations\": [{\"source\": \"e1\", \"target\": \"e1\", \"evidence\": [], \"weight\": -1}]}")
    #expect(throws: GraphFileError.invalid(path: negative, reason: "relations[0]: weight -1.0 is not a finite non-negative number")) {
      try GraphFileReader.read(path: negative, directed: false)
    }
    let wrong = try dir.write("w.json", "{\"entities\": []}")
    #expect(throws: GraphFileError.invalid(path: wrong, reason: "not netgraph JSON (missing key 'relations' at top level); produce it with 'netgraph extract --format json'")) {
      try GraphFileReader.read(path: wrong, directed: false)
    }
  }
}
