// swift-tools-version: 6.2
import PackageDescription

// CI treats warnings as errors; so does every build of our own targets.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
  name: "forcebench",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "forcebench", targets: ["forcebench"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    // Debian's libcsv-dev ships no pkg-config file, so the modulemap links it by name.
    .systemLibrary(name: "CCSV", path: "Sources/CCSV"),
    // PCRE2's 16-bit library (libpcre2-dev) runs every pattern of ingest; see Ingest/Pattern.swift.
    .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-16", providers: [.apt(["libpcre2-dev"])]),
    // libxlsxwriter (libxlsxwriter-dev) writes the report's workbook; see XLSX/Workbook.swift.
    .systemLibrary(
      name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
    .target(name: "CSV", dependencies: ["CCSV"], swiftSettings: strict),
    .target(name: "XLSX", dependencies: ["CXLSXWriter"], swiftSettings: strict),
    .target(name: "Records", dependencies: ["CSV"], swiftSettings: strict),
    .target(
      name: "Topics", dependencies: ["Records", .product(name: "Yams", package: "Yams")],
      swiftSettings: strict),
    .target(
      name: "Ingest",
      dependencies: [
        "Records", "CSV", "Topics", "CPCRE2",
        .product(name: "Subprocess", package: "swift-subprocess"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strict),
    .target(name: "Normalise", dependencies: ["Records", "CSV"], swiftSettings: strict),
    .target(
      name: "Classify",
      dependencies: ["Records", "CSV", "Topics", .product(name: "Yams", package: "Yams")],
      swiftSettings: strict),
    .target(name: "Aggregate", dependencies: ["Records", "CSV"], swiftSettings: strict),
    .target(name: "Report", dependencies: ["Records", "CSV", "XLSX"], swiftSettings: strict),
    .target(
      name: "Pipeline",
      dependencies: [
        "Records", "CSV", "Topics", "Ingest", "Normalise", "Classify", "Aggregate", "Report",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strict),
    .executableTarget(
      name: "forcebench",
      dependencies: [
        "Pipeline", "Records",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // What `forcebench init` copies; a test keeps it equal to Inputs/ and Pipelines/.
      resources: [.copy("Study")],
      swiftSettings: strict),
    .testTarget(
      name: "CSVTests",
      dependencies: [
        "CSV", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      swiftSettings: strict),
    .testTarget(name: "RecordsTests", dependencies: ["Records", "CSV"], swiftSettings: strict),
    .testTarget(
      name: "IngestTests",
      dependencies: [
        "Ingest", "Records", "CSV", "Topics",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    .testTarget(
      name: "NormaliseTests", dependencies: ["Normalise", "Records", "CSV"],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    .testTarget(
      name: "ClassifyTests", dependencies: ["Classify", "Records", "CSV", "Topics"],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    .testTarget(
      name: "AggregateTests", dependencies: ["Aggregate", "Records", "CSV"],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    .testTarget(
      name: "ReportTests", dependencies: ["Report", "Records", "CSV"],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    .testTarget(
      name: "PipelineTests", dependencies: ["Pipeline", "Records", "CSV"],
      resources: [.copy("Fixtures")], swiftSettings: strict),
  ]
)
