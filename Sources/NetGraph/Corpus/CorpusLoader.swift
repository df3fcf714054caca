import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads corpus files and directories into a `Corpus`.
///
/// What happens to each kind of input (README, "Troubleshooting"):
/// - a file is read whatever its extension: `.jsonl`, `.csv`, `.html`/`.htm` by their readers
///   (one article per line, row or page), anything else as plain text; a directory contributes
///   its `*.txt`, `*.jsonl`, `*.csv`, `*.html` and `*.htm` files (case-insensitive, searched
///   recursively, hidden `.*` entries skipped), in base-name order;
/// - an entry named like a corpus file that is not a regular file (a directory, FIFO, socket,
///   device or dangling symlink) is an error rather than a silent skip; FIFOs are never opened
///   for reading, so nothing blocks;
/// - the same file given twice (also through a symlink) is read once; two different files with
///   the same base name are an error, because mentions identify files by base name;
/// - an empty file (no bytes, or only a byte-order mark) named on the command line is an error
///   (it is almost certainly the wrong file); one found in a directory contributes no articles
///   and a warning, so one empty page does not stop a folder of scraped pages.
public enum CorpusLoader {
  /// Extensions a directory is searched for (lower case).
  public static let corpusExtensions: Set<String> = ["txt", "jsonl", "csv", "html", "htm"]

  /// Loads `paths` (files, or directories searched recursively for corpus files).
  /// An empty list loads the bundled seeds corpus.
  /// - Parameters:
  ///   - lossy: Replace undecodable bytes with U+FFFD (with a warning) instead of failing.
  ///   - shard: Read only this part of the name-sorted file list (`--shard I/N`).
  /// - Returns: The corpus, with any warnings in `Corpus.warnings`.
  /// - Throws: `CorpusError` naming the offending path (and line, for a bad record).
  /// - Complexity: O(total bytes); memory holds the decoded scalars plus one read chunk.
  public static func load(paths: [String], lossy: Bool = false, shard: CorpusShard? = nil) throws -> Corpus {
    if paths.isEmpty { return try bundled(lossy: lossy, shard: shard) }
    var files: [(path: String, name: String, explicit: Bool)] = []
    var seenFiles: Set<String> = []
    var pathByName: [String: String] = [:]
    for path in paths {
      let listed = try corpusFiles(at: path)
      let explicit = listed == [path]
      for file in listed {
        let canonical = canonicalPath(file)
        guard seenFiles.insert(canonical).inserted else { continue }
        let name = (file as NSString).lastPathComponent
        if let first = pathByName[name] {
          throw CorpusError.duplicateFileName(name: name, first: first, second: file)
        }
        pathByName[name] = file
        files.append((file, name, explicit))
      }
    }
    if let shard {
      files = files.sorted { $0.name < $1.name }.enumerated().filter { shard.contains(position: $0.offset) }.map(\.element)
    }
    var documents: [Document] = []
    var warnings: [CorpusWarning] = []
    for file in files {
      let decoded = try TextDecoder.decodeFile(atPath: file.path, lossy: lossy)
      if file.explicit, decoded.warnings.contains(.emptyFile(path: file.path)) {
        throw CorpusError.emptyFile(file.path)
      }
      warnings += decoded.warnings
      documents += try self.documents(of: decoded.scalars, path: file.path)
    }
    return Corpus(documents: documents, warnings: warnings)
  }

  /// The documents of one decoded file, by its extension: one per `.jsonl` line, `.csv` row
  /// or HTML page, or the whole plain-text file.
  /// - Throws: `CorpusError.badRecord` for a bad line, row or page.
  public static func documents(of scalars: [Unicode.Scalar], path: String) throws -> [Document] {
    let name = (path as NSString).lastPathComponent
    let ext = (path as NSString).pathExtension.lowercased()
    // An empty file has been warned about; it contributes no articles.
    if scalars.isEmpty { return ["jsonl", "csv", "html", "htm"].contains(ext) ? [] : [Document(fileName: name, scalars: scalars)] }
    switch ext {
    case "jsonl": return try JSONLinesReader.documents(in: scalars, path: path)
    case "csv": return try CSVReader.documents(in: scalars, path: path)
    case "html", "htm": return try HTMLArticleReader.documents(in: scalars, path: path)
    default: return [Document(fileName: name, scalars: scalars)]
    }
  }

  /// The seed files shipped with NetGraph.
  public static func bundled(lossy: Bool = false, shard: CorpusShard? = nil) throws -> Corpus {
    guard let directory = bundledDirectory else { throw CorpusError.bundledCorpusMissing }
    return try load(paths: [directory.path], lossy: lossy, shard: shard)
  }

  /// Directory holding the bundled seeds inside the resource bundle.
  ///
  /// Looks in the bundle's root first: on Linux, a bundle that contains a `Resources/` folder
  /// reports that folder as its `resourceURL`, while `.copy("../../seeds")` puts `seeds/` at
  /// the root.
  public static var bundledDirectory: URL? {
    let candidates = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 }
    return candidates.map { $0.appendingPathComponent("seeds") }.first {
      FileKind.of($0.path) == .directory
    }
  }

  /// Reads and decodes one file.
  /// - Throws: `CorpusError` for a missing, unreadable, binary or undecodable file.
  public static func document(at path: String, lossy: Bool = false) throws -> Document {
    let decoded = try TextDecoder.decodeFile(atPath: path, lossy: lossy)
    return Document(fileName: (path as NSString).lastPathComponent, scalars: decoded.scalars)
  }

  /// The files `path` stands for: itself, or the corpus files under a directory.
  private static func corpusFiles(at path: String) throws -> [String] {
    switch FileKind.of(path) {
    case .missing: throw CorpusError.missingPath(path)
    case .danglingSymlink: throw CorpusError.danglingSymlink(path)
    case .directory: break
    default: return [path]  // regular files are read; others fail with a clear error when opened
    }
    var files: [String] = []
    var visited: Set<String> = []
    try collect(directory: path, into: &files, visited: &visited)
    if files.isEmpty { throw CorpusError.noTextFiles(directory: path) }
    return files.sorted { ($0 as NSString).lastPathComponent < ($1 as NSString).lastPathComponent }
  }

  /// Corpus files under `directory`, depth first; a directory reached twice (a symlink loop)
  /// is read once.
  private static func collect(directory: String, into files: inout [String], visited: inout Set<String>) throws {
    guard visited.insert(canonicalPath(directory)).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw CorpusError.unreadable(path: directory, reason: (error as NSError).localizedDescription)
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let file = (directory as NSString).appendingPathComponent(name)
      let isCorpusFile = corpusExtensions.contains((name as NSString).pathExtension.lowercased())
      switch FileKind.of(file) {
      case .directory where !isCorpusFile:
        try collect(directory: file, into: &files, visited: &visited)
      case _ where !isCorpusFile:
        continue
      case .regular: files.append(file)
      case .danglingSymlink: throw CorpusError.danglingSymlink(file)
      case .missing: throw CorpusError.missingPath(file)  // removed while listing
      case let kind: throw CorpusError.notRegularFile(path: file, kind: kind.description)
      }
    }
  }

  private static func canonicalPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
