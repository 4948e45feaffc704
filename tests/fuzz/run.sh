#!/usr/bin/env bash
# run.sh - build the libFuzzer target tests/fuzz/fuzz_extract.c with clang
# (ASan + UBSan) straight from the sources, no autotools needed, and run it
# for FUZZ_SECONDS (default 60) on a seed corpus made from examples/articles,
# tests/data/heldout, tests/data/heldout2, tests/data/bad and tests/fuzz/seeds.
#
# A crash, leak, timeout or out-of-memory input fails the script (exit 1) and
# is saved, without its first (mode) byte, as a regression input
# tests/data/bad/fuzz-crash-<sha1>.txt or .html (the raw libFuzzer artifact
# stays in the work folder: reproduce with  $WORK/fuzz_extract ARTIFACT).
#
# Env: FUZZ_SECONDS (60), FUZZ_JOBS (1: one process; N > 1: libFuzzer -fork=N),
#      FUZZ_WORK (a folder kept between runs: the binary and the grown corpus;
#      default a temporary folder removed at the end), CC (clang),
#      FUZZ_ARGS (more libFuzzer options), FUZZ_CFLAGS (more compiler options,
#      e.g. -fno-sanitize=nonnull-attribute to look past a known finding).
# Exit: 0 no finding, 1 a finding (or the build failed), 77 clang or its
# fuzzer runtime is missing (Debian: apt-get install clang libclang-rt-14-dev).
set -u
# (all in a function: bash reads it whole before running it, so editing
# this file during a long run cannot change what the run does)
main() {
top=$(cd "$(dirname "$0")/../.." && pwd)
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_JOBS=${FUZZ_JOBS:-1}
CC=${CC:-clang}
case $CC in *clang*) ;; *) CC=clang ;; esac
if ! command -v "$CC" >/dev/null 2>&1; then
  echo "run.sh: clang not found (apt-get install clang libclang-rt-14-dev): skipped"; exit 77
fi
if [ -n "${FUZZ_WORK:-}" ]; then
  W=$FUZZ_WORK; mkdir -p "$W"
else
  W=$(mktemp -d "${TMPDIR:-/tmp}/ng-fuzz.XXXXXX") || exit 1
  trap 'rm -rf "$W"' EXIT
fi
W=$(cd "$W" && pwd)

# ---- the knowledge files, embedded as for the program, in Makefile.am's NG_DATAFILES order
data=""
for f in $(awk '/^NG_DATAFILES *=/ { on = 1 } on { print; if (!/\\$/) exit }' "$top/Makefile.am" |
  sed 's/^NG_DATAFILES *=//; s/\\$//'); do
  data="$data $top/$f"
done
[ -n "$data" ] || { echo "run.sh: no NG_DATAFILES in $top/Makefile.am"; exit 1; }
# shellcheck disable=SC2086
sh "$top/ontology/embed.sh" $data >"$W/data.c" || { echo "run.sh: embed.sh failed"; exit 1; }

# ---- build
srcs=("$top"/common/*.c "$top"/extractor/*.c "$top/ontology/lexicon.c" "$W/data.c")
srcs+=("$top"/graphs/*.c)
# shellcheck disable=SC2046,SC2086
if ! "$CC" -std=c11 -g -O1 -fno-omit-frame-pointer \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all ${FUZZ_CFLAGS:-} \
    -I"$top" -DNG_PKGDATADIR='"/nonexistent"' \
    $(pkg-config --cflags raptor2 redland serd-0 libxml-2.0 libmicrohttpd odbc) \
    -o "$W/fuzz_extract" "$top/tests/fuzz/fuzz_extract.c" "${srcs[@]}" \
    $(pkg-config --libs raptor2 redland serd-0 libxml-2.0 libmicrohttpd odbc) -lm -lpthread 2>"$W/build.log"; then
  if grep -q "libclang_rt.fuzzer\|fuzzer.*No such file\|cannot find.*fuzzer" "$W/build.log"; then
    echo "run.sh: clang's fuzzer runtime is missing (apt-get install libclang-rt-14-dev): skipped"
    exit 77
  fi
  echo "run.sh: the build failed:"; cat "$W/build.log"; exit 1
fi

# ---- the seed corpus: each file behind a mode byte (see fuzz_extract.c)
mkdir -p "$W/seeds" "$W/corpus" "$W/artifacts"
rm -f "$W"/artifacts/* # findings of an earlier run in a kept FUZZ_WORK were reported then
i=0
for f in "$top"/examples/articles/* "$top"/tests/data/heldout/* "$top"/tests/data/heldout2/* "$top"/tests/data/bad/*; do
  [ -f "$f" ] || continue
  case $f in
    *.html | *.htm) modes="\\001 \\003 \\015" ;;
    *.txt | *.text) modes="\\000 \\004 \\010" ;;
    *) continue ;;
  esac
  for m in $modes; do
    i=$((i + 1))
    { printf "$m"; cat "$f"; } >"$W/seeds/s$i"
  done
done
cp "$top"/tests/fuzz/seeds/* "$W/seeds/" 2>/dev/null

# ---- run
export NEWSGRAPH_DATA=
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/lsan.supp}
# -close_fd_mask=2: the target's own stderr (ng_log's messages about bad
# input, thousands a second) is closed; libFuzzer and the sanitizers report
# on a copy of it
args=(-max_total_time="$FUZZ_SECONDS" -max_len=32768 -timeout=20 -rss_limit_mb=2048 -close_fd_mask=2
      -dict="$top/tests/fuzz/extract.dict" -artifact_prefix="$W/artifacts/" -print_final_stats=1)
[ "$FUZZ_JOBS" -gt 1 ] 2>/dev/null && args+=(-fork="$FUZZ_JOBS")
# shellcheck disable=SC2206
args+=(${FUZZ_ARGS:-})
echo "run.sh: fuzzing for ${FUZZ_SECONDS}s (work folder $W)"
"$W/fuzz_extract" "${args[@]}" "$W/corpus" "$W/seeds" >"$W/fuzz.log" 2>&1
status=$?
tail -n 25 "$W/fuzz.log"

# ---- findings become regression inputs
found=0
for a in "$W"/artifacts/*; do
  [ -f "$a" ] || continue
  found=$((found + 1))
  mode=$(od -An -tu1 -N1 "$a" | tr -d ' ')
  case $(( ${mode:-0} & 3 )) in
    0) ext=txt ;;
    1) ext=html ;;
    *) # read as standard input: sniffed as ng_doc_from_bytes does
      if tail -c +2 "$a" | head -c 1024 | grep -qaiE '<html|<!doctype'; then ext=html; else ext=txt; fi ;;
  esac
  sum=$(sha1sum "$a" | cut -c1-12)
  out="$top/tests/data/bad/fuzz-crash-$sum.$ext"
  tail -c +2 "$a" >"$out"
  echo "run.sh: FINDING $(basename "$a") (mode byte $mode) saved as $out"
done
if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
  echo "run.sh: the fuzzer found a problem (exit $status); see $W/fuzz.log"
  [ -z "${FUZZ_WORK:-}" ] && cp "$W/fuzz.log" "$top/tests/data/bad/fuzz-crash-last.log" 2>/dev/null
  exit 1
fi
echo "run.sh: no finding in ${FUZZ_SECONDS}s"
exit 0
}
main "$@"
