// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "NetGraph",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "NetGraph", targets: ["NetGraph"]),
    .executable(name: "netgraph", targets: ["netgraph"]),
    .executable(name: "netgraph-bench", targets: ["netgraph-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(
      name: "NetGraph",
      dependencies: [
        "CGraphviz",
        .product(name: "Collections", package: "swift-collections"),
      ],
      resources: [.copy("Resources"), .copy("../../seeds")]
    ),
    .executableTarget(
      name: "netgraph",
      dependencies: [
        "NetGraph",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "netgraph-bench",
      dependencies: ["NetGraph"]
    ),
    .testTarget(
      name: "NetGraphTests",
      dependencies: [
        "NetGraph",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "netgraphTests",
      dependencies: ["netgraph"]
    ),
  ],
  swiftLanguageModes: [.v5]
)
