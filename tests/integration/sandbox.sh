#!/usr/bin/env bash
# query and stats run in a sandbox child: a query that crashes rasqal, one
# over --timeout and one over --max-memory each end with exit status 1 and
# one exact line, and the command itself survives; normal answers are
# unchanged (streamed to stdout).
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$top_srcdir/tests/integration/lib.sh"
# AddressSanitizer would turn the crash into its own report: let it crash
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:strict_memcmp=0"
"$NEWSGRAPH" extract -q -f nquads -o "$T/ex.nq" "$top_srcdir/examples/articles" || exit 1

# ---- a query form rasqal 0.9.33 crashes on (an empty short VALUES block);
# the pre-check that refuses it is turned off
NEWSGRAPH_QUERY_NOCHECK=1 "$NEWSGRAPH" query -r tsv "$T/ex.nq" 'SELECT ?x WHERE { VALUES ?x { } }' > "$T/out" 2> "$T/err"
rc=$?
check "crashing query: exit 1" is "$rc" 1
check "crashing query: the message" is "$(tail -n 1 "$T/err")" \
  "newsgraph: error: query crashed (signal 11, Segmentation fault) inside the SPARQL engine (rasqal); this query form is not supported by the embedded store; try a virtuoso:// store"
# with the pre-check on, the same query is refused before it runs
"$NEWSGRAPH" query -r tsv "$T/ex.nq" 'SELECT ?x WHERE { VALUES ?x { } }' > /dev/null 2> "$T/err"
check "the pre-check refuses it (exit 1)" is "$?" 1
check "the pre-check's message" grep -q 'short VALUES' "$T/err"

# ---- over the time limit: a big cartesian product
"$NEWSGRAPH" query -r tsv --timeout 1 "$T/ex.nq" 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c' > /dev/null 2> "$T/err"
rc=$?
check "--timeout 1: exit 1" is "$rc" 1
check "--timeout 1: the message" is "$(tail -n 1 "$T/err")" "newsgraph: error: query exceeded the time limit of 1 s (--timeout)"

# ---- over the memory limit (not under valgrind or ASan: they map memory their own way)
if [ -z "${NG_UNDER_VALGRIND:-}" ] && ! ldd "$NEWSGRAPH" 2> /dev/null | grep -q libasan; then
  "$NEWSGRAPH" query -r tsv --timeout 600 --max-memory 16 "$T/ex.nq" 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f' > /dev/null 2> "$T/err"
  rc=$?
  check "--max-memory 16: exit 1" is "$rc" 1
  check "--max-memory 16: the message" is "$(tail -n 1 "$T/err")" "newsgraph: error: query exceeded the memory limit of 16 MB (--max-memory)"
fi

# ---- normal answers are unchanged, under the limits
for q in "$top_srcdir"/examples/queries/*.rq; do
  name=$(basename "$q" .rq)
  "$NEWSGRAPH" query -r tsv --timeout 120 --max-memory 512 "$T/ex.nq" -q "$q" > "$T/$name.tsv" 2> /dev/null
  check "$name under limits: exit 0, expected answers" \
    sh -c "[ $? = 0 ] && cmp -s '$top_srcdir/examples/queries/$name.expected.tsv' '$T/$name.tsv'"
done
"$NEWSGRAPH" stats "$T/ex.nq" > "$T/stats"
check "stats in the sandbox: exit 0" is "$?" 0
check "stats: 10 articles" grep -qx 'articles *10' "$T/stats"

# ---- bad limits
"$NEWSGRAPH" query --timeout soon "$T/ex.nq" 'ASK {}' 2> /dev/null
check "--timeout soon: exit 2" is "$?" 2
"$NEWSGRAPH" query --max-memory -1 "$T/ex.nq" 'ASK {}' 2> /dev/null
check "--max-memory -1: exit 2" is "$?" 2

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
