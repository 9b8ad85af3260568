#!/usr/bin/env bash
# Renders the HTML report of this repository's Corpus/ and Claims/ in headless Chromium and fails
# when a picture is missing, empty or blank: the real-browser check the Swift unit suite (well-formedness,
# escaping, highlight spans) cannot make.
#
#   Tests/Browser/render.sh [OUT_DIR]        (default OUT_DIR: .build/browser)
#
# Writes OUT_DIR/report.html and, from Chromium:
#   report.png    the top of the page (overview), 1280 px wide
#   articles.png  the first article, its claims highlighted, one tooltip forced open
#   sources.png   the statements × sources table and the disputes side by side
#   report.pdf    the page as printed (the print style sheet)
# Look at the pictures: this script only proves the browser rendered something.
#
# Needs the Debian package `chromium`. When it is missing and apt-get can run (as root), the
# script installs it; CLAIMTRACK_NO_INSTALL=1 forbids that. Without a browser it prints SKIP and
# exits 0, or 1 when CLAIMTRACK_REQUIRE_BROWSER=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-.build/browser}"

find_browser() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
browser="$(find_browser)"
if [[ -z "$browser" && "${CLAIMTRACK_NO_INSTALL:-0}" != 1 && "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "render.sh: installing chromium with apt-get" >&2
    if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then apt-get update -qq >&2 || true; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2 || true
    browser="$(find_browser)"
fi
if [[ -z "$browser" ]]; then
    echo "SKIP render.sh: no Chromium here and it could not be installed (Debian: apt-get install chromium)" >&2
    [[ "${CLAIMTRACK_REQUIRE_BROWSER:-0}" == 1 ]] && exit 1
    exit 0
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product claims >&2
.build/debug/claims report --html "$out/report.html" >&2

# Views of parts of the page: copies with a few style rules added, since a headless screenshot
# shows the top of a page and does not scroll to a fragment.
view() { # view NAME CSS: writes OUT/view-NAME.html
    sed "s|</style>|$2\n</style>|" "$out/report.html" > "$out/view-$1.html"
}
# The first article, the tooltip of its first claim held open as if focused.
first_claim="$(grep -m 1 -o 'id="claim-[^"]*" tabindex="0"' "$out/report.html" | sed -n '1s/^id="\([^"]*\)".*/\1/p')"
view articles "header, main > section:not(#articles) { display: none; } mark.claim[id=\"$first_claim\"]::after { display: block; }"
view sources "header, main > section:not(#sources):not(#findings) { display: none; }"

shoot() { # shoot NAME.png FILE.html
    rm -f "$out/$1"
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-dev-shm-usage --force-device-scale-factor=1 --window-size=1280,1800 \
        --screenshot="$out/$1" "file://$out/$2" >/dev/null 2>&1 || true
}
shoot report.png report.html
shoot articles.png view-articles.html
shoot sources.png view-sources.html
rm -f "$out/report.pdf"
timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage \
    --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$out/report.html" >/dev/null 2>&1 || true

status=0
for picture in report.png articles.png sources.png; do
    # A blank 1280 × 1800 page compresses to about 10 kB; a page of text to far more.
    if [[ ! -s "$out/$picture" ]] || [[ "$(head -c 8 "$out/$picture" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]] \
        || (( $(wc -c < "$out/$picture") < 30000 )); then
        echo "FAIL render.sh: $out/$picture is missing, empty, blank or not a PNG" >&2
        status=1
    fi
done
if [[ ! -s "$out/report.pdf" ]] || [[ "$(head -c 5 "$out/report.pdf")" != "%PDF-" ]]; then
    echo "FAIL render.sh: $out/report.pdf is missing, empty or not a PDF" >&2
    status=1
fi
[[ $status == 0 ]] && echo "render.sh: rendered with $("$browser" --version 2>/dev/null | head -n 1): $out/{report,articles,sources}.png, report.pdf"
exit $status
