#!/usr/bin/env bash
# A short run of every fuzz target, for CI: builds unoptimised (faster to build) and fuzzes each
# target for a few seconds from its seeds and kept regressions.
#
#   Tests/Fuzz/smoke.sh [SECONDS-PER-TARGET]     (default 6)
#
# Skips, with exit 0 and a line saying so, when the toolchain has no libFuzzer runtime. Exits 1
# if a target finds a crash, a hang or a broken property: the input is in Tests/Fuzz/work/crashes/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-6}"

# libFuzzer ships with the Swift toolchain's clang runtime on Linux.
resource="$(dirname "$(dirname "$(command -v swiftc)")")/lib/swift/clang/lib"
if ! find "$resource" -name 'libclang_rt.fuzzer*.a' 2>/dev/null | grep -q .; then
    echo "fuzz smoke: skipped (no libFuzzer runtime under $resource)"
    exit 0
fi

mkdir -p "$here/work"
start=$SECONDS
for target in article ledger arguments; do
    # -runs bounds the run too, so a slow machine cannot stretch it; no new corpus is kept.
    FUZZ_OPT=-Onone "$here/run.sh" "$target" "$seconds" -runs=20000 -print_final_stats=0 > "$here/work/smoke-$target.log" 2>&1 || {
        status=$?
        echo "fuzz smoke: $target FAILED (exit $status); log: Tests/Fuzz/work/smoke-$target.log"
        grep -E "ERROR|Fatal error|Test unit written|panic|crashed" "$here/work/smoke-$target.log" | head -20
        exit 1
    }
    runs="$(grep -Eo '^(#[0-9]+|Done [0-9]+ runs)' "$here/work/smoke-$target.log" | tail -1)"
    echo "fuzz smoke: $target ok ($runs)"
done
echo "fuzz smoke: passed in $((SECONDS - start)) s"
echo "fuzz: 3 passed, 0 failed"
