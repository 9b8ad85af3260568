// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "claimtrack",
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .executable(name: "claims", targets: ["claims"]),
    ],
    targets: [
        .target(
            name: "ClaimKit",
            exclude: ["Lexicon/Data"]
        ),
        .target(name: "ClaimKitCLI", dependencies: ["ClaimKit"]),
        .executableTarget(name: "claims", dependencies: ["ClaimKitCLI"]),
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit"], exclude: ["Evaluation"]),
        .testTarget(name: "ClaimKitCLITests", dependencies: ["ClaimKitCLI", "ClaimKit"]),
    ],
    swiftLanguageModes: [.v6]
)
