/// A small, tolerant HTML parser: tags, attributes, comments, raw-text elements (scripts,
/// styles, titles) and character references, into an `HTMLTree`.
///
/// It follows the HTML tokenizer's main states (WHATWG §13.2.5) without the full tree
/// construction algorithm: an end tag closes the nearest open element of its name (and any
/// left open inside it), an end tag with no open element is ignored, and a `<p>` or `<li>`
/// closes an open one of its kind, which is what broken news pages need.
struct HTMLParser {
  let vocabulary: HTMLVocabulary
  private let s: [Unicode.Scalar]
  private var i = 0
  private var line = 1
  private var tree = HTMLTree()
  private var open: [Int] = [0]
  private var text = String.UnicodeScalarView()

  init(_ scalars: [Unicode.Scalar], vocabulary: HTMLVocabulary) {
    self.s = scalars
    self.vocabulary = vocabulary
  }

  /// Parses the page.
  /// - Complexity: O(*n*) in the page length.
  static func parse(_ scalars: [Unicode.Scalar], vocabulary: HTMLVocabulary) -> HTMLTree {
    var parser = HTMLParser(scalars, vocabulary: vocabulary)
    parser.run()
    return parser.tree
  }

  private mutating func run() {
    while i < s.count {
      let c = s[i]
      if c == "<" {
        if starts(with: "<!--") {
          skip(past: "-->", from: i + 4)
        } else if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
          skip(past: ">", from: i + 2)
        } else if i + 1 < s.count, s[i + 1] == "/", i + 2 < s.count, Self.isLetter(s[i + 2]) {
          endTag()
        } else if i + 1 < s.count, Self.isLetter(s[i + 1]) {
          startTag()
        } else {
          text.append(c)
          i += 1
        }
      } else if c == "&" {
        reference()
      } else {
        if c == "\n" { line += 1 }
        text.append(c)
        i += 1
      }
    }
    flushText()
  }

  private mutating func flushText() {
    guard !text.isEmpty else { return }
    tree.elements[open.last!].children.append(.text(String(text)))
    text = String.UnicodeScalarView()
  }

  private mutating func startTag() {
    flushText()
    let tagLine = line
    i += 1
    let name = readName()
    var attributes: [String: String] = [:]
    var selfClosing = false
    while i < s.count, s[i] != ">" {
      if s[i] == "/" { selfClosing = true; i += 1; continue }
      if s[i].properties.isWhitespace { countLine(s[i]); i += 1; continue }
      selfClosing = false
      let attribute = readName(stoppingAt: "=")
      guard !attribute.isEmpty else { i += 1; continue }
      while i < s.count, s[i].properties.isWhitespace { countLine(s[i]); i += 1 }
      var value = ""
      if i < s.count, s[i] == "=" {
        i += 1
        while i < s.count, s[i].properties.isWhitespace { countLine(s[i]); i += 1 }
        value = readAttributeValue()
      }
      if attributes[attribute] == nil { attributes[attribute] = value }
    }
    i += 1  // past '>'
    let index = tree.elements.count
    // Implied ends: a new paragraph or list item closes the open one.
    if name == "p" || vocabulary.role(name) == .heading || name == "div" || name == "ul" || name == "ol" || name == "table" {
      if tree.elements[open.last!].name == "p" { open.removeLast() }
    }
    if name == "li", let last = open.lastIndex(where: { ["li", "ul", "ol"].contains(tree.elements[$0].name) }),
      tree.elements[open[last]].name == "li"
    {
      open.removeSubrange(last...)
    }
    tree.elements.append(HTMLTree.Element(name: name, attributes: attributes, line: tagLine))
    tree.elements[open.last!].children.append(.element(index))
    let role = vocabulary.role(name)
    if role == .raw {
      let content = rawText(until: name)
      if name == "title" || name == "textarea" {
        tree.elements[index].children.append(.text(Self.decodeReferences(content, vocabulary: vocabulary)))
      }
      return
    }
    if role == .void || selfClosing && name != "div" && name != "p" { return }
    open.append(index)
  }

  private mutating func endTag() {
    flushText()
    i += 2
    let name = readName()
    skip(past: ">", from: i)
    if let position = open.lastIndex(where: { tree.elements[$0].name == name }), position > 0 {
      open.removeSubrange(position...)
    }
  }

  /// The content of a raw-text element up to its end tag (which is consumed).
  private mutating func rawText(until name: String) -> [Unicode.Scalar] {
    let closing = Array("</\(name)".unicodeScalars)
    let start = i
    while i < s.count {
      if s[i] == "<", i + closing.count <= s.count,
        zip(s[i..<(i + closing.count)], closing).allSatisfy({ Self.lower($0) == $1 })
      {
        let content = Array(s[start..<i])
        skip(past: ">", from: i + closing.count)
        return content
      }
      countLine(s[i])
      i += 1
    }
    return Array(s[start..<s.count])
  }

  private mutating func reference() {
    let (scalars, length) = Self.reference(in: s, at: i, vocabulary: vocabulary)
    text.append(contentsOf: scalars)
    i += length
  }

  /// The character reference at `at` (`&amp;`, `&#20013;`, `&#x4E2D;`) and its length; a bare
  /// `&` or an unknown name stands for itself.
  static func reference(in s: [Unicode.Scalar], at start: Int, vocabulary: HTMLVocabulary) -> ([Unicode.Scalar], Int) {
    var j = start + 1
    if j < s.count, s[j] == "#" {
      j += 1
      let hex = j < s.count && (s[j] == "x" || s[j] == "X")
      if hex { j += 1 }
      var value: UInt32 = 0
      var digits = 0
      while j < s.count, let d = UInt32(String(s[j]), radix: hex ? 16 : 10), digits < 8 {
        value = value * (hex ? 16 : 10) + d
        digits += 1
        j += 1
      }
      guard digits > 0 else { return (["&"], 1) }
      if j < s.count, s[j] == ";" { j += 1 }
      return ([Unicode.Scalar(value) ?? "\u{FFFD}"], j - start)
    }
    var name = String.UnicodeScalarView()
    while j < s.count, isLetter(s[j]) || ("0"..."9").contains(s[j]), name.count < 10 {
      name.append(s[j])
      j += 1
    }
    guard let scalar = vocabulary.entities[String(name)] else { return (["&"], 1) }
    if j < s.count, s[j] == ";" { j += 1 }
    return ([scalar], j - start)
  }

  static func decodeReferences(_ s: [Unicode.Scalar], vocabulary: HTMLVocabulary) -> String {
    var out = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      if s[i] == "&" {
        let (scalars, length) = reference(in: s, at: i, vocabulary: vocabulary)
        out.append(contentsOf: scalars)
        i += length
      } else {
        out.append(s[i])
        i += 1
      }
    }
    return String(out)
  }

  private mutating func readName(stoppingAt stop: Unicode.Scalar? = nil) -> String {
    var name = String.UnicodeScalarView()
    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">", s[i] != "/", s[i] != stop {
      name.append(Self.lower(s[i]))
      i += 1
    }
    return String(name)
  }

  private mutating func readAttributeValue() -> String {
    guard i < s.count else { return "" }
    var value: [Unicode.Scalar] = []
    if s[i] == "\"" || s[i] == "'" {
      let quote = s[i]
      i += 1
      while i < s.count, s[i] != quote {
        countLine(s[i])
        value.append(s[i])
        i += 1
      }
      i += 1
    } else {
      while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" {
        value.append(s[i])
        i += 1
      }
    }
    return Self.decodeReferences(value, vocabulary: vocabulary)
  }

  private mutating func skip(past marker: String, from start: Int) {
    let m = Array(marker.unicodeScalars)
    var j = start
    while j < s.count {
      if j + m.count <= s.count, s[j..<(j + m.count)].elementsEqual(m) {
        i = j + m.count
        return
      }
      countLine(s[j])
      j += 1
    }
    i = s.count
  }

  private func starts(with prefix: String) -> Bool {
    let p = Array(prefix.unicodeScalars)
    return i + p.count <= s.count && s[i..<(i + p.count)].elementsEqual(p)
  }

  private mutating func countLine(_ c: Unicode.Scalar) { if c == "\n" { line += 1 } }

  static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

  static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
  }
}
