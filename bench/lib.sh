# bench/lib.sh - what bench/run.sh and bench/virtuoso.sh share; sourced, never run.
#   median          the median of the numbers on stdin, one a line ("nan" for none)
#   now             the time in seconds, with nanoseconds
#   bench_corpora SIZE...   makes sure $BENCH_DIR/corpus-SIZE-seed$BENCH_SEED
#                   exists (bench/gen-corpus.py, deterministic); needs top, note
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }
bench_corpora() {
  local s c
  for s in "$@"; do
    c=$BENCH_DIR/corpus-$s-seed$BENCH_SEED
    if [ ! -f "$c/.done" ]; then
      note "generating $s articles into $c"
      rm -rf "$c"
      python3 "$top/bench/gen-corpus.py" --seed "$BENCH_SEED" --size "$s" "$c" > /dev/null && touch "$c/.done" || exit 1
    fi
  done
}
