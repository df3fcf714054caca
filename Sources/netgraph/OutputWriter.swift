import Foundation

/// The only code that writes command output: stdout, or `-o FILE` written atomically
/// (a temporary file in the same directory, renamed into place).
enum OutputWriter {
  /// Writes `data` to `path`, or to stdout when `path` is nil or `-`.
  static func write(_ data: Data, to path: String?) throws {
    guard let path, path != "-" else {
      writeToStandardOutput(data)
      return
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try data.write(to: temporary)
      // rename(2) replaces an existing file atomically; FileManager.replaceItemAt does not on Linux.
      guard rename(temporary.path, url.path) == 0 else {
        throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
    }
  }

  /// Writes to stdout; a reader that closed the pipe early (`| head`) ends the process quietly.
  static func writeToStandardOutput(_ data: Data) {
    signal(SIGPIPE, SIG_IGN)
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          exit(errno == EPIPE ? 0 : 1)
        }
        offset += written
      }
    }
  }
}

/// Failure to write an output file.
enum OutputError: Error, CustomStringConvertible {
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write output (\(reason)); check that the directory exists and is writable"
    }
  }
}
