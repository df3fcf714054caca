import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes to decode, delivered in bounded chunks: an in-memory buffer or a file read with `read(2)`.
enum ByteSource {
  case data(Data)
  case file(path: String)

  /// Calls `body` with consecutive chunks starting at byte `start`, each with its file offset,
  /// then once with an empty final chunk. At most `chunkSize` bytes are held at a time.
  /// - Throws: `CorpusError.unreadable` when reading fails; whatever `body` throws.
  func forEachChunk(
    from start: Int, chunkSize: Int,
    _ body: (UnsafeRawBufferPointer, _ offset: Int, _ isFinal: Bool) throws -> Void
  ) throws {
    switch self {
    case .data(let data):
      var offset = start
      while offset < data.count {
        let end = min(data.count, offset + chunkSize)
        try data[data.startIndex + offset..<data.startIndex + end].withUnsafeBytes {
          try body($0, offset, false)
        }
        offset = end
      }
      try body(UnsafeRawBufferPointer(start: nil, count: 0), offset, true)
    case .file(let path):
      let fd = try Self.openRegularFile(path)
      defer { close(fd) }
      if start > 0, lseek(fd, off_t(start), SEEK_SET) < 0 {
        throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
      defer { buffer.deallocate() }
      var offset = start
      while true {
        let count = read(fd, buffer.baseAddress, chunkSize)
        if count < 0 {
          if errno == EINTR { continue }
          throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if count == 0 { break }
        try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), offset, false)
        offset += count
      }
      try body(UnsafeRawBufferPointer(start: nil, count: 0), offset, true)
    }
  }

  /// The first `count` bytes (fewer if the source is shorter).
  func prefix(_ count: Int) throws -> [UInt8] {
    switch self {
    case .data(let data):
      return [UInt8](data.prefix(count))
    case .file(let path):
      let fd = try Self.openRegularFile(path)
      defer { close(fd) }
      var bytes = [UInt8](repeating: 0, count: count)
      var filled = 0
      while filled < count {
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
        if n < 0 {
          if errno == EINTR { continue }
          throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if n == 0 { break }
        filled += n
      }
      return Array(bytes[0..<filled])
    }
  }

  /// Total size in bytes.
  func size() throws -> Int {
    switch self {
    case .data(let data):
      return data.count
    case .file(let path):
      let fd = try Self.openRegularFile(path)
      defer { close(fd) }
      var info = stat()
      guard fstat(fd, &info) == 0 else {
        throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      return Int(info.st_size)
    }
  }

  /// Opens `path` for reading without blocking on a FIFO, and checks that it is a regular file.
  static func openRegularFile(_ path: String) throws -> Int32 {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    if fd < 0 {
      let code = errno
      if code == ENOENT {
        throw FileKind.of(path) == .danglingSymlink
          ? CorpusError.danglingSymlink(path) : CorpusError.missingPath(path)
      }
      throw CorpusError.unreadable(path: path, reason: String(cString: strerror(code)))
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      throw CorpusError.unreadable(path: path, reason: reason)
    }
    let kind = FileKind(mode: info.st_mode)
    guard kind == .regular else {
      close(fd)
      throw CorpusError.notRegularFile(path: path, kind: kind.description)
    }
    // Regular files never block; clear O_NONBLOCK anyway so reads behave normally.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return fd
  }
}
