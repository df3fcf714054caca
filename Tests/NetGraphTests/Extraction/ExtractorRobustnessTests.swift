import Testing
@testable import NetGraph

/// Random texts built from lexicon-like pieces never trap and keep offsets inside the file.
@Suite struct ExtractorRobustnessTests {
  static let extractor = try! Extractor()

  static let pieces = [
    "西安", "高新区", "与", "和", "、", "，", "。", "“", "”", "（", "）", "(", ")", "—", "有限公司", "大学",
    "研究院", "基金", "管委会", "创新中心", "联合", "共建", "由", "设立", "投资", "入驻", "该区", "园区",
    "旗下", "简称", "以下简称", "等", "19家", "企业", "华为", "中科院", "局", "部", "委", "和政", "\n", "\n\n",
    "# ", "本报记者 张伟", "图片来源:", "科技", "A", "5G", "·", "总经理", "县", "乡党委", "双方", "的",
  ]

  /// SplitMix64 (Steele et al. 2014), seeded, so a failure is reproducible.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test(arguments: 0..<40)
  func randomTextsDoNotTrap(seed: Int) throws {
    var rng = SplitMix64(state: UInt64(seed))
    let extractor = Self.extractor
    for _ in 0..<10 {
      let count = Int.random(in: 0...60, using: &rng)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
      _ = extractor.recognize(text)
      let document = Document(fileName: "r.txt", text: text)
      let network = extractor.extract(Corpus(documents: [document]))
      for entity in network.entities {
        for mention in entity.mentions {
          #expect(mention.scalarOffset >= 0 && mention.scalarOffset < document.scalars.count)
        }
      }
      for relation in network.relations {
        #expect(relation.source != relation.target)
        #expect(relation.weight == Double(relation.evidence.count))
      }
    }
  }
}
