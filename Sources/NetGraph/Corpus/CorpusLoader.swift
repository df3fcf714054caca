import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads corpus files and directories into a `Corpus`.
///
/// What happens to each kind of input (README, "Troubleshooting"):
/// - a file is read whatever its extension; a directory contributes its `*.txt` files
///   (case-insensitive, not recursive, hidden `.*` files skipped) in name order;
/// - an entry named `*.txt` that is not a regular file (a directory, FIFO, socket, device or
///   dangling symlink) is an error rather than a silent skip; FIFOs are never opened for reading,
///   so nothing blocks;
/// - the same file given twice (also through a symlink) is read once; two different files with
///   the same base name are an error, because mentions identify files by base name;
/// - an empty file (no bytes, or only a byte-order mark) named on the command line is an error
///   (it is almost certainly the wrong file); one found in a directory contributes no articles
///   and a warning, so one empty page does not stop a folder of scraped pages.
public enum CorpusLoader {
  /// Loads `paths` (files, or directories whose `*.txt` files are read in name order).
  /// An empty list loads the bundled seeds corpus.
  /// - Parameter lossy: Replace undecodable bytes with U+FFFD (with a warning) instead of failing.
  /// - Returns: The corpus, with any warnings in `Corpus.warnings`.
  /// - Throws: `CorpusError` naming the offending path.
  /// - Complexity: O(total bytes); memory holds the decoded scalars plus one read chunk.
  public static func load(paths: [String], lossy: Bool = false) throws -> Corpus {
    if paths.isEmpty { return try bundled(lossy: lossy) }
    var documents: [Document] = []
    var warnings: [CorpusWarning] = []
    var seenFiles: Set<String> = []
    var pathByName: [String: String] = [:]
    for path in paths {
      let listed = try textFiles(at: path)
      let explicit = listed == [path]
      for file in listed {
        let canonical = canonicalPath(file)
        guard seenFiles.insert(canonical).inserted else { continue }
        let name = (file as NSString).lastPathComponent
        if let first = pathByName[name] {
          throw CorpusError.duplicateFileName(name: name, first: first, second: file)
        }
        pathByName[name] = file
        let decoded = try TextDecoder.decodeFile(atPath: file, lossy: lossy)
        if explicit, decoded.warnings.contains(.emptyFile(path: file)) {
          throw CorpusError.emptyFile(file)
        }
        warnings += decoded.warnings
        documents.append(Document(fileName: name, scalars: decoded.scalars))
      }
    }
    return Corpus(documents: documents, warnings: warnings)
  }

  /// The seed files shipped with NetGraph.
  public static func bundled(lossy: Bool = false) throws -> Corpus {
    guard let directory = bundledDirectory else { throw CorpusError.bundledCorpusMissing }
    return try load(paths: [directory.path], lossy: lossy)
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

  /// The files `path` stands for: itself, or the `*.txt` files of a directory.
  private static func textFiles(at path: String) throws -> [String] {
    switch FileKind.of(path) {
    case .missing: throw CorpusError.missingPath(path)
    case .danglingSymlink: throw CorpusError.danglingSymlink(path)
    case .directory: break
    default: return [path]  // regular files are read; others fail with a clear error when opened
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw CorpusError.unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    let files = names.filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
    if files.isEmpty { throw CorpusError.noTextFiles(directory: path) }
    return try files.map { name in
      let file = (path as NSString).appendingPathComponent(name)
      switch FileKind.of(file) {
      case .regular: return file
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
