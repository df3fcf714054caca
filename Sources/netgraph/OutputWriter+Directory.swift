import Foundation
import NetGraph

extension OutputWriter {
  /// Writes `files` as the directory `path` (`-o DIR` of `export --format csv|neo4j`).
  ///
  /// The files are written into a temporary directory beside `path`, which is then renamed
  /// into place, so a reader never sees a half-written export. An existing `path` is
  /// replaced only when it is empty or holds nothing but files of the same names (a
  /// previous export); it is first renamed aside, then removed once the new directory is
  /// in place. Anything else there is an error and nothing is touched.
  static func writeDirectory(_ files: [ExportFile], to path: String) throws {
    let manager = FileManager.default
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let parent = url.deletingLastPathComponent()
    let suffix = "\(getpid())"
    let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(suffix).tmp")
    let old = parent.appendingPathComponent(".\(url.lastPathComponent).\(suffix).old")
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw ExportError.cannotWrite(
          path: path, reason: "a file of that name exists; -o must name a directory for this format"
        )
      }
      let names = Set(files.map(\.name))
      let unexpected = try manager.contentsOfDirectory(atPath: url.path).filter {
        !names.contains($0)
      }.sorted()
      guard unexpected.isEmpty else {
        throw ExportError.directoryNotEmpty(path: path, unexpected: unexpected)
      }
    }
    do {
      try? manager.removeItem(at: temporary)
      try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
      for file in files {
        try Data(file.contents.utf8).write(to: temporary.appendingPathComponent(file.name))
      }
      if manager.fileExists(atPath: url.path) {
        guard rename(url.path, old.path) == 0 else { throw posixError(path) }
      }
      guard rename(temporary.path, url.path) == 0 else {
        let error = posixError(path)
        _ = rename(old.path, url.path)
        throw error
      }
      try? manager.removeItem(at: old)
    } catch {
      try? manager.removeItem(at: temporary)
      if case ExportError.cannotWrite = error { throw error }
      throw ExportError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
    }
  }

  private static func posixError(_ path: String) -> ExportError {
    ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
  }
}
