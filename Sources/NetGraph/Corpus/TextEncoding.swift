/// A text encoding that `TextDecoder` recognises in corpus files.
public enum TextEncoding: String, Sendable, CaseIterable, CustomStringConvertible {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "UTF-8"
  /// UTF-16 little-endian, recognised by its byte-order mark `FF FE`.
  case utf16LittleEndian = "UTF-16LE"
  /// UTF-16 big-endian, recognised by its byte-order mark `FE FF`.
  case utf16BigEndian = "UTF-16BE"
  /// GB18030 (a superset of GBK and GB2312), tried when the bytes are not UTF-8.
  case gb18030 = "GB18030"

  public var description: String { rawValue }
}
