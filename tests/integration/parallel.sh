#!/usr/bin/env bash
# parallel.sh - extract -j N writes, byte for byte, what -j 1 writes (same
# order, not merely the same set), with the same exit status and the same
# messages in the same order, on the bundled
# examples, the held-out articles, the bad inputs, copies of the sample
# articles (../shared, when present) and a generated corpus; an output error
# or --strict stops a parallel run as it stops a serial one; bad -j values
# are usage errors (exit 2).
# Env: NEWSGRAPH (the built binary), top_srcdir (the source tree).
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-parallel.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; [ -s "$T/err" ] && sed 's/^/    stderr: /' "$T/err" | head -5; }
expect() { local d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }

# ---- the inputs (smaller under valgrind, which runs some 30 times slower)
copies=12 ngen=400
[ -n "${NG_UNDER_VALGRIND:-}" ] && copies=3 ngen=60
sets=("$top_srcdir/examples/articles" "$top_srcdir/tests/data/heldout" "$top_srcdir/tests/data/bad")
seeds=$top_srcdir/../shared/corpus/seeds
if [ -d "$seeds" ]; then
  # third-party texts: copied into the temporary folder only, each copy made a
  # different document by a line of its own
  mkdir "$T/seeds"
  for k in $(seq 1 "$copies"); do
    for f in "$seeds"/*.txt; do
      { cat "$f"; printf '\nCopy %d of the sample for the parallel test.\n' "$k"; } \
        >"$T/seeds/c$k-$(basename "$f")"
    done
  done
  sets+=("$T/seeds")
else
  echo "note: $seeds not found: the sample articles are left out"
fi
if command -v python3 >/dev/null 2>&1; then
  python3 "$top_srcdir/bench/gen-corpus.py" --seed 11 --count "$ngen" "$T/gen" && sets+=("$T/gen")
fi
# everything at once, in one run (the order across inputs counts too), with
# inputs that fail to be read among them: their messages too come in order
mkdir "$T/unreadable"
ln -s "$T/nowhere" "$T/unreadable/dangling.txt"
sets+=("ALL")

n=0
for s in "${sets[@]}"; do
  n=$((n + 1))
  if [ "$s" = ALL ]; then
    inputs=("$T/missing-first.txt" "${sets[@]:0:2}" "$T/unreadable" "${sets[@]:2:${#sets[@]}-3}"
            "$T/missing-last.txt")
  else
    inputs=("$s")
  fi
  for f in nquads turtle; do
    for j in 1 2 4; do
      "$NEWSGRAPH" extract -q -j "$j" -f "$f" "${inputs[@]}" >"$T/out.$j" 2>"$T/err.$j"
      echo $? >"$T/rc.$j"
    done
    expect "set $n ($s) -f $f: -j 1 writes something" test -s "$T/out.1"
    for j in 2 4; do
      expect "set $n ($s) -f $f: -j $j output == -j 1 output" cmp -s "$T/out.1" "$T/out.$j"
      expect "set $n ($s) -f $f: -j $j exit status == -j 1's ($(cat "$T/rc.1"))" \
        cmp -s "$T/rc.1" "$T/rc.$j"
      expect "set $n ($s) -f $f: -j $j messages == -j 1's, in order" \
        cmp -s "$T/err.1" "$T/err.$j"
    done
  done
done

# more threads than documents; one file; standard input; --jobs=N
one="$top_srcdir/examples/articles/a01_peru_joins_pact.txt"
"$NEWSGRAPH" extract -q -f nquads "$one" >"$T/one.1" 2>"$T/err"
"$NEWSGRAPH" extract -q -j 16 -f nquads "$one" >"$T/one.16" 2>"$T/err"
expect "-j 16 on one file == -j 1" cmp -s "$T/one.1" "$T/one.16"
"$NEWSGRAPH" extract -q --jobs=3 -f nquads - <"$one" >"$T/stdin.3" 2>"$T/err"
"$NEWSGRAPH" extract -q -f nquads - <"$one" >"$T/stdin.1" 2>"$T/err"
expect "--jobs=3 on standard input == -j 1" cmp -s "$T/stdin.1" "$T/stdin.3"

# an unreadable input: the others are written, exit 1, as with -j 1
"$NEWSGRAPH" extract -q -j 2 -f nquads "$T/missing.txt" "$one" >"$T/miss" 2>"$T/err"
rc=$?
expect "-j 2 with a missing input exits 1 (got $rc)" test "$rc" -eq 1
expect "-j 2 with a missing input still writes the others" cmp -s "$T/one.1" "$T/miss"
# --strict: nothing written
"$NEWSGRAPH" extract -q -j 2 --strict -f nquads -o "$T/strict.nq" "$T/missing.txt" \
  "$top_srcdir/examples/articles" 2>"$T/err"
rc=$?
expect "-j 2 --strict with a missing input exits 1 (got $rc)" test "$rc" -eq 1
expect "-j 2 --strict writes nothing" test ! -e "$T/strict.nq"
# the output fails: exit 1, stopped
if [ -w /dev/full ]; then
  "$NEWSGRAPH" extract -q -j 2 -f nquads "${sets[@]:0:2}" >/dev/full 2>"$T/err"
  rc=$?
  expect "-j 2 onto /dev/full exits 1 (got $rc)" test "$rc" -eq 1
  expect "-j 2 onto /dev/full says why" grep -q "cannot write" "$T/err"
fi

# ---- bad -j values: usage errors
for v in 0 -1 abc 2x '' 257 99999999999999999999999 ' 2'; do
  "$NEWSGRAPH" extract -j "$v" "$one" >"$T/out" 2>"$T/err"
  rc=$?
  expect "-j '$v' exits 2 (got $rc)" test "$rc" -eq 2
  expect "-j '$v' is named in the message" grep -q -- "-j" "$T/err"
  expect "-j '$v' writes nothing" test ! -s "$T/out"
done
"$NEWSGRAPH" extract "$one" -j >"$T/out" 2>"$T/err"
rc=$?
expect "-j without a value exits 2 (got $rc)" test "$rc" -eq 2

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
