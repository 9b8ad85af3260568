import Foundation

/// Standard output as a `TextOutputStream`, written as it goes so long runs stream.
public struct StandardOutput: TextOutputStream {
    public init() {}
    public mutating func write(_ string: String) { FileHandle.standardOutput.write(Data(string.utf8)) }
}

/// Standard error as a `TextOutputStream`.
public struct StandardError: TextOutputStream {
    public init() {}
    public mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
