/// Figures as people read them: `1,234,567`, `412 ms`, `23.4 MB/s`, `1.21 GiB`.
enum Format {
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func seconds(_ s: Double) -> String {
        if s < 0.001 { return fixed(s * 1e6, 0) + " µs" }
        if s < 1 { return fixed(s * 1e3, s < 0.01 ? 2 : 0) + " ms" }
        return fixed(s, s < 10 ? 2 : 1) + " s"
    }

    static func rate(_ value: Double, _ unit: String) -> String {
        (value >= 100 ? count(Int(value.rounded())) : fixed(value, value >= 10 ? 1 : 2)) + " " + unit
    }

    /// Memory in binary units.
    static func memory(_ bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        if mib >= 1024 { return fixed(mib / 1024, 2) + " GiB" }
        return fixed(mib, mib >= 100 ? 0 : 1) + " MiB"
    }

    /// Text size in decimal megabytes, as throughput is given.
    static func megabytes(_ bytes: Int) -> String {
        fixed(Double(bytes) / 1e6, bytes >= 100_000_000 ? 0 : 1) + " MB"
    }

    static func percent(_ fraction: Double) -> String {
        fixed(fraction * 100, fraction < 0.1 ? 1 : 0) + "%"
    }

    /// A number with `places` decimals, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard scaled.isFinite, abs(scaled) < 9e18 else { return String(value) }
        let whole = Int(scaled)
        guard places > 0 else { return count(whole) }
        let integer = abs(whole) / Int(scale), fraction = abs(whole) % Int(scale)
        let digits = String(fraction)
        return (whole < 0 ? "-" : "") + count(integer) + "." + String(repeating: "0", count: places - digits.count) + digits
    }
}
