import Foundation

/// Decodes corpus bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.
public enum TextDecoder {
  /// Decodes `data` read from `path` (used in error messages).
  /// - Throws: `CorpusError` for empty, binary or undecodable input.
  public static func decode(_ data: Data, path: String) throws -> String {
    if data.isEmpty { throw CorpusError.emptyFile(path) }
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try utf8(bytes.dropFirst(3), path: path, base: 3)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
        throw CorpusError.undecodable(path: path, byteOffset: 2)
      }
      return text
    }
    if let nul = bytes.firstIndex(of: 0) { throw CorpusError.binaryFile(path: path, byteOffset: nul) }
    return try utf8(bytes[...], path: path, base: 0)
  }

  private static func utf8(_ bytes: ArraySlice<UInt8>, path: String, base: Int) throws -> String {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var scalars = String.UnicodeScalarView()
    var position = base
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        position += UTF8.width(scalar)
      case .emptyInput:
        return String(scalars)
      case .error:
        throw CorpusError.undecodable(path: path, byteOffset: position)
      }
    }
  }
}
