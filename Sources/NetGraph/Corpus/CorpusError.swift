import Foundation

/// Problems reading corpus files; each message names the file and says what to do.
public enum CorpusError: Error, Equatable, CustomStringConvertible, LocalizedError {
  case missingPath(String)
  case unreadable(path: String, reason: String)
  case emptyFile(String)
  case binaryFile(path: String, byteOffset: Int)
  case undecodable(path: String, byteOffset: Int)
  case noTextFiles(directory: String)
  case bundledCorpusMissing

  public var description: String {
    switch self {
    case .missingPath(let path):
      return "\(path): no such file or directory; pass a .txt file or a directory of .txt files"
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason)); check its permissions"
    case .emptyFile(let path):
      return "\(path): file is empty; remove it or pass other files"
    case .binaryFile(let path, let offset):
      return "\(path): binary data (NUL byte at byte \(offset)); pass UTF-8, GB18030 or UTF-16 text files"
    case .undecodable(let path, let offset):
      return "\(path): invalid text at byte \(offset) (not UTF-8, UTF-16 or GB18030); re-encode it as UTF-8 or pass --lossy"
    case .noTextFiles(let directory):
      return "\(directory): directory has no *.txt files; pass text files or another directory"
    case .bundledCorpusMissing:
      return "the bundled seeds corpus was not found next to the netgraph binary; reinstall or pass PATH"
    }
  }

  public var errorDescription: String? { description }
}
