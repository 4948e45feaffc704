#!/bin/bash
# cli.sh - the command line: help, version, usage errors, every output format,
# and a query over what extract wrote.
# Env: NEWSGRAPH (the built binary), top_srcdir (the source tree).
set -u
NEWSGRAPH=${NEWSGRAPH:-$PWD/newsgraph}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-cli.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
NS='https://w3id.org/newsgraph/ns#'

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; [ -s "$T/err" ] && sed 's/^/    stderr: /' "$T/err" | head -5; }
# run ARGS...: runs newsgraph, stdout in $T/out, stderr in $T/err, status in $rc
run() { "$NEWSGRAPH" "$@" >"$T/out" 2>"$T/err"; rc=$?; }
expect_rc() { # expect_rc WANT DESCRIPTION
  if [ "$rc" -eq "$1" ]; then ok; else bad "$2: exit $rc, expected $1"; fi
}
expect() { # expect DESCRIPTION COMMAND...
  local d=$1; shift
  if "$@"; then ok; else bad "$d"; fi
}

cat >"$T/article.txt" <<'ART'
Norway and Chile agree to share intelligence on maritime smuggling

By Ingrid Solberg
March 3, 2021

OSLO — Norway will share intelligence with Chile and Peru, Norwegian Foreign
Minister Kari Haugland said on Tuesday. "This agreement makes both our coastlines
safer," Haugland told reporters after meeting Chilean Foreign Minister Tomas
Errazuriz in Oslo.
ART

# ---- help and version
run --help
expect_rc 0 "--help"
expect "--help prints the commands to stdout" grep -q extract "$T/out"
expect "--help prints nothing to stderr" test ! -s "$T/err"
run help
expect_rc 0 "help"
run --version
expect_rc 0 "--version"
expect "--version prints 'newsgraph VERSION'" grep -Eq '^newsgraph [0-9]' "$T/out"
for cmd in extract query stats; do
  run "$cmd" --help
  expect_rc 0 "$cmd --help"
  expect "$cmd --help prints usage to stdout" grep -q "Usage: newsgraph $cmd" "$T/out"
done

# ---- usage errors: exit 2, a message on stderr, nothing on stdout
run frobnicate
expect_rc 2 "unknown command"
expect "unknown command names it" grep -q frobnicate "$T/err"
run
expect_rc 2 "no command"
run extract --frobnicate "$T/article.txt"
expect_rc 2 "extract --frobnicate"
expect "bad option message" grep -q "try 'newsgraph extract --help'" "$T/err"
expect "bad option: nothing on stdout" test ! -s "$T/out"
run extract
expect_rc 2 "extract without input"
expect "no input message" grep -q "no input" "$T/err"
run extract -f yaml "$T/article.txt"
expect_rc 2 "extract -f yaml (no such format)"
run extract -o
expect_rc 2 "extract -o without argument"
run extract --date 2021-02-30 "$T/article.txt"
expect_rc 2 "extract --date 2021-02-30"
run extract --date yesterday "$T/article.txt"
expect_rc 2 "extract --date yesterday"
run extract --base ftp://example.org/ "$T/article.txt"
expect_rc 2 "extract --base ftp://"
run extract --base https://example.org/id "$T/article.txt"
expect_rc 2 "extract --base without trailing /"
run extract --base https://example.org/id# "$T/article.txt"
expect_rc 2 "extract --base with a fragment (mentions add their own #char=)"
run query "$T/x.nq"
expect_rc 2 "query without a query"
run query -r yaml "$T/x.nq" 'ASK {}'
expect_rc 2 "query -r yaml"
run load
expect_rc 2 "load without a store"
run serve
expect_rc 2 "serve without a store"
run serve --port 99999 "$T/x.nq"
expect_rc 2 "serve --port 99999"

# ---- extract to every format
for f in turtle ntriples nquads trig rdfxml dot; do
  run extract -q -f "$f" "$T/article.txt"
  expect_rc 0 "extract -f $f"
  expect "extract -f $f writes something" test -s "$T/out"
  cp "$T/out" "$T/out.$f"
