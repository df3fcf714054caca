import Foundation
import NetGraph

// Usage: decode-only FILE...  — prints file, encoding-independent scalar count, warnings.
let paths = Array(CommandLine.arguments.dropFirst())
do {
  let corpus = try CorpusLoader.load(paths: paths, lossy: true)
  for document in corpus.documents {
    print("\(document.fileName): \(document.scalars.count) scalars")
  }
  for warning in corpus.warnings { print("warning: \(warning)") }
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
