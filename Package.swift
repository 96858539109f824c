// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "manifestlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "manifestlint", targets: ["manifestlint"]),
        .library(name: "ManifestLint", targets: ["ManifestLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The registry audit's cache (SQLite, shared safely by concurrent runs).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CJansson",
            pkgConfig: "jansson",
            providers: [.apt(["libjansson-dev"])]
        ),
        // The per-thread arena jansson allocates from while it parses (JSON/JanssonParser.swift installs it).
        .target(name: "CJanssonArena"),
        .target(
            name: "ManifestLint",
            dependencies: [
                "CJansson",
                "CJanssonArena",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "manifestlint",
            dependencies: [
                "ManifestLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (scripts/fuzz); the normal build is a tool that replays saved inputs.
        .executableTarget(
            name: "ManifestLintFuzz",
            dependencies: ["ManifestLint"]
        ),
        .testTarget(
            name: "ManifestLintTests",
            dependencies: ["ManifestLint"]
        ),
    ]
)
