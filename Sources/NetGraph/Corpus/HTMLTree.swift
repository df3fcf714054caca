/// A parsed HTML page: elements in an arena, each with its children (elements and text).
///
/// Built by `HTMLParser`; tolerant of the unclosed and misnested tags real pages have.
struct HTMLTree {
  enum Child {
    case element(Int)
    case text(String)
  }

  struct Element {
    var name: String
    var attributes: [String: String]
    var children: [Child] = []
    /// 1-based line of the start tag.
    var line: Int
  }

  /// Element 0 is the document root (`#root`).
  var elements: [Element] = [Element(name: "#root", attributes: [:], line: 1)]

  /// Indices of every element named `name`, in document order.
  func all(_ name: String, under root: Int = 0) -> [Int] {
    var found: [Int] = []
    var stack = [root]
    while let index = stack.popLast() {
      if elements[index].name == name && index != root { found.append(index) }
      for child in elements[index].children.reversed() {
        if case .element(let e) = child { stack.append(e) }
      }
    }
    return found
  }

  /// Document-order elements under `root` (root first) that pass `include`, not descending
  /// into elements that fail `descend`.
  func walk(from root: Int = 0, descend: (Element) -> Bool, _ visit: (Int) -> Void) {
    var stack = [root]
    while let index = stack.popLast() {
      visit(index)
      guard descend(elements[index]) else { continue }
      for child in elements[index].children.reversed() {
        if case .element(let e) = child { stack.append(e) }
      }
    }
  }
}
