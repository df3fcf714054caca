import Foundation
import Testing

@testable import NetGraph

/// Registry columns: present in every table and graph format once a park is linked, absent
/// (output unchanged) otherwise.
@Suite struct RegistryExportTests {
  static func linked() -> InnovationNetwork {
    var network = SampleNetwork.make()
    network.entities[0].registry = RegistryLink(
      id: "hitech-610100", name: "西安高新技术产业开发区", level: "national-hitech", province: "陕西省", city: "西安市")
    return network
  }

  @Test func csvAndNeo4jAddRegistryColumns() throws {
    let csv = try CSVWriter().files(for: Self.linked())[0].contents
    #expect(csv.hasPrefix("id,name,kind,aliases,mentions,registry_id,province,city\r\ne1,西安高新区,park,西安高新技术产业开发区,0,hitech-610100,陕西省,西安市\r\n"))
    let rows = try #require(CSVTestParser.parse(csv))
    #expect(rows.allSatisfy { $0.count == 8 })
    #expect(rows[2].suffix(3) == ["", "", ""])
    let neo4j = try Neo4jWriter().files(for: Self.linked())[0].contents
    #expect(neo4j.hasPrefix("id:ID,name,kind,aliases:string[],mentions:int,registry_id,province,city,:LABEL\r\n"))
    #expect(neo4j.contains(",hitech-610100,陕西省,西安市,Entity;Park\r\n"))
  }

  @Test func graphMLAndGEXFAddRegistryAttributes() throws {
    let graphml = try GraphMLWriter().string(for: Self.linked())
    #expect(graphml.contains("<key id=\"d9\" for=\"node\" attr.name=\"registry_id\" attr.type=\"string\"/>"))
    #expect(graphml.contains("<data key=\"d9\">hitech-610100</data>"))
    #expect(graphml.contains("<data key=\"d10\">陕西省</data>"))
    let gexf = try GEXFWriter().string(for: Self.linked())
    #expect(gexf.contains("<attribute id=\"province\" title=\"province\" type=\"string\"/>"))
    #expect(gexf.contains("for=\"city\" value=\"西安市\""))
  }

  @Test func unlinkedNetworksAreWrittenAsBefore() throws {
    let plain = SampleNetwork.make()
    #expect(!(try CSVWriter().files(for: plain)[0].contents).contains("registry_id"))
    #expect(!(try GraphMLWriter().string(for: plain)).contains("registry_id"))
    #expect(!(try GEXFWriter().string(for: plain)).contains("registry_id"))
    #expect(!(try Neo4jWriter().files(for: plain)[0].contents).contains("registry_id"))
  }

  @Test func parkFilterMatchesRegistryNamesAndForms() throws {
    let network = Self.linked()
    #expect(try ParkFilter("西安高新技术产业开发区").apply(to: network).entities.first?.name == "西安高新区")
    let parks = try ParkRegistry.load()
    #expect(try ParkFilter("西安国家高新区", registry: parks).apply(to: network).entities.first?.name == "西安高新区")
    #expect(throws: QueryError.self) { try ParkFilter("西安国家高新区").apply(to: SampleNetwork.make()) }
  }
}
