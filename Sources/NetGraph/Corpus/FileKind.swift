import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names on disk, following symbolic links (`stat`), with dangling links told apart.
enum FileKind: Equatable, CustomStringConvertible {
  case regular, directory, fifo, socket, characterDevice, blockDevice, other
  case missing, danglingSymlink

  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    default: self = .other
    }
  }

  /// The kind of `path`; `.missing` if nothing is there, `.danglingSymlink` for a link to nothing.
  static func of(_ path: String) -> FileKind {
    var info = stat()
    if stat(path, &info) == 0 { return FileKind(mode: info.st_mode) }
    var linkInfo = stat()
    if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK { return .danglingSymlink }
    return .missing
  }

  var description: String {
    switch self {
    case .regular: return "regular file"
    case .directory: return "directory"
    case .fifo: return "named pipe (FIFO)"
    case .socket: return "socket"
    case .characterDevice: return "character device"
    case .blockDevice: return "block device"
    case .other: return "special file"
    case .missing: return "missing"
    case .danglingSymlink: return "dangling symbolic link"
    }
  }
}
