import Testing

@testable import NetGraph

@Suite struct CSVWriterTests {
  @Test func writesNodesAndEdgesTables() throws {
    let files = try CSVWriter().files(for: SampleNetwork.make())
    #expect(files.map(\.name) == ["nodes.csv", "edges.csv"])
    #expect(
      files[0].contents.hasPrefix(
        "id,name,kind,aliases,mentions\r\ne1,西安高新区,park,西安高新技术产业开发区,0\r\n"))
    #expect(
      files[1].contents.hasPrefix(
        "id,source,target,kind,directed,weight,evidence,sentence,basis\r\nr1,e1,e2,cooperation,false,2.0,2,西安高新区与西安交通大学签约。,stated\r\n"
      ))
  }

  @Test func hostileTablesParseBackWithAnRFC4180Reader() throws {
    let network = HostileNetwork.make()
    let files = try CSVWriter().files(for: network)
    let nodes = try #require(CSVTestParser.parse(files[0].contents))
    #expect(nodes.count == network.entities.count + 1)
    #expect(nodes.dropFirst().map { $0[1] } == network.entities.map(\.name))
    #expect(nodes.allSatisfy { $0.count == 5 })
    #expect(nodes[9][2] == "")  // untyped
    #expect(nodes[1][3] == "alias； with semicolon;别名 \"q\";<a&b>")
    let edges = try #require(CSVTestParser.parse(files[1].contents))
    #expect(edges.count == network.relations.count + 1)
    #expect(edges.allSatisfy { $0.count == 9 })
    #expect(edges.dropFirst().map { Double($0[5]) } == network.relations.map(\.weight))
    #expect(edges[1][7] == network.relations[0].evidence[0].sentence)
  }
}
