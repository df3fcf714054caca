import Foundation
import NetGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only code that writes command output: stdout, or `-o FILE` written atomically.
///
/// `-o FILE`: the bytes go to a fresh temporary file `.FILE.netgraph-XXXXXX` in the same
/// directory (so the rename never crosses file systems), are flushed to disk, and the file is
/// renamed over FILE in one step. A failed write, a missing directory or SIGINT/SIGTERM/SIGHUP
/// while writing removes the temporary file, and FILE is either untouched or complete — never
/// half-written. Stdout closed early by the reader (`| head`) ends the process quietly with
/// status 0.
enum OutputWriter {
  /// Writes `data` to `path`, or to stdout when `path` is nil or `-`.
  /// - Throws: `OutputError` when the file cannot be written; nothing is left behind.
  static func write(_ data: Data, to path: String?) throws {
    guard let path, path != "-" else {
      writeToStandardOutput(data)
      return
    }
    try writeAtomically(data, to: path, using: systemWrite)
  }

  /// Writes text (UTF-8) like `write(_:to:)`.
  static func write(_ text: String, to path: String?) throws {
    try write(Data(text.utf8), to: path)
  }

  /// Writes several files into directory `path` (created if needed) atomically as a whole:
  /// they are written into a temporary sibling directory that is then renamed into place.
  /// An existing directory at `path` is replaced only after the new one is complete.
  /// - Parameter files: Names (no slashes) and contents, written in the order given.
  static func writeDirectory(_ files: [(name: String, data: Data)], to path: String) throws {
    let target = URL(fileURLWithPath: path)
    let parent = target.deletingLastPathComponent().path
    try checkDirectory(parent, for: path)
    var template = Array("\(parent)/.\(target.lastPathComponent).netgraph-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    let temporary = String(cString: made)
    CleanupOnSignal.register(temporary, isDirectory: true)
    defer { CleanupOnSignal.clear() }
    do {
      for file in files {
        precondition(!file.name.contains("/"), "output file names are plain names")
        try writeAtomically(
          file.data, to: "\(temporary)/\(file.name)", using: systemWrite, cleanupOnSignal: false)
      }
      var info = stat()
      if lstat(path, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          throw OutputError.cannotWrite(path: path, reason: "exists and is not a directory")
        }
        // Swap: move the old directory aside, the new one in, then delete the old one.
        let old = temporary + ".old"
        guard rename(path, old) == 0 else {
          throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
          let reason = String(cString: strerror(errno))
          _ = rename(old, path)
          throw OutputError.cannotWrite(path: path, reason: reason)
        }
        try? FileManager.default.removeItem(atPath: old)
      } else {
        guard rename(temporary, path) == 0 else {
          throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
      }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  /// Prints a warning on stderr (`netgraph: warning: …`); the run goes on.
  static func warn(_ message: CustomStringConvertible) {
    writeAll(2, Data("netgraph: warning: \(message)\n".utf8))
  }

  /// Prints the corpus reader's warnings.
  static func warn(_ warnings: [CorpusWarning]) {
    for warning in warnings { warn(warning) }
  }

  /// Writes to stdout; a reader that closed the pipe early (`| head`) ends the process quietly.
  static func writeToStandardOutput(_ data: Data) {
    signal(SIGPIPE, SIG_IGN)
    if !writeAll(1, data) { exit(errno == EPIPE ? 0 : 1) }
  }

  typealias ChunkWriter = (_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int

  static let systemWrite: ChunkWriter = { fd, bytes in
    Glibc.write(fd, bytes.baseAddress, bytes.count)
  }

  /// Writes all of `data` to `fd`, retrying after EINTR; returns the failure, if any.
  private static func writeAll(_ data: Data, to fd: Int32, using writer: ChunkWriter) -> String? {
    var offset = 0
    return data.withUnsafeBytes { buffer in
      while offset < buffer.count {
        let written = writer(fd, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
        if written < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno))
        }
        if written == 0 { return "no progress writing" }
        offset += written
      }
      return nil
    }
  }

  /// Writes `data` straight into an existing non-regular file (a device or FIFO).
  private static func writeInPlace(_ data: Data, to path: String, using writer: ChunkWriter) throws {
    let fd = open(path, O_WRONLY)
    guard fd >= 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    let failure = writeAll(data, to: fd, using: writer)
    if let failure { throw OutputError.cannotWrite(path: path, reason: failure) }
  }

  /// The atomic write behind `-o FILE`; `writer` is injectable so tests can fail it mid-way.
  static func writeAtomically(
    _ data: Data, to path: String, using writer: ChunkWriter, cleanupOnSignal: Bool = true
  ) throws {
    let target = URL(fileURLWithPath: path)
    let directory = target.deletingLastPathComponent().path
    try checkDirectory(directory, for: path)
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      throw OutputError.cannotWrite(path: path, reason: "is a directory; give a file name")
    }
    // A device, FIFO or socket (-o /dev/null, -o /dev/stdout) is written in place: renaming a
    // temporary file over it would replace the device node itself.
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      try writeInPlace(data, to: path, using: writer)
      return
    }
    var template = Array("\(directory)/.\(target.lastPathComponent).netgraph-XXXXXX".utf8CString)
    let fd = mkstemp(&template)
    guard fd >= 0 else {
      throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    let temporary = String(cString: template)
    if cleanupOnSignal { CleanupOnSignal.register(temporary, isDirectory: false) }
    defer { if cleanupOnSignal { CleanupOnSignal.clear() } }
    func abandon(_ reason: String) -> OutputError {
      close(fd)
      unlink(temporary)
      return OutputError.cannotWrite(path: path, reason: reason)
    }
    let failure = writeAll(data, to: fd, using: writer)
    if let failure { throw abandon(failure) }
    if fsync(fd) != 0, errno != EINVAL { throw abandon(String(cString: strerror(errno))) }
    // mkstemp creates 0600; give the file the usual permissions under the current umask.
    let mask = umask(0)
    umask(mask)
    fchmod(fd, 0o666 & ~mask)
    guard close(fd) == 0 else {
      unlink(temporary)
      throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw OutputError.cannotWrite(path: path, reason: reason)
    }
  }

  private static func checkDirectory(_ directory: String, for path: String) throws {
    var info = stat()
    guard stat(directory, &info) == 0 else {
      throw OutputError.missingDirectory(path: path, directory: directory)
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw OutputError.cannotWrite(path: path, reason: "\(directory) is not a directory")
    }
  }

  /// Writes every byte to `fd`, retrying short writes; false (with `errno`) on failure.
  @discardableResult
  private static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}

/// Removes the temporary output if the process is interrupted while writing it.
///
/// Signal handlers may only call async-signal-safe functions, so the path is kept as a C string
/// prepared in advance, and the handler only calls `unlink`/`rmdir`, restores the default action
/// and re-raises the signal (so the exit status still says "killed by SIGINT").
enum CleanupOnSignal {
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var isDirectory = false
  nonisolated(unsafe) private static var installed = false

  static func register(_ temporary: String, isDirectory directory: Bool) {
    if !installed {
      installed = true
      for sig in [SIGINT, SIGTERM, SIGHUP] {
        signal(sig) { received in
          if let path = CleanupOnSignal.path {
            if CleanupOnSignal.isDirectory { _ = rmdir(path) } else { _ = unlink(path) }
          }
          signal(received, SIG_DFL)
          raise(received)
        }
      }
    }
    let copy = strdup(temporary)
    isDirectory = directory
    let old = path
    path = copy
    free(old)
  }

  static func clear() {
    let old = path
    path = nil
    free(old)
  }
}

/// Failure to write an output file.
enum OutputError: Error, CustomStringConvertible, LocalizedError {
  case cannotWrite(path: String, reason: String)
  case missingDirectory(path: String, directory: String)

  var description: String {
    switch self {
    case .cannotWrite(let path, let reason):
      return
        "\(path): cannot write output (\(reason)); check that the directory exists and is writable"
    case .missingDirectory(let path, let directory):
      return "\(path): directory \(directory) does not exist; create it first or choose another -o path"
    }
  }

  var errorDescription: String? { description }
}
