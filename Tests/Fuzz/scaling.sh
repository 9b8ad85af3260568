#!/usr/bin/env bash
# Times extraction of pathological articles at 1x/2x/4x/8x size (optimised build, no sanitizer).
#
#   Tests/Fuzz/scaling.sh [CASE-NAME-PART]
#
# The binary is built into Tests/Fuzz/work/ (git-ignored) from ClaimKit's sources and
# Scaling/Scaling.swift, and rebuilt only when one of them changed. Not a test: it prints
# numbers for a person to read (the `x` column near 2 means linear).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
binary="$here/work/scaling"
mkdir -p "$here/work"
# The cases are the benchmark's (`claims-bench` measures their growth per tenfold).
cases="$root/Sources/ClaimBench/PathologicalText.swift"
if [[ ! -e "$binary" ]] || [[ -n "$(find "$root/Sources/ClaimKit" "$here/Scaling" "$cases" -newer "$binary" -print -quit)" ]]; then
    echo "scaling.sh: building (-O)" >&2
    swiftc -swift-version 6 -package-name claimtrack -O -wmo -parse-as-library -module-name Scaling -o "$binary" \
        $(find "$root/Sources/ClaimKit" "$here/Scaling" -name '*.swift' | sort) "$cases"
fi
exec "$binary" "$@"
