import Testing

@testable import NetGraph

@Suite struct Neo4jWriterTests {
  @Test func usesTheImportHeaderFormat() throws {
    let files = try Neo4jWriter().files(for: SampleNetwork.make())
    #expect(files.map(\.name) == ["nodes.csv", "relationships.csv"])
    let nodes = try #require(CSVTestParser.parse(files[0].contents))
    #expect(nodes[0] == ["id:ID", "name", "kind", "aliases:string[]", "mentions:int", ":LABEL"])
    #expect(nodes[1] == ["e1", "西安高新区", "park", "西安高新技术产业开发区", "0", "Entity;Park"])
    let relationships = try #require(CSVTestParser.parse(files[1].contents))
    #expect(
      relationships[0] == [
        ":START_ID", ":END_ID", ":TYPE", "id", "kind", "directed:boolean", "weight:double",
        "evidence:int", "sentence", "basis",
      ])
    #expect(relationships[3].prefix(6) == ["e4", "e1", "LOCATION", "r3", "location", "true"])
  }

  @Test func labelsAndTypesForEveryKind() {
    #expect(
      EntityKind.allCases.map(Neo4jWriter.label(for:)) == [
        "Park", "University", "Institute", "Enterprise", "Fund", "Government", "Platform",
      ])
    #expect(Neo4jWriter.type(for: .cooperation) == "COOPERATION")
    #expect(Neo4jWriter.type(for: nil) == "RELATED")
  }

  @Test func untypedNodesAreEntitiesOnly() throws {
    let files = try Neo4jWriter().files(for: HostileNetwork.make())
    let nodes = try #require(CSVTestParser.parse(files[0].contents))
    #expect(nodes[9].last == "Entity")
    #expect(nodes.dropFirst().map { $0[1] } == HostileNetwork.names)
    let relationships = try #require(CSVTestParser.parse(files[1].contents))
    #expect(relationships[8][2] == "RELATED")
  }
}
