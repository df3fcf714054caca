/// One year, quarter or month: a row of `evolve`.
public struct TimePeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var slice: TimeSlice
  public var year: Int
  /// 1 for a year; 1–4 for a quarter; 1–12 for a month.
  public var index: Int

  /// `2023`, `2023-Q2` or `2023-05`.
  public var description: String {
    switch slice {
    case .year: return "\(year)"
    case .quarter: return "\(year)-Q\(index)"
    case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
    }
  }

  /// The first month of the period, or `nil` for a year.
  private var firstMonth: Int? {
    switch slice {
    case .year: return nil
    case .quarter: return (index - 1) * 3 + 1
    case .month: return index
    }
  }

  /// The period as `--from` / `--to` bounds: `extract --from from --to to` reads exactly it.
  public var from: ArticleDate { ArticleDate(year: year, month: firstMonth)! }
  public var to: ArticleDate {
    switch slice {
    case .year: return ArticleDate(year: year)!
    case .quarter: return ArticleDate(year: year, month: index * 3)!
    case .month: return ArticleDate(year: year, month: index)!
    }
  }

  /// The period right after this one.
  public var next: TimePeriod {
    index < slice.periodsPerYear
      ? TimePeriod(slice: slice, year: year, index: index + 1) : TimePeriod(slice: slice, year: year + 1, index: 1)
  }

  public static func < (lhs: TimePeriod, rhs: TimePeriod) -> Bool {
    (lhs.year, lhs.index) < (rhs.year, rhs.index)
  }
}
