// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "claimtrack",
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .executable(name: "claims", targets: ["claims"]),
        .executable(name: "claims-bench", targets: ["claims-bench"]),
    ],
    targets: [
        .target(
            name: "ClaimKit",
            exclude: ["Lexicon/Data"]
        ),
        .target(name: "ClaimKitCLI", dependencies: ["ClaimKit"]),
        .executableTarget(name: "claims", dependencies: ["ClaimKitCLI"]),
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit", "StoreWorker"], exclude: ["Evaluation"]),
        .testTarget(name: "ClaimKitCLITests", dependencies: ["ClaimKitCLI", "ClaimKit"]),
        // A second process writing the ledger, for ClaimKitTests' ledger safety tests.
        .executableTarget(name: "StoreWorker", dependencies: ["ClaimKit"], path: "Tests/StoreWorker"),
        // Replays Tests/Fuzz/regressions/ through the fuzz targets' checks; the rest of
        // Tests/Fuzz (harness, scripts, corpus, work/) is built by Tests/Fuzz/run.sh, not here.
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["ClaimKit", "ClaimKitCLI"],
            path: "Tests/Fuzz",
            exclude: ["README.md", "run.sh", "smoke.sh", "scaling.sh", "Harness", "Scaling", "corpus", "dictionaries", "regressions", "work"],
            sources: ["Checks", "Regressions"]
        ),
        .target(name: "ClaimBench", dependencies: ["ClaimKit", "ClaimKitCLI"]),
        .executableTarget(name: "claims-bench", dependencies: ["ClaimBench", "ClaimKitCLI"]),
        .testTarget(name: "ClaimBenchTests", dependencies: ["ClaimBench", "ClaimKitCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
