// swift-tools-version:6.0
// Loads a corpus file with NetGraph's CorpusLoader only (no extraction), so that
// `/usr/bin/time -v` shows the reader's own peak memory. See ../big_file.sh.
import PackageDescription

let package = Package(
  name: "decode-only",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "NetGraph", path: "../../..")],
  targets: [
    .executableTarget(name: "decode-only", dependencies: [.product(name: "NetGraph", package: "NetGraph")])
  ],
  swiftLanguageModes: [.v5]
)
