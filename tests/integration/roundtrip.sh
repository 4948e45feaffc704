#!/bin/bash
# roundtrip.sh - every output format parses back (strictly, with rapper) to
# the same graph, N-Quads and TriG to the same quads, and the Turtle and
# N-Quads parse with an independent library (rdflib).
# Env: NEWSGRAPH (the built binary), top_srcdir (the source tree).
set -u
NEWSGRAPH=${NEWSGRAPH:-$PWD/newsgraph}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-roundtrip.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
export LC_ALL=C

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; [ -s "$T/err" ] && sed 's/^/    stderr: /' "$T/err" | head -5; }
expect() { local d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }

if ! command -v rapper >/dev/null 2>&1; then
  echo "SKIP: rapper not installed (apt-get install raptor2-utils)"
  echo "0 passed, 0 failed"
  exit 77
fi

# ---- the inputs: the examples, or two small articles made here
ARTICLES="$top_srcdir/examples/articles"
if [ -z "$(find "$ARTICLES" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.text' \) 2>/dev/null | head -1)" ]; then
  ARTICLES="$T/articles"
  mkdir "$ARTICLES"
  cat >"$ARTICLES/e01.txt" <<'ART'
Norway and Chile agree to share intelligence on maritime smuggling

By Ingrid Solberg
March 3, 2021

OSLO — Norway will share intelligence with Chile and Peru, Norwegian Foreign
Minister Kari Haugland said on Tuesday. "This agreement makes both our
coastlines \ safer," Haugland said after meeting Chilean Foreign Minister
Tomás Errázuriz in Oslo.
ART
  cat >"$ARTICLES/e02.html" <<'ART'
<!DOCTYPE html>
<html><head><title>Chile, Norway, Peru in intelligence pact</title>
<meta name="date" content="2021-03-04"></head>
<body><h1>Chile, Norway, Peru in intelligence pact</h1>
<p>SANTIAGO &mdash; Chile&#8217;s Foreign Minister Tomas Errazuriz said on Wednesday that
Chile, Norway and Peru would share intelligence. &ldquo;We said &lt;yes&gt; &amp; meant it,&rdquo; he said.</p>
</body></html>
ART
fi

# ---- extract to every format
for f in turtle ntriples nquads trig rdfxml dot; do
  "$NEWSGRAPH" extract -q -f "$f" -o "$T/g.$f" "$ARTICLES" 2>"$T/err"
  rc=$?
  expect "extract -f $f (exit $rc)" test "$rc" -eq 0
done
expect "dot output is a digraph" grep -q '^digraph' "$T/g.dot"

# ---- parse each back strictly and compare the triples
# rapper: -q quiet, errors still go to stderr and make the exit status non-zero
triples() { # triples FILE SYNTAX > sorted N-Triples (graph names dropped)
  rapper -q -i "$2" -o ntriples "$1" 2>"$T/err" | sort -u
  return "${PIPESTATUS[0]}"
}
quads() { # quads FILE SYNTAX > sorted N-Quads
  rapper -q -i "$2" -o nquads "$1" 2>"$T/err" | sort -u
  return "${PIPESTATUS[0]}"
}
triples "$T/g.nquads" nquads >"$T/ref.nt"
expect "the N-Quads parse" test $? -eq 0 -a ! -s "$T/err"
expect "the graph is not empty" test -s "$T/ref.nt"
for p in turtle:turtle ntriples:ntriples trig:trig rdfxml:rdfxml; do
  f=${p%%:*}
  triples "$T/g.$f" "${p##*:}" >"$T/$f.nt"
  expect "the $f output parses" test $? -eq 0 -a ! -s "$T/err"
  if cmp -s "$T/ref.nt" "$T/$f.nt"; then ok; else
    bad "the $f output differs from the N-Quads (as triples)"
    diff "$T/ref.nt" "$T/$f.nt" | head -5
  fi
done

quads "$T/g.nquads" nquads >"$T/ref.nq"
quads "$T/g.trig" trig >"$T/trig.nq"
if cmp -s "$T/ref.nq" "$T/trig.nq"; then ok; else
  bad "the TriG output differs from the N-Quads (as quads)"
  diff "$T/ref.nq" "$T/trig.nq" | head -5
fi
expect "the N-Quads have named graphs" grep -q '> <https://w3id.org/newsgraph/id/doc-[0-9a-f]\{16\}> \.$' "$T/ref.nq"
expect "the N-Quads have a default graph" grep -q '"[^"]*" \.$\|> \.$' "$T/g.nquads"

# ---- the same input gives the same output (deterministic IRIs)
"$NEWSGRAPH" extract -q -f nquads "$ARTICLES" >"$T/again.nq" 2>/dev/null
expect "a second run gives identical N-Quads" cmp -s "$T/g.nquads" "$T/again.nq"

# ---- an independent parser: rdflib
PY=/usr/bin/python3
if [ -x "$PY" ] && "$PY" -c 'import rdflib' 2>/dev/null; then
  "$PY" - "$T" >"$T/py.out" 2>"$T/err" <<'PYEOF'
import sys
import rdflib
d = sys.argv[1]
ttl = rdflib.Graph()
ttl.parse(d + "/g.turtle", format="turtle")
xml = rdflib.Graph()
xml.parse(d + "/g.rdfxml", format="xml")
nq = rdflib.ConjunctiveGraph()
nq.parse(d + "/g.nquads", format="nquads")
trig = rdflib.ConjunctiveGraph()
trig.parse(d + "/g.trig", format="trig")
union = set(nq.triples((None, None, None)))
print(len(ttl), len(xml), len(union), len(set(trig.quads((None, None, None, None)))),
      len(set(nq.quads((None, None, None, None)))))
assert set(ttl) == union, "turtle != union of the quads"
assert set(xml) == union, "rdfxml != union of the quads"
PYEOF
  rc=$?
  expect "rdflib parses turtle, rdfxml, nquads and trig to the same graph" test "$rc" -eq 0
  read -r n_ttl n_xml n_union n_trig n_nq <"$T/py.out"
  expect "rdflib: trig and nquads have the same number of quads" test "${n_trig:-x}" = "${n_nq:-y}"
else
  echo "SKIP: /usr/bin/python3 with rdflib not available"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
