import Foundation

/// Problems reading corpus files; each message names the file, says what is wrong and what to do.
public enum CorpusError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// Nothing exists at the path.
  case missingPath(String)
  /// The path is a symbolic link whose target does not exist.
  case danglingSymlink(String)
  /// A FIFO, socket, device, or a directory where a text file is needed.
  case notRegularFile(path: String, kind: String)
  /// The operating system refused to open or read the file.
  case unreadable(path: String, reason: String)
  /// A file named on the command line has no text (no bytes, or only a byte-order mark).
  case emptyFile(String)
  /// A NUL byte: images, archives, office documents, or UTF-16 without a byte-order mark.
  case binaryFile(path: String, byteOffset: Int)
  /// Bytes that are not valid in the encoding that decoded furthest.
  case undecodable(path: String, byteOffset: Int, encoding: TextEncoding)
  /// An encoding NetGraph recognises but does not read (UTF-32).
  case unsupportedEncoding(path: String, encoding: String)
  /// A directory argument without any corpus file (`*.txt`, `*.jsonl`, `*.csv`, `*.html`) in it.
  case noTextFiles(directory: String)
  /// Two different files with the same base name (mentions could not tell them apart).
  case duplicateFileName(name: String, first: String, second: String)
  /// The `seeds/` resource bundle is missing next to the binary.
  case bundledCorpusMissing
  /// A `.jsonl` line, `.csv` row or HTML page that holds no readable article (1-based line).
  case badRecord(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .missingPath(let path):
      return "\(path): no such file or directory; pass a .txt file or a directory of .txt files"
    case .danglingSymlink(let path):
      return "\(path): symbolic link to a file that does not exist; fix or remove the link"
    case .notRegularFile(let path, let kind):
      return "\(path): is a \(kind), not a text file; pass regular .txt files"
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason)); check its permissions"
    case .emptyFile(let path):
      return "\(path): file is empty; pass a file with text (empty files inside a directory are only warned about)"
    case .binaryFile(let path, let offset):
      return
        "\(path): binary data (NUL byte at byte \(offset)); pass UTF-8, GB18030 or UTF-16 text "
        + "(UTF-16 needs a byte-order mark)"
    case .undecodable(let path, let offset, let encoding):
      return
        "\(path): invalid \(encoding) at byte \(offset) (not valid UTF-8, UTF-16 or GB18030 text); "
        + "re-encode it as UTF-8, or pass --lossy to replace bad bytes with U+FFFD"
    case .unsupportedEncoding(let path, let encoding):
      return "\(path): \(encoding) text is not supported; re-encode it as UTF-8"
    case .noTextFiles(let directory):
      return
        "\(directory): directory has no corpus files (*.txt, *.jsonl, *.csv, *.html, *.htm); "
        + "pass corpus files or another directory"
    case .duplicateFileName(let name, let first, let second):
      return
        "\(first) and \(second): two files named \(name); mentions name files by base name, "
        + "so rename one"
    case .badRecord(let path, let line, let reason):
      return "\(path):\(line): \(reason)"
    case .bundledCorpusMissing:
      return
        "the bundled seeds corpus was not found next to the netgraph binary; reinstall or pass PATH"
    }
  }

  public var errorDescription: String? { description }
}
