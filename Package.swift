// swift-tools-version:6.0
import PackageDescription

// Data flows one way, and each arrow is a module boundary:
// CSV bytes -> files read on every core -> typed values -> analytics over the numerics layer -> report values -> the command line.
let package = Package(
    name: "Fingov",
    products: [
        .executable(name: "fingov", targets: ["fingov"]),
        .library(name: "FingovAnalytics", targets: ["FingovAnalytics"]),
        .library(name: "FingovReports", targets: ["FingovReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Documentation only: `swift package generate-documentation --target FingovAnalytics`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // OpenBLAS's CBLAS and the LAPACK routines it exports.
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .target(name: "FingovNumerics", dependencies: ["COpenBLAS"]),
        // The structural bytes of CSV found 64 bytes at a time (SSE2 or AVX2, chosen at run time).
        .target(name: "CStructural"),
        .target(name: "FingovCSV", dependencies: ["CStructural"]),
        // Files: mapped windows, cuts, workers, headers, row problems, duplicate ids.
        .target(name: "FingovIngest", dependencies: ["FingovCSV"]),
        .target(name: "FingovModel", dependencies: ["FingovCSV", "FingovIngest"]),
        .target(name: "FingovAnalytics", dependencies: ["FingovModel", "FingovIngest", "FingovNumerics"]),
        .target(
            name: "FingovReports",
            dependencies: ["FingovAnalytics", "FingovModel", "FingovIngest", "FingovCSV", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "fingov",
            dependencies: [
                "FingovReports",
                "FingovAnalytics",
                "FingovModel",
                "FingovIngest",
                "FingovCSV",
                "FingovNumerics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FingovNumericsTests", dependencies: ["FingovNumerics"]),
        .testTarget(name: "FingovCSVTests", dependencies: ["FingovCSV"]),
        .testTarget(name: "FingovIngestTests", dependencies: ["FingovIngest", "FingovCSV"]),
        .testTarget(name: "FingovModelTests", dependencies: ["FingovModel", "FingovIngest", "FingovCSV"]),
        .testTarget(name: "FingovAnalyticsTests", dependencies: ["FingovAnalytics", "FingovModel", "FingovIngest", "FingovNumerics"]),
        .testTarget(
            name: "FingovReportsTests",
            dependencies: ["FingovReports", "FingovAnalytics", "FingovModel", "FingovIngest", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden"]
        ),
        .testTarget(name: "FingovCLITests", dependencies: ["fingov"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
