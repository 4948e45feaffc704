#!/usr/bin/env bash
# An entity page as a browser sees it: headless chromium renders
# /newsgraph/id/person-lucia-paredes from a server on loopback (--dump-dom);
# the page has the person's name as title, lists a meeting and a quote, every
# link is relative or http(s), and every link to this server answers 200.
# A screenshot is taken too (a PNG).  Skips (77) without chromium or curl.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
browser=
for b in chromium chromium-browser; do
  command -v "$b" > /dev/null && browser=$b && break
done
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (Debian package chromium)"
  exit 77
fi
if ! command -v curl > /dev/null; then
  echo "SKIP: curl is not installed (Debian package curl)"
  exit 77
fi
# librdf's Berkeley DB cursor calls memcmp with the longer key's length
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_memcmp=0"
T=$(mktemp -d)
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null && wait "$p" 2> /dev/null; done
  rm -rf "$T"
}
trap cleanup EXIT
. "$top_srcdir/tests/integration/lib.sh"

"$NEWSGRAPH" load -q "$T/store" "$top_srcdir/examples/articles" || { echo "FAIL load"; exit 1; }
# under valgrind (some 30 times slower, more on a busy machine) a page's
# queries get the time they need, and so does the browser
# (and no address-space limit: valgrind's own mappings count against it)
tmo=30 btmo=120 mem=1024
[ -n "${NG_UNDER_VALGRIND:-}" ] && tmo=600 btmo=1200 mem=0
serve_start serve --timeout "$tmo" --max-memory "$mem" "$T/store"
U=http://127.0.0.1:$port
PAGE=$U/newsgraph/id/person-lucia-paredes

run_browser() { # ARGS...: headless chromium with a fresh profile
  local profile
  profile=$(mktemp -d "$T/profile.XXXXXX")
  timeout "$btmo" "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2> "$T/browser.err"
}
if ! run_browser --dump-dom "$PAGE" > "$T/dom.html" || ! grep -q '<h1>' "$T/dom.html"; then
  echo "SKIP: chromium could not render the page:"
  tail -5 "$T/browser.err"
  exit 77
fi
check "title is the person's label" grep -q '<title>Lucía Paredes · newsgraph</title>' "$T/dom.html"
[ "$fail" -gt 0 ] && grep -o '<title>[^<]*</title>\|<p>[^<]*</p>' "$T/dom.html" | head -3 # what came instead
check "heading" grep -q '<h1>Lucía Paredes</h1>' "$T/dom.html"
check "a meeting is listed" grep -q '>Meeting (held)</a></td><td>2021-03-09</td><td>participant</td>' "$T/dom.html"
check "a quote is listed" grep -qF '<blockquote>“From today, what one navy sees, all three navies will see.”</blockquote>' "$T/dom.html"
check "the quote links its article" \
  grep -qF '<a href="/newsgraph/id/doc-f35e4b85221fdc82">Peru formally joins Norway-Chile maritime intelligence pact</a>' "$T/dom.html"

grep -o 'href="[^"]*"' "$T/dom.html" | sed 's/^href="//; s/"$//; s/&amp;/\&/g' | sort -u > "$T/hrefs"
check "the page has links ($(wc -l < "$T/hrefs"))" test "$(wc -l < "$T/hrefs")" -gt 10
check "every link is relative or http(s)" test -z "$(grep -Ev '^(/|\?|https?://)' "$T/hrefs")"
bad=0 n=0
while IFS= read -r h; do
  case $h in
  /*) url=$U${h%%#*} ;;
  \?*) url=$PAGE$h ;;
  *) continue ;; # elsewhere on the web: not fetched (tests run offline)
  esac
  n=$((n + 1))
  c=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  if [ "$c" != 200 ]; then
    echo "  $url: $c"
    bad=$((bad + 1))
  fi
done < "$T/hrefs"
check "all $n links to this server answer 200" is "$bad" 0
if command -v dot > /dev/null; then
  check "the picture is an image of this server" grep -q '<img src="/newsgraph/id/person-lucia-paredes?format=svg"' "$T/dom.html"
  check "the picture loads" is "$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$PAGE?format=svg")" "200 image/svg+xml"
fi

run_browser --screenshot="$T/page.png" --window-size=1200,900 "$PAGE" > /dev/null
check "a screenshot (PNG)" sh -c "head -c 8 '$T/page.png' | od -An -c | grep -q 'P   N   G'"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
