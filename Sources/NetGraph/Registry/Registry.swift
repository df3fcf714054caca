import Foundation

/// The bundled registries (`Resources/Registries`): parks, universities, research institutes,
/// listed companies and VC/PE head words, each a TSV rebuilt by a script in `Scripts/registries`.
public struct Registry: Sendable {
  public var parks: ParkRegistry
  public var universities: [UniversityRecord]
  public var institutes: [InstituteRecord]
  public var companies: [CompanyRecord]
  public var vcHeads: [VCHeadWord]

  /// The directory of bundled registries.
  public static var bundledDirectory: URL? {
    Bundle.module.bundleURL.appendingPathComponent("Resources/Registries")
  }

  /// Loads every registry from `directory` (default: the bundled one).
  /// - Throws: `RegistryError` naming the file and line at fault.
  /// - Complexity: O(total size of the files).
  public static func load(from directory: URL? = nil) throws -> Registry {
    guard let directory = directory ?? bundledDirectory else {
      throw RegistryError.missingFile("Resources/Registries")
    }
    let parks = try ParkRegistry.load(from: directory)

    var universities: [UniversityRecord] = []
    var ids = Set<String>()
    let universityTable = try RegistryTable("universities.tsv", in: directory, columns: 6, required: [0, 1])
    for line in universityTable.lines {
      let f = line.fields
      guard ids.insert(f[0]).inserted else {
        throw RegistryError.duplicateID(file: universityTable.file, line: line.number, id: f[0])
      }
      universities.append(UniversityRecord(
        id: f[0], name: f[1], province: f[2], city: f[3], level: f[4],
        forms: [f[1]] + RegistryTable.list(f[5]).filter { $0 != f[1] }))
    }

    var institutes: [InstituteRecord] = []
    for line in try RegistryTable("institutes.tsv", in: directory, columns: 3, required: [0]).lines {
      let f = line.fields
      institutes.append(InstituteRecord(name: f[0], parent: f[1], forms: [f[0]] + RegistryTable.list(f[2]).filter { $0 != f[0] }))
    }

    var companies: [CompanyRecord] = []
    ids = []
    let exchanges = ["SSE", "SZSE", "BSE", "HKEX"]
    let companyTable = try RegistryTable("companies.tsv", in: directory, columns: 5, required: [0, 1, 2])
    for line in companyTable.lines {
      let f = line.fields
      guard exchanges.contains(f[1]) else {
        throw RegistryError.badValue(file: companyTable.file, line: line.number, value: f[1], allowed: exchanges)
      }
      guard ids.insert(f[0]).inserted else {
        throw RegistryError.duplicateID(file: companyTable.file, line: line.number, id: f[0])
      }
      companies.append(CompanyRecord(
        code: f[0], exchange: f[1], shortName: f[2], fullName: f[3],
        forms: [f[2]] + RegistryTable.list(f[4]).filter { $0 != f[2] }))
    }

    var heads: [VCHeadWord] = []
    let headTable = try RegistryTable("vc-heads.tsv", in: directory, columns: 3, required: [0, 1, 2])
    for line in headTable.lines {
      let f = line.fields
      guard f[1] == "fund" else {
        throw RegistryError.badValue(file: headTable.file, line: line.number, value: f[1], allowed: ["fund"])
      }
      guard f[2] == "strong" || f[2] == "weak" else {
        throw RegistryError.badValue(file: headTable.file, line: line.number, value: f[2], allowed: ["strong", "weak"])
      }
      heads.append(VCHeadWord(surface: f[0], isStrong: f[2] == "strong"))
    }
    return Registry(parks: parks, universities: universities, institutes: institutes, companies: companies, vcHeads: heads)
  }
}
