import ArgumentParser
import Foundation
import NetGraph

/// `netgraph extract`: typed entities and relations from a corpus, or spans per stdin line.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract typed entities and evidence-backed relations from Chinese news text.",
    discussion: """
      Finds parks, universities, institutes, enterprises, funds, government bodies and
      innovation platforms, merges their short and long forms, and links them with
      cooperation, location, investment, establishment, incubation and affiliation
      relations, each backed by the sentences that state it.

      --format tsv prints one row per entity (entity, id, kind, name, aliases joined by |,
      mention count) then one per relation (relation, source, target, kind, weight, first
      evidence sentence).

      --sentences reads one text per line on stdin and prints, for each, one JSON array
      of {"text", "kind"} spans found in that line alone.

      Example:
        netgraph extract seeds/ --format json -o network.json
      """
  )

  @OptionGroup var corpus: CorpusOptions

  @Option(name: .long, help: "Output format: json or tsv.")
  var format: ExtractFormat = .json

  @Option(name: [.short, .customLong("output")], help: "Write to FILE (atomically) instead of stdout.")
  var output: String?

  @Flag(name: .long, help: "Read one text per line on stdin; print one JSON array of entity spans per line.")
  var sentences = false

  func validate() throws {
    if sentences && !corpus.paths.isEmpty {
      throw ValidationError("--sentences reads stdin; do not pass PATHs with it.")
    }
    if sentences && corpus.curation.thesaurus != nil {
      throw ValidationError("--sentences prints spans, not a network; drop --thesaurus.")
    }
    if sentences && format != .json {
      throw ValidationError("--sentences always prints JSON; drop --format.")
    }
  }

  func run() throws {
    let extractor = try Extractor()
    if sentences {
      try SentenceStream.run(extractor: extractor, output: output, lossy: corpus.lossy)
      return
    }
    let network = try corpus.extractNetwork(with: extractor)
    let data: Data
    switch format {
    case .json: data = try NetworkFormatter.json(network)
    case .tsv: data = Data(NetworkFormatter.tsv(network).utf8)
    }
    try OutputWriter.write(data, to: output)
  }
}

/// Output formats of `extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
  case json, tsv
}

/// `extract --sentences`: one JSON array per stdin line, written as lines are read.
enum SentenceStream {
  static func run(extractor: Extractor, output: String?, lossy: Bool = false) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var buffer = Data()
    let toFile = output != nil && output != "-"
    // Lines are decoded strictly (readLine would repair invalid UTF-8 silently); answers are
    // flushed whenever no more input is waiting, so a tool driving netgraph line by line gets
    // each answer before it sends the next line.
    let replaced = try StandardInputLines.forEach(lossy: lossy, beforeRead: {
      if !toFile && !buffer.isEmpty {
        OutputWriter.writeToStandardOutput(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }) { text, _ in
      buffer.append(try encoder.encode(extractor.recognize(text)))
      buffer.append(0x0A)
    }
    if replaced > 0 {
      OutputWriter.warn("stdin: replaced \(replaced) invalid byte sequence\(replaced == 1 ? "" : "s") with U+FFFD")
    }
    if toFile {
      try OutputWriter.write(buffer, to: output)
    } else {
      OutputWriter.writeToStandardOutput(buffer)
    }
  }
}
