#!/usr/bin/env bash
# run.sh - the benchmark (make bench): newsgraph end to end on generated
# corpora, beside serdi (the cost of the RDF itself) and the compromise NLP
# library (a peer).  Never a test: it only measures and prints a table.
#
# Usage: bench/run.sh [NEWSGRAPH]      (default: $NEWSGRAPH, else ./newsgraph)
#
# For each corpus (bench/gen-corpus.py: 1k and 10k articles; 100k too with
# BENCH_FULL=1) it runs `extract -f nquads` (on 1 thread and on BENCH_JOBS),
# `extract -f turtle` and `load` (into a fresh store; only for the sizes in
# BENCH_LOAD_SIZES, the store being much slower), each BENCH_RUNS times
# (load BENCH_LOAD_RUNS times), and prints the median wall time as MB/s of article bytes,
# articles/s, sentences/s (the count of '.' in the articles), triples/s (the
# statements extract writes) and peak RSS (/usr/bin/time's maximum resident
# set size, the median of the runs).  Output goes to a file through standard
# output (page cache, no fsync).  Then two ratios:
#   newsgraph / serdi: extract -f nquads over `serdi -i nquads -o nquads`
#       re-writing that same output (parse + serialize the RDF, nothing else);
#   compromise / newsgraph: node + compromise running nlp(text).people(),
#       .places() and .organizations() over a sample of the same articles
#       (BENCH_PEER of them; its NLP time only, without node's start-up and
#       file reading) over newsgraph's whole extract -f nquads of that sample.
# Then the start-up: the median wall time of 21 extracts of one article.
# Then the median latency (of BENCH_QUERY_RUNS runs) of each query of
# examples/queries/ on the store loaded at each size of BENCH_QUERY_SIZES,
# cold (newsgraph query: reads the store, then queries) and warm (over HTTP
# from newsgraph serve, which read the store once),
# and whether the peak RSS of extract -f nquads stays flat and under 64 MB.
#
# Env: BENCH_DIR (corpora, outputs, the npm scratch folder; default
#      ${TMPDIR:-/tmp}/newsgraph-bench), BENCH_RUNS (3), BENCH_WARMUP (1: runs
#      before those, not counted), BENCH_JOBS (nproc),
#      BENCH_FULL (1: add 100k), BENCH_SEED (7), BENCH_PEER (300; 0: no peer),
#      BENCH_KEEP (1: keep the outputs), BENCH_PINNED (1: also time
#      extract -f nquads pinned to each core in turn, with taskset; 0: not), BENCH_SIZES (e.g. "1k": these corpora only),
#      BENCH_TIMEOUT (600: seconds after which one run is stopped and reported),
#      BENCH_LOAD_SIZES (1k: sizes with a load row; "" none), BENCH_LOAD_RUNS (1),
#      BENCH_QUERY_SIZES (the load sizes: stores to time the queries on; each
#      must be loaded, so a size here is loaded even if not in BENCH_LOAD_SIZES),
#      BENCH_QUERY_RUNS (5), BENCH_QUERY_TIMEOUT (30: query --timeout; a query
#      that times out is not run again).
set -u
# (all in a function: bash reads it whole before running it, so editing
# this file during a long run cannot change what the run does)
main() {
export LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
NEWSGRAPH=${1:-${NEWSGRAPH:-./newsgraph}}
case $NEWSGRAPH in /*) ;; *) NEWSGRAPH=$PWD/$NEWSGRAPH ;; esac
[ -x "$NEWSGRAPH" ] || { echo "bench: $NEWSGRAPH is not an executable (give the built newsgraph)" >&2; exit 2; }
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/newsgraph-bench}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_WARMUP=${BENCH_WARMUP:-1}
BENCH_JOBS=${BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}
BENCH_SEED=${BENCH_SEED:-7}
BENCH_PEER=${BENCH_PEER:-300}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-600}
BENCH_LOAD_SIZES=${BENCH_LOAD_SIZES-1k}
BENCH_LOAD_RUNS=${BENCH_LOAD_RUNS:-1}
BENCH_QUERY_SIZES=${BENCH_QUERY_SIZES-$BENCH_LOAD_SIZES}
BENCH_QUERY_RUNS=${BENCH_QUERY_RUNS:-5}
BENCH_QUERY_TIMEOUT=${BENCH_QUERY_TIMEOUT:-30}
sizes=${BENCH_SIZES:-1k 10k}
[ "${BENCH_FULL:-0}" = 1 ] && [ -z "${BENCH_SIZES:-}" ] && sizes="$sizes 100k"
mkdir -p "$BENCH_DIR" || exit 1
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
OUT=$BENCH_DIR/out
mkdir -p "$OUT"
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$OUT"' EXIT
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: $TIME is missing (apt-get install time)" >&2; exit 2; }

note() { echo "bench: $*" >&2; }
. "$top/bench/lib.sh"

# measure NAME CMD... : runs CMD BENCH_RUNS times (stdout to $OUT/NAME.out);
# sets T (median seconds), CPU (median user + system seconds), RSS (median
# peak RSS, MB) and BAD (empty, or why the numbers are not to be trusted: a
# failed or timed-out run)
measure() {
  local name=$1; shift
  local times=() rss=() cpu=() i t0 t1 rc
  BAD=""
  # warm-up runs, not counted (like hyperfine --warmup): the first run after
  # a while pays for reading the binary, its libraries and the corpus into
  # the page cache, and on a virtual machine for the host populating guest
  # memory the page cache had not used yet (seen here: writing 558 MB took
  # 1.5 s of system time the first time and 0.06-0.12 s on the runs after)
  for i in $(seq 1 "${WARMUP:-$BENCH_WARMUP}"); do
    timeout "$BENCH_TIMEOUT" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || break
  done
  for i in $(seq 1 "${RUNS:-$BENCH_RUNS}"); do
    # (the previous run's output is emptied first: freeing hundreds of MB
    # of page cache is the shell's work, not the command's, and was counted
    # in its wall time when the redirection below did it)
    : >"$OUT/$name.out"
    # (and the earlier runs' outputs are written back first: the kernel's
    # flusher writing them out during a run took CPU from it, most visibly
    # from -j runs that need every core)
    sync
    t0=$(now)
    timeout "$BENCH_TIMEOUT" "$TIME" -f '%M %U %S' -o "$OUT/$name.rss" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    rc=$?
    t1=$(now)
    times+=("$(echo "$t1 - $t0" | bc -l)")
    rss+=("$(tail -n 1 "$OUT/$name.rss" 2>/dev/null | awk 'NF == 3 { print $1; ok = 1 } END { if (!ok) print 0 }')")
    cpu+=("$(tail -n 1 "$OUT/$name.rss" 2>/dev/null | awk 'NF == 3 { print $2 + $3; ok = 1 } END { if (!ok) print 0 }')")
    if [ $rc -eq 124 ]; then
      BAD="stopped after ${BENCH_TIMEOUT}s"
      note "$name: $BAD"
      break
    elif [ $rc -ne 0 ]; then
      BAD="exit $rc"
      note "$name: exit $rc: $(grep -v '^Command exited' "$OUT/$name.err" | head -n 3)"
    fi
  done
  T=$(printf '%s\n' "${times[@]}" | median)
  CPU=$(printf '%s\n' "${cpu[@]}" | median)
  RSS=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%.1f", $1 / 1024 }')
}

rate() { awk -v n="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.0f", n / t; else print "-" }'; }
row() { # row CORPUS WHAT SECONDS RSS_MB  (uses BYTES ARTICLES DOTS TRIPLES BAD CPU)
  printf '%-6s %-30s %8.2f %8.2f %8.2f %10s %12s %12s %9s%s\n' "$1" "$2" "$3" "$CPU" \
    "$(awk -v b="$BYTES" -v t="$3" 'BEGIN { print b / 1e6 / t }')" \
    "$(rate "$ARTICLES" "$3")" "$(rate "$DOTS" "$3")" "$(rate "$TRIPLES" "$3")" "$4" \
    "${BAD:+  ($BAD)}"
}

# ---- the corpora
bench_corpora $sizes

# ---- is load implemented?
has_load=0
mkdir -p "$OUT/probe"
cp "$top/examples/articles/a01_peru_joins_pact.txt" "$OUT/probe/" 2>/dev/null
if "$NEWSGRAPH" load --help 2>&1 | grep -qi "not implemented\|planned"; then
  note "newsgraph load is not implemented yet: no load rows"
elif "$NEWSGRAPH" load -q "$OUT/probe-store" "$OUT/probe" >/dev/null 2>&1; then
  has_load=1
else
  note "newsgraph load failed on one article: no load rows"
fi
rm -rf "$OUT/probe-store"

# ---- the peer
peer=""
if [ "$BENCH_PEER" -gt 0 ] 2>/dev/null; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    note "node or npm missing: no compromise ratio"
  elif [ -d "$BENCH_DIR/npm/node_modules/compromise" ] ||
    npm install --silent --no-audit --no-fund --prefix "$BENCH_DIR/npm" compromise >"$OUT/npm.log" 2>&1; then
    peer=$BENCH_DIR/npm
  else
    note "npm install compromise failed: no compromise ratio ($(tail -n 2 "$OUT/npm.log"))"
  fi
fi

echo "newsgraph benchmark: $("$NEWSGRAPH" --version 2>/dev/null | head -n 1)"
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load $(cut -d' ' -f1-3 /proc/loadavg); median of $BENCH_RUNS runs after $BENCH_WARMUP warm-up run(s)"
echo
echo "(seconds: wall time; cpu s: user + system time, which a busy machine inflates less;"
echo " rates are per wall-clock second)"
printf '%-6s %-30s %8s %8s %8s %10s %12s %12s %9s\n' corpus command seconds "cpu s" MB/s articles/s sentences/s triples/s "RSS MB"
ratios=()
rss_nq=()
in_list() { case " $2 " in *" $1 "*) return 0 ;; esac; return 1; }
for s in $sizes; do
  c=$BENCH_DIR/corpus-$s-seed$BENCH_SEED
  ARTICLES=$(find "$c" -type f \( -name '*.txt' -o -name '*.html' \) | wc -l)
  BYTES=$(find "$c" -type f \( -name '*.txt' -o -name '*.html' \) -exec cat {} + | wc -c)
  DOTS=$(find "$c" -type f \( -name '*.txt' -o -name '*.html' \) -exec cat {} + | tr -cd . | wc -c)

  measure "nq-$s" "$NEWSGRAPH" extract -q -f nquads "$c"
  t_nq=$T
  cpu_nq=$CPU
  TRIPLES=$(wc -l <"$OUT/nq-$s.out")
  row "$s" "extract -f nquads" "$T" "$RSS"
  rss_nq+=("$s $RSS")
  if [ "$BENCH_JOBS" -gt 1 ]; then
    measure "nqj-$s" "$NEWSGRAPH" extract -q -j "$BENCH_JOBS" -f nquads "$c"
    row "$s" "extract -f nquads -j $BENCH_JOBS" "$T" "$RSS"
    cmp -s "$OUT/nq-$s.out" "$OUT/nqj-$s.out" || note "$s: -j $BENCH_JOBS output differs from -j 1!"
    speedup=$(awk -v a="$t_nq" -v b="$T" 'BEGIN { printf "%.2f", a / b }')
    rm -f "$OUT/nqj-$s.out"
  fi
  measure "ttl-$s" "$NEWSGRAPH" extract -q -f turtle "$c"
  row "$s" "extract -f turtle" "$T" "$RSS"
  rm -f "$OUT/ttl-$s.out"
  if [ "$has_load" = 1 ] && { in_list "$s" "$BENCH_LOAD_SIZES" || in_list "$s" "$BENCH_QUERY_SIZES"; }; then
    RUNS=$BENCH_LOAD_RUNS WARMUP=0 measure "load-$s" sh -c 'rm -rf "$1" && exec "$2" load -q "$1" "$3"' sh "$OUT/store-$s" "$NEWSGRAPH" "$c"
    row "$s" "load (fresh store)" "$T" "$RSS"
    # the store stays for the query latencies
    in_list "$s" "$BENCH_QUERY_SIZES" || rm -rf "$OUT/store-$s"
  fi
  if command -v serdi >/dev/null; then
    measure "serdi-$s" serdi -i nquads -o nquads "$OUT/nq-$s.out"
    row "$s" "serdi (re-write the N-Quads)" "$T" "$RSS"
    ratios+=("$(printf '%-6s newsgraph / serdi  = %.2f   (extract -f nquads %.2f s, serdi %.2f s)' "$s" \
      "$(awk -v a="$t_nq" -v b="$T" 'BEGIN { print a / b }')" "$t_nq" "$T")")
    rm -f "$OUT/serdi-$s.out"
  else
    ratios+=("$(printf '%-6s newsgraph / serdi  = n/a (serdi missing: apt-get install serdi)' "$s")")
  fi
  ratios+=("$(awk -v s="$s" -v b="$BYTES" -v c="$cpu_nq" -v a="$ARTICLES" 'BEGIN { if (c > 0) printf "%-6s per core    = %.2f MB/s, %.0f articles/s of CPU time (extract -f nquads; target 10 MB/s)", s, b / 1e6 / c, a / c }')")
  [ "$BENCH_JOBS" -gt 1 ] && ratios+=("$(printf '%-6s -j %s speed-up     = %sx on %s cores' "$s" "$BENCH_JOBS" "$speedup" "$(nproc)")")
  # the cores one by one (taskset): on a virtual machine they are often
  # unequal (seen here: one vCPU a third slower than the other, for hours),
  # which both makes the unpinned per-core figure depend on where the
  # scheduler put the run and caps -j N below N: the ceiling printed is what
  # all the cores together could do over the fastest one alone
  if [ "$BENCH_JOBS" -gt 1 ] && command -v taskset >/dev/null && [ "${BENCH_PINNED:-1}" = 1 ]; then
    pinned="" sum=0 best=0
    for cpu in $(seq 0 $(($(nproc) - 1))); do
      measure "nqp-$s" taskset -c "$cpu" "$NEWSGRAPH" extract -q -f nquads "$c"
      r=$(awk -v b="$BYTES" -v c="$CPU" 'BEGIN { if (c > 0) printf "%.2f", b / 1e6 / c; else print 0 }')
      pinned="$pinned${pinned:+, }cpu$cpu $r"
      sum=$(awk -v a="$sum" -v r="$r" 'BEGIN { print a + r }')
      best=$(awk -v a="$best" -v r="$r" 'BEGIN { print (r > a) ? r : a }')
      rm -f "$OUT/nqp-$s.out"
    done
    ratios+=("$(awk -v s="$s" -v p="$pinned" -v t="$sum" -v b="$best" -v n="$(nproc)" 'BEGIN { if (b > 0) printf "%-6s per core, pinned = %s MB/s of CPU time; all %d together could be %.2fx the fastest", s, p, n, t / b }')")
  fi
  rm -f "$OUT/nq-$s.out"
done

if [ -n "$peer" ]; then
  c=$BENCH_DIR/corpus-1k-seed$BENCH_SEED
  find "$c" -type f \( -name '*.txt' -o -name '*.html' \) | sort | head -n "$BENCH_PEER" >"$OUT/sample.list"
  n=$(wc -l <"$OUT/sample.list")
  mapfile -t sample <"$OUT/sample.list"
  measure "peer-ng" "$NEWSGRAPH" extract -q -f nquads "${sample[@]}"
  t_ng=$T
  pt=()
  for i in $(seq 1 "$BENCH_RUNS"); do
    r=$(node "$top/bench/compromise.mjs" "$peer" "$OUT/sample.list" 2>"$OUT/peer.err") || {
      note "compromise failed: $(head -n 3 "$OUT/peer.err")"; break; }
    pt+=("$(echo "$r" | cut -d' ' -f5)")
    found=$(echo "$r" | cut -d' ' -f2-4)
  done
  if [ "${#pt[@]}" -gt 0 ]; then
    t_peer=$(printf '%s\n' "${pt[@]}" | median)
    ratios+=("$(printf 'peer   compromise / newsgraph = %.1f   (%d articles: compromise %.2f s for people/places/orgs (%s found), newsgraph %.2f s end to end)' \
      "$(awk -v a="$t_peer" -v b="$t_ng" 'BEGIN { print a / b }')" "$n" "$t_peer" "$found" "$t_ng")")
  fi
fi
# ---- start-up: what a job that runs newsgraph once per article pays
one=$top/examples/articles/a01_peru_joins_pact.txt
if [ -f "$one" ]; then
  st=()
  for i in $(seq 1 21); do
    t0=$(now)
    "$NEWSGRAPH" extract -q -f nquads -o /dev/null "$one" >/dev/null 2>&1
    t1=$(now)
    st+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
  done
  ratios+=("$(printf 'start  extract of one article = %.1f ms (wall, median of 21 runs: loading, the lexicon, one article)' \
    "$(printf '%s\n' "${st[@]}" | median)")")
fi
echo
printf '%s\n' "${ratios[@]}"

# ---- peak RSS: flat in the number of articles, under 64 MB
if [ "${#rss_nq[@]}" -gt 0 ]; then
  max=$(printf '%s\n' "${rss_nq[@]}" | awk '$2 > m { m = $2 } END { print m + 0 }')
  printf 'peak RSS of extract -f nquads: %s MB (target: flat, < 64 MB: %s)\n' \
    "$(printf '%s\n' "${rss_nq[@]}" | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }')" \
    "$(awk -v m="$max" 'BEGIN { print (m < 64) ? "yes" : "NO" }')"
fi

# ---- query latency on the loaded stores: cold (newsgraph query: reads the
# store into memory, then runs the query) and warm (newsgraph serve read it
# once; the query over HTTP at /sparql, as TSV)
if [ "$has_load" = 1 ] && [ -n "$BENCH_QUERY_SIZES" ]; then
  echo
  printf '%-6s %-32s %10s %8s %10s\n' store query "median ms" rows "warm ms"
  for s in $BENCH_QUERY_SIZES; do
    st=$OUT/store-$s
    [ -d "$st" ] || { note "no $s store (not in the corpus sizes?): no query latencies"; continue; }
    # the server for the warm column (curl needed; none: that column is -)
    spid= sport=
    if command -v curl >/dev/null; then
      "$NEWSGRAPH" serve --port 0 --timeout "$BENCH_QUERY_TIMEOUT" --max-results 10000000 "$st" 2>"$OUT/serve.err" &
      spid=$!
      for _ in $(seq 3000); do
        sport=$(sed -n 's|.* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$OUT/serve.err")
        [ -n "$sport" ] && curl -s -o /dev/null "http://127.0.0.1:$sport/sparql" && break
        kill -0 "$spid" 2>/dev/null || { sport=; break; }
        sleep 0.1
      done
      [ -n "$sport" ] || note "serve did not start on the $s store: $(head -n 2 "$OUT/serve.err")"
    fi
    for q in "$top"/examples/queries/*.rq; do
      qt=()
      qbad=""
      for i in $(seq 1 "$BENCH_QUERY_RUNS"); do
        t0=$(now)
        "$NEWSGRAPH" query --timeout "$BENCH_QUERY_TIMEOUT" -r tsv "$st" -q "$q" >"$OUT/q.out" 2>"$OUT/q.err" ||
          qbad=$(head -n 1 "$OUT/q.err" | sed 's/^newsgraph: error: //')
        t1=$(now)
        qt+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
        [ -n "$qbad" ] && break
      done
      rows=$(($(wc -l <"$OUT/q.out") - 1))
      [ "$rows" -lt 0 ] && rows=-
      warm=-
      if [ -n "$sport" ]; then
        wt=()
        for i in $(seq 1 "$BENCH_QUERY_RUNS"); do
          t0=$(now)
          code=$(curl -s -o "$OUT/w.out" -w '%{http_code}' -H 'Accept: text/tab-separated-values' \
            --data-urlencode "query@$q" "http://127.0.0.1:$sport/sparql")
          t1=$(now)
          [ "$code" = 200 ] || { wt=(); break; }
          wt+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
        done
        [ "${#wt[@]}" -gt 0 ] && warm=$(printf '%.1f' "$(printf '%s\n' "${wt[@]}" | median)")
        [ "${#wt[@]}" -gt 0 ] && ! cmp -s "$OUT/w.out" "$OUT/q.out" && [ -z "$qbad" ] &&
          note "$s $(basename "$q"): the server's answer differs from query's"
        [ "${#wt[@]}" -eq 0 ] && warm="- (HTTP $code)"
      fi
      printf '%-6s %-32s %10.1f %8s %10s%s\n' "$s" "$(basename "$q")" \
        "$(printf '%s\n' "${qt[@]}" | median)" "$rows" "$warm" "${qbad:+  ($qbad)}"
    done
    [ -n "$spid" ] && { kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null; }
  done
fi
if [ "${BENCH_VIRTUOSO:-1}" = 1 ] && command -v virtuoso-t >/dev/null 2>&1; then echo; BENCH_SIZES="$sizes" bash "$top/bench/virtuoso.sh" "$NEWSGRAPH" || note "bench/virtuoso.sh failed: no Virtuoso rows"; fi  # the Virtuoso store (BENCH_VIRTUOSO=0: skip)
}
main "$@"
