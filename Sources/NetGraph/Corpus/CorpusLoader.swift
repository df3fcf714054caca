import Foundation

/// Reads corpus files and directories into a `Corpus`.
public enum CorpusLoader {
  /// Loads `paths` (files, or directories whose `*.txt` files are read in name order).
  /// An empty list loads the bundled seeds corpus.
  /// - Throws: `CorpusError` naming the offending path.
  public static func load(paths: [String]) throws -> Corpus {
    if paths.isEmpty { return try bundled() }
    var documents: [Document] = []
    for path in paths {
      for file in try textFiles(at: path) {
        documents.append(try document(at: file))
      }
    }
    return Corpus(documents: documents)
  }

  /// The five seed files shipped with NetGraph.
  public static func bundled() throws -> Corpus {
    guard let directory = bundledDirectory else { throw CorpusError.bundledCorpusMissing }
    return try load(paths: [directory.path])
  }

  /// Directory holding the bundled seeds inside the resource bundle.
  public static var bundledDirectory: URL? {
    guard case let url = Bundle.module.bundleURL.appendingPathComponent("seeds"),
      FileManager.default.fileExists(atPath: url.path)
    else { return nil }
    return url
  }

  /// Reads and decodes one file.
  public static func document(at path: String) throws -> Document {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw CorpusError.unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    let text = try TextDecoder.decode(data, path: path)
    return Document(fileName: (path as NSString).lastPathComponent, text: text)
  }

  private static func textFiles(at path: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CorpusError.missingPath(path)
    }
    guard isDirectory.boolValue else { return [path] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw CorpusError.unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    let files = names.filter { $0.lowercased().hasSuffix(".txt") }.sorted()
    if files.isEmpty { throw CorpusError.noTextFiles(directory: path) }
    return files.map { (path as NSString).appendingPathComponent($0) }
  }
}
