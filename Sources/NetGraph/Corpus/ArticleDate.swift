/// An article's publication date at the precision it was given: a year, a month or a day.
///
/// Written and read as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (CLI.md, "Corpus input"). Crawled
/// dates with a time (`2023-05-06T10:00:00+08:00`, `2023-05-06 10:00`) or other separators
/// (`2023/5/6`, `2023.05.06`, `2023年5月6日`) keep their date part.
public struct ArticleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  /// 1–12, or `nil` for a year-only date.
  public var month: Int?
  /// 1–31, or `nil` for a year- or month-only date.
  public var day: Int?

  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month { guard (1...12).contains(month) else { return nil } }
    if let day {
      guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses a date; `nil` when `text` does not start with a valid date.
  /// - Complexity: O(*n*) in the length of `text`.
  public init?(parsing text: String) {
    let scalars = Array(text.unicodeScalars.drop { $0.properties.isWhitespace })
    var numbers: [Int] = []
    var i = 0
    while i < scalars.count, numbers.count < 3 {
      var value = 0
      var digits = 0
      while i < scalars.count, let d = Self.digit(scalars[i]) {
        value = value * 10 + d
        digits += 1
        i += 1
        if digits > 4 { return nil }
      }
      guard digits > 0 else { return nil }
      if numbers.isEmpty { guard digits == 4 else { return nil } } else { guard digits <= 2 else { return nil } }
      numbers.append(value)
      guard i < scalars.count else { break }
      let separator = scalars[i]
      // 年/月 separate, 日 or a time or zone ends the date.
      if numbers.count < 3, "-/.年月".unicodeScalars.contains(separator), i + 1 < scalars.count,
        Self.digit(scalars[i + 1]) != nil
      {
        i += 1
        continue
      }
      guard "T 日\tZ+".unicodeScalars.contains(separator) || (numbers.count < 3 && "年月".unicodeScalars.contains(separator))
      else { return nil }
      break
    }
    guard !numbers.isEmpty else { return nil }
    self.init(
      year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public var description: String {
    var text = String(format4(year))
    if let month { text += "-" + format2(month) }
    if let day { text += "-" + format2(day) }
    return text
  }

  /// The first day the date covers (`2023` → 2023-01-01), as (year, month, day).
  public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day the date covers (`2023-02` → 2023-02-28).
  public var lastDay: Day {
    let m = month ?? 12
    return Day(year: year, month: m, day: day ?? Self.daysIn(month: m, year: year))
  }

  /// Whether every day of this date lies in `from...to` (either bound may be open).
  public func lies(from: ArticleDate?, to: ArticleDate?) -> Bool {
    if let from, firstDay < from.firstDay { return false }
    if let to, lastDay > to.lastDay { return false }
    return true
  }

  public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
    (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
  }

  /// A calendar day, ordered by (year, month, day).
  public struct Day: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public static func < (lhs: Day, rhs: Day) -> Bool {
      (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func digit(_ scalar: Unicode.Scalar) -> Int? {
    ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
  }

  private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  private func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
}
