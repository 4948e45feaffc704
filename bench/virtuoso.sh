#!/usr/bin/env bash
# virtuoso.sh - the Virtuoso store's benchmark (bench/run.sh calls it when
# Virtuoso is installed; never a test: it only measures and prints a table).
#
# Usage: bench/virtuoso.sh [NEWSGRAPH]     (default: $NEWSGRAPH, else ./newsgraph)
#
# For each corpus (bench/gen-corpus.py, the same ones and folder as
# bench/run.sh: 1k and 10k articles) a fresh scratch Virtuoso server
# (tests/virtuoso-server.sh: loopback, random ports, small buffers) gets
#   load      newsgraph load virtuoso://... CORPUS   (wall time; triples/s are
#             the statements load reports: the corpus's unique quads)
#   reload    the same again (every article unchanged: the idempotence check)
# then every query of examples/queries/ runs BENCH_QUERY_RUNS times against
# it (-r tsv to a file); the median latency (ms) of each is printed.  Those
# queries are written for rasqal (each OPTIONAL binds fresh variables joined
# back by a FILTER, every pattern in the union of all graphs); the rows
# "1-intelligence-sharing (1.1)" and "3-airspace (1.1)" time the same
# questions as SPARQL 1.1 for Virtuoso, each article's facts matched in its
# own graph (one row per reporting article, see below).
#
# Env: BENCH_DIR (${TMPDIR:-/tmp}/newsgraph-bench), BENCH_SEED (7),
#      BENCH_SIZES ("1k 10k"; "100k" wants VIRTUOSO_BUFFERS=400000), BENCH_QUERY_RUNS (5),
#      BENCH_TIMEOUT (1800 s a load),
#      BENCH_QUERY_TIMEOUT (300 s a query: newsgraph query --timeout).
# Exit 77 (and a note) when Virtuoso is not installed or does not start.
set -u
main() {
export LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
NEWSGRAPH=${1:-${NEWSGRAPH:-./newsgraph}}
case $NEWSGRAPH in /*) ;; *) NEWSGRAPH=$PWD/$NEWSGRAPH ;; esac
[ -x "$NEWSGRAPH" ] || { echo "bench/virtuoso: $NEWSGRAPH is not an executable" >&2; exit 2; }
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/newsgraph-bench}
BENCH_SEED=${BENCH_SEED:-7}
BENCH_QUERY_RUNS=${BENCH_QUERY_RUNS:-5}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-1800}
BENCH_QUERY_TIMEOUT=${BENCH_QUERY_TIMEOUT:-300}
sizes=${BENCH_SIZES:-1k 10k}
note() { echo "bench/virtuoso: $*" >&2; }
command -v virtuoso-t > /dev/null 2>&1 || { note "virtuoso-t not installed: no Virtuoso rows"; exit 77; }
mkdir -p "$BENCH_DIR" || exit 1
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
V=$(mktemp -d "$BENCH_DIR/virtuoso.XXXXXX") || exit 1
trap 'bash "$top/tests/virtuoso-server.sh" stop "$V/db" > /dev/null 2>&1; rm -rf "$V"' EXIT
trap 'exit 1' INT TERM HUP
. "$top/bench/lib.sh"

bench_corpora $sizes

# Examples 1 and 3 as a SPARQL 1.1 user writes them for Virtuoso: each
# article's assertions matched inside its own graph (GRAPH ?doc), so an
# event that many articles report gives one row per article.  (The
# rasqal-shaped examples match every pattern in the union of all graphs: an
# event restated by N articles multiplies the rows by N for each pattern about
# it, which is why they exceed the time limit on the large corpora.)
cat > "$V/1-intelligence-sharing (1.1).rq" <<'EOF'
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?agreement ?country ?iso ?article ?date
WHERE {
  GRAPH ?doc {
    ?agreement a ng:Agreement ; ng:agreementType ng:IntelligenceSharing ; ng:party ?party .
    ?doc dcterms:identifier ?article .
    OPTIONAL { ?agreement ng:date ?date }
  }
  ?party a ng:Country ; rdfs:label ?country ; ng:isoCode ?iso .
}
ORDER BY ?agreement ?iso ?article
EOF
cat > "$V/3-airspace (1.1).rq" <<'EOF'
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?grantor ?grantee ?status ?destination ?article
WHERE {
  GRAPH ?doc {
    ?permission a ng:AirspacePermission ; ng:grantor ?g ; ng:grantee ?e ; ng:status ?status .
    ?doc dcterms:identifier ?article .
  }
  ?g rdfs:label ?grantor .
  ?e rdfs:label ?grantee .
  OPTIONAL { GRAPH ?doc { ?permission ng:destination ?d } ?d rdfs:label ?destination }
}
ORDER BY ?status ?grantor ?grantee ?article
EOF

echo "newsgraph Virtuoso store benchmark: $("$NEWSGRAPH" --version 2>/dev/null | head -n 1), $(virtuoso-t +help 2>&1 | sed -n 's/^Version \([^ ]*\).*/Virtuoso \1/p' | head -n 1)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); a fresh scratch server per corpus; query latency: median of $BENCH_QUERY_RUNS runs"
echo
printf '%-6s %-28s %9s %12s %12s\n' corpus command seconds articles/s triples/s
qrows=()
for s in $sizes; do
  c=$BENCH_DIR/corpus-$s-seed$BENCH_SEED
  articles=$(find "$c" -type f \( -name '*.txt' -o -name '*.html' \) | wc -l)
  bash "$top/tests/virtuoso-server.sh" stop "$V/db" > /dev/null 2>&1
  rm -rf "$V/db"
  if ! bash "$top/tests/virtuoso-server.sh" start "$V/db" > "$V/server.log" 2>&1; then
    note "the scratch Virtuoso server did not start: $(tail -n 2 "$V/server.log")"
    exit 77
  fi
  url=virtuoso://127.0.0.1:$(sed -n 's/^VIRTUOSO_SQL_PORT=//p' "$V/db/env")
  for what in load reload; do
    t0=$(now)
    timeout "$BENCH_TIMEOUT" "$NEWSGRAPH" load -q --no-progress "$url" "$c" > /dev/null 2> "$V/load.err"
    rc=$?
    t1=$(now)
    t=$(echo "$t1 - $t0" | bc -l)
    [ "$what" = load ] && triples=$("$NEWSGRAPH" stats "$url" | awk '/^triples / {print $NF}')
    bad=""
    [ $rc -ne 0 ] && bad="  (exit $rc: $(head -n 2 "$V/load.err" | tr '\n' ' '))"
    printf '%-6s %-28s %9.2f %12.0f %12s%s\n' "$s" "$what virtuoso://" "$t" \
      "$(echo "$articles / $t" | bc -l)" \
      "$([ "$what" = load ] && awk -v n="$triples" -v t="$t" 'BEGIN { printf "%.0f", n / t }' || echo -)" "$bad"
  done
  for q in "$top"/examples/queries/*.rq "$V/1-intelligence-sharing (1.1).rq" "$V/3-airspace (1.1).rq"; do
    ms=()
    failed=""
    for i in $(seq 1 "$BENCH_QUERY_RUNS"); do
      t0=$(now)
      if ! "$NEWSGRAPH" query --timeout "$BENCH_QUERY_TIMEOUT" -r tsv "$url" -q "$q" > "$V/q.out" 2> "$V/q.err"; then
        failed=$(head -n 1 "$V/q.err")
        break
      fi
      t1=$(now)
      ms+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
    done
    if [ -n "$failed" ]; then
      qrows+=("$(printf '%-6s %-28s %9s %8s  (%s)' "$s" "$(basename "$q" .rq)" - - "$failed")")
    else
      qrows+=("$(printf '%-6s %-28s %9.1f %8d' "$s" "$(basename "$q" .rq)" "$(printf '%s\n' "${ms[@]}" | median)" "$(($(wc -l < "$V/q.out") - 1))")")
    fi
  done
done
echo
printf '%-6s %-28s %9s %8s\n' corpus query "median ms" rows
printf '%s\n' "${qrows[@]}"
}
main "$@"
