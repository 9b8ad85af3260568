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
        .target(name: "ClaimBench", dependencies: ["ClaimKit", "ClaimKitCLI"]),
        .executableTarget(name: "claims-bench", dependencies: ["ClaimBench", "ClaimKitCLI"]),
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit"]),
        .testTarget(name: "ClaimKitCLITests", dependencies: ["ClaimKitCLI", "ClaimKit"]),
        .testTarget(name: "ClaimBenchTests", dependencies: ["ClaimBench", "ClaimKitCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