done
expect "dot output is a digraph" grep -q '^digraph' "$T/out.dot"
expect "nquads output names the document graph" grep -q "<https://w3id.org/newsgraph/id/doc-[0-9a-f]\{16\}> \.$" "$T/out.nquads"
expect "turtle declares the ng: prefix" grep -q "@prefix ng: <$NS>" "$T/out.turtle"
if command -v rapper >/dev/null 2>&1; then
  for p in turtle:turtle ntriples:ntriples nquads:nquads trig:trig rdfxml:rdfxml; do
    f=${p%%:*}
    syntax=${p##*:}
    expect "rapper parses the $f output" rapper -q -i "$syntax" -c "$T/out.$f"
  done
fi

# ---- newsgraph is the extract-only program: it runs newsgraph-full for
# the other commands (above: query, stats, load, serve, remove) and for
# RDF/XML and dot (above), and links none of the store's libraries
real=$NEWSGRAPH
[ "$(head -c 4 "$real" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ] || real=""
if [ -n "$real" ] && command -v readelf >/dev/null 2>&1; then
  readelf -d "$real" | grep NEEDED >"$T/needed"
  expect "newsgraph links no store library" \
    test -z "$(grep -E 'librdf|libraptor|librasqal|libmicrohttpd|libodbc' "$T/needed")"
  readelf -d "$(dirname "$real")/newsgraph-full" | grep NEEDED >"$T/needed"
  expect "newsgraph-full links librdf" grep -q librdf "$T/needed"
  # alone, without newsgraph-full beside it (nor installed), it says what is missing
  mkdir "$T/alone" && cp "$real" "$T/alone/newsgraph"
  "$T/alone/newsgraph" stats "$T/x.nq" >"$T/out" 2>"$T/err"
  rc=$?
  if grep -q "x.nq" "$T/err" && ! grep -q "cannot run" "$T/err"; then
    echo "skip: an installed newsgraph-full ran the command"
  else
    expect_rc 1 "stats without newsgraph-full"
    expect "the missing newsgraph-full is named" \
      grep -q "cannot run /.*/newsgraph-full: No such file or directory" "$T/err"
  fi
  "$T/alone/newsgraph" extract -q -f nquads "$T/article.txt" >"$T/out" 2>"$T/err"
  rc=$?
  expect_rc 0 "extract alone"
  expect "extract alone writes the graph" grep -q 'person-kari-haugland' "$T/out"
fi
# RDF/XML from standard input: newsgraph-full reads what newsgraph did not
"$NEWSGRAPH" extract -q -f rdfxml - <"$T/article.txt" >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0 "extract -f rdfxml -"
expect "RDF/XML from standard input names the minister" grep -q 'person-kari-haugland' "$T/out"

# ---- standard input, -o, --base, --date
"$NEWSGRAPH" extract -q -f nquads - <"$T/article.txt" >"$T/stdin.nq" 2>"$T/err"
rc=$?
expect_rc 0 "extract from standard input"
expect "standard input gives the same graph except the identifier" \
  test "$(grep -vc 'identifier' "$T/stdin.nq")" -eq "$(grep -vc 'identifier' "$T/out.nquads")"
run extract -q -f nquads -o "$T/graph.nq" "$T/article.txt"
expect_rc 0 "extract -o"
expect "extract -o writes nothing to stdout" test ! -s "$T/out"
expect "extract -o writes the file" cmp -s "$T/graph.nq" "$T/out.nquads"
expect "extract -o leaves no temporary file" test -z "$(ls -A "$T" | grep '^\.graph\.nq\.')"
run extract -q -f ntriples --base 'https://example.org/kg/' "$T/article.txt"
expect_rc 0 "extract --base"
expect "--base is used for minted IRIs" grep -q '^<https://example.org/kg/doc-' "$T/out"
run extract -q -f ntriples --date 2020-01-02 "$T/article.txt"
expect_rc 0 "extract --date"
run extract -q -f ntriples "$T/article.txt" "$T/article.txt"
expect_rc 0 "the same input twice"

# ---- query and stats over what extract wrote
run query -r tsv "$T/graph.nq" "SELECT ?d WHERE { ?d a <${NS}Document> }"
expect_rc 0 "query SELECT"
expect "query gives a header and one document" test "$(wc -l <"$T/out")" -eq 2
expect "query result is the document IRI" grep -q '^<https://w3id.org/newsgraph/id/doc-' "$T/out"
run query -r csv "$T/graph.nq" "SELECT ?g WHERE { GRAPH ?g { ?g a <${NS}Document> } }"
expect_rc 0 "query GRAPH ?g"
expect "the document asserts itself in its own graph" grep -q '^https://w3id.org/newsgraph/id/doc-' "$T/out"
run query "$T/graph.nq" "ASK { ?d a <${NS}Document> }"
expect_rc 0 "query ASK"
expect "ASK prints true" grep -qx true "$T/out"
run query -r json "$T/graph.nq" "SELECT ?d WHERE { ?d a <${NS}Document> }"
expect_rc 0 "query -r json"
if [ -x /usr/bin/python3 ]; then
  expect "json results parse" /usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out"
fi
run query -r xml "$T/graph.nq" "SELECT ?d WHERE { ?d a <${NS}Document> }"
expect_rc 0 "query -r xml"
echo "SELECT (COUNT(?s) AS ?n) WHERE { ?s ?p ?o }" >"$T/count.rq"
run query -r csv "$T/graph.nq" -q "$T/count.rq"
expect_rc 0 "query -q FILE"
run query "$T/graph.nq" "PREFIX ng: <$NS> SELECT ?x WHERE { ?x ng:mention/ng:inDocument ?d }"
expect_rc 1 "query with a property path"
expect "property paths are named in the message" grep -q "property path" "$T/err"
run query "$T/graph.nq" "SELECT WHERE {{"
expect_rc 1 "query with a syntax error"
run query "$T/missing.nq" "ASK { ?s ?p ?o }"
expect_rc 1 "query over a missing graph"
expect "the missing graph is named" grep -q "missing.nq" "$T/err"
run stats "$T/graph.nq"
expect_rc 0 "stats"
expect "stats counts one article" grep -Eq '^articles +1$' "$T/out"
# a graph read from a pipe under a file name (no suffix: its syntax is guessed
# from its first bytes, which a pipe cannot give back)
cat "$T/graph.nq" | "$NEWSGRAPH" stats /dev/stdin >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0 "stats /dev/stdin from a pipe"
expect "stats of a pipe counts one article" grep -Eq '^articles +1$' "$T/out"

# ---- a write error on standard output is reported
if [ -w /dev/full ]; then
  "$NEWSGRAPH" --help >/dev/full 2>"$T/err"
  rc=$?
  expect_rc 1 "--help >/dev/full"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
