/// Least-significant-digit radix sort of 64-bit values.
///
/// The indexes sort millions of packed postings and pairs; eight counting passes over the
/// bytes beat a comparison sort several times over. All eight histograms come from one read,
/// and a pass whose byte is the same for every value (the high bytes of small item numbers)
/// is skipped.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        guard n > 1 else { return }
        var counts = [Int](repeating: 0, count: 8 * 256)
        values.withUnsafeBufferPointer { v in
            counts.withUnsafeMutableBufferPointer { c in
                for x in v {
                    c[Int(x & 0xFF)] += 1
                    c[256 + Int((x >> 8) & 0xFF)] += 1
                    c[512 + Int((x >> 16) & 0xFF)] += 1
                    c[768 + Int((x >> 24) & 0xFF)] += 1
                    c[1024 + Int((x >> 32) & 0xFF)] += 1
                    c[1280 + Int((x >> 40) & 0xFF)] += 1
                    c[1536 + Int((x >> 48) & 0xFF)] += 1
                    c[1792 + Int(x >> 56)] += 1
                }
            }
        }
        var buffer = [UInt64](repeating: 0, count: n)
        var inBuffer = false
        var offsets = [Int](repeating: 0, count: 256)
        for pass in 0..<8 {
            let histogram = counts[(pass * 256)..<(pass * 256 + 256)]
            if histogram.contains(n) { continue }
            var total = 0
            for (b, c) in histogram.enumerated() {
                offsets[b] = total
                total += c
            }
            let shift = UInt64(pass * 8)
            func scatter(_ from: UnsafeBufferPointer<UInt64>, _ to: UnsafeMutableBufferPointer<UInt64>) {
                offsets.withUnsafeMutableBufferPointer { o in
                    for x in from {
                        let b = Int((x >> shift) & 0xFF)
                        to[o[b]] = x
                        o[b] += 1
                    }
                }
            }
            if inBuffer {
                buffer.withUnsafeBufferPointer { f in values.withUnsafeMutableBufferPointer { t in scatter(f, t) } }
            } else {
                values.withUnsafeBufferPointer { f in buffer.withUnsafeMutableBufferPointer { t in scatter(f, t) } }
            }
            inBuffer.toggle()
        }
        if inBuffer { swap(&values, &buffer) }
    }
}
