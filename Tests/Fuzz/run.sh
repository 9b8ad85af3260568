#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a while.
#
#   Tests/Fuzz/run.sh article|ledger|arguments SECONDS [libFuzzer options ...]
#
# Builds ClaimKit and ClaimKitCLI with coverage and AddressSanitizer into Tests/Fuzz/work/
# (git-ignored; rebuilt only when a source changed), then fuzzes with the seeds of
# Tests/Fuzz/corpus/TARGET, the repository's Corpus/ (article) or Claims/ (ledger), and every
# kept regression. New interesting inputs go to work/corpus/TARGET; a crash, a hang (> 1 s for
# one input) or a violated property stops the run with exit 1 and leaves the input in
# work/crashes/. FUZZ_OPT=-Onone builds faster and runs slower (the CI smoke uses it).
set -euo pipefail

usage="usage: run.sh article|ledger|arguments SECONDS [libFuzzer options ...]"
target="${1:?$usage}"
seconds="${2:?$usage}"
shift 2
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
opt="${FUZZ_OPT:--O}"
work="$here/work"
build="$work/build$opt"

case "$target" in
    article) define=ARTICLE; max_len=32768; seeds=("$root/Corpus") ;;
    ledger) define=LEDGER; max_len=32768; seeds=("$root/Claims") ;;
    arguments) define=ARGUMENTS; max_len=512; seeds=() ;;
    *) echo "$usage" >&2; exit 2 ;;
esac

mkdir -p "$build" "$work/corpus/$target" "$work/crashes"
flags=(-swift-version 6 -package-name claimtrack "$opt" -wmo -sanitize=fuzzer,address -parse-as-library)

# Whether $1 is missing or older than any file under the other arguments.
stale() {
    local product="$1"; shift
    [[ ! -e "$product" ]] || [[ -n "$(find "$@" -newer "$product" -print -quit)" ]]
}

# A static library and module for one package target.
library() {
    local name="$1"; shift
    if stale "$build/lib$name.a" "$@"; then
        echo "run.sh: building $name ($opt)" >&2
        rm -f "$build/lib$name.a"   # the archiver adds to an existing archive
        swiftc "${flags[@]}" -module-name "$name" -I "$build" \
            -emit-module -emit-module-path "$build/$name.swiftmodule" \
            -emit-library -static -o "$build/lib$name.a" \
            $(find "$@" -name '*.swift' | sort)
    fi
}

library ClaimKit "$root/Sources/ClaimKit"
library ClaimKitCLI "$root/Sources/ClaimKitCLI" "$build/libClaimKit.a"
binary="$build/fuzz-$target"
if stale "$binary" "$here/Harness" "$here/Checks" "$build/libClaimKit.a" "$build/libClaimKitCLI.a"; then
    echo "run.sh: linking fuzz-$target" >&2
    swiftc "${flags[@]}" -module-name Fuzz -D "$define" -I "$build" \
        "$here/Harness/Harness.swift" "$here/Checks/FuzzCheck.swift" \
        "$build/libClaimKitCLI.a" "$build/libClaimKit.a" -o "$binary"
fi

dict=()
[[ -f "$here/dictionaries/$target.dict" ]] && dict=(-dict="$here/dictionaries/$target.dict")
# libFuzzer stops at a seed folder that does not exist (a target with no regression yet).
inputs=()
for folder in "$here/corpus/$target" "$here/regressions/$target" "${seeds[@]}"; do
    [[ -d "$folder" ]] && inputs+=("$folder")
done
exec "$binary" "$work/corpus/$target" "${inputs[@]}" \
    "${dict[@]}" -max_total_time="$seconds" -timeout=1 -max_len="$max_len" -rss_limit_mb=4096 \
    -artifact_prefix="$work/crashes/$target-" -print_final_stats=1 "$@"
