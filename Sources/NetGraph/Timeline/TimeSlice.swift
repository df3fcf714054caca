/// How `evolve` cuts time: calendar years, quarters or months (raw values are the CLI
/// spellings).
public enum TimeSlice: String, CaseIterable, Sendable {
  case year, quarter, month

  /// The period that holds all of `date`, or `nil` when the date is coarser than the slice
  /// (a year-only date has no month).
  public func period(of date: ArticleDate) -> TimePeriod? {
    switch self {
    case .year: return TimePeriod(slice: self, year: date.year, index: 1)
    case .quarter: return date.month.map { TimePeriod(slice: self, year: date.year, index: ($0 - 1) / 3 + 1) }
    case .month: return date.month.map { TimePeriod(slice: self, year: date.year, index: $0) }
    }
  }

  /// The period holding a given day.
  func period(of day: ArticleDate.Day) -> TimePeriod {
    switch self {
    case .year: return TimePeriod(slice: self, year: day.year, index: 1)
    case .quarter: return TimePeriod(slice: self, year: day.year, index: (day.month - 1) / 3 + 1)
    case .month: return TimePeriod(slice: self, year: day.year, index: day.month)
    }
  }

  /// Periods per year.
  var periodsPerYear: Int {
    switch self {
    case .year: return 1
    case .quarter: return 4
    case .month: return 12
    }
  }
}
