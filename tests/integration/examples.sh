#!/usr/bin/env bash
# The bundled example articles end to end: extract -> query each
# examples/queries/*.rq -> compare with the exact expected answers in
# examples/queries/*.expected.tsv; then score the examples and the held-out
# articles (tests/data/heldout .. tests/data/heldout4, tests/data/heldout6 .. tests/data/heldout8, tests/data/heldout10 .. tests/data/heldout13, tests/data/heldout15 .. tests/data/heldout33) and the blind ones (tests/data/blind,
# tests/data/heldout5, tests/data/heldout9 and tests/data/heldout14, never tuned on)
# against their gold files, each with a ratchet
# (tests/integration/*.min-f1) so the scores cannot slide back.
#   examples.sh --regen   rewrites the .expected.tsv files from the current build
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
ex=$top_srcdir/examples
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

if ! "$NEWSGRAPH" extract -q -f nquads -o "$T/ex.nq" "$ex/articles"; then
  bad "extract examples/articles"
  echo "$pass passed, $fail failed"; exit 1
fi
ok "extract examples/articles"

for q in "$ex"/queries/*.rq; do
  name=$(basename "$q" .rq)
  want=$ex/queries/$name.expected.tsv
  if ! "$NEWSGRAPH" query -r tsv "$T/ex.nq" -q "$q" > "$T/$name.tsv" 2> "$T/$name.err"; then
    bad "query $name: $(head -c 300 "$T/$name.err")"
    continue
  fi
  if [ "${1:-}" = --regen ]; then
    cp "$T/$name.tsv" "$want"
    ok "regenerated $name.expected.tsv"
  elif diff -u "$want" "$T/$name.tsv" > "$T/$name.diff"; then
    ok "query $name gives the expected answers"
  else
    bad "query $name differs from $name.expected.tsv:"
    head -40 "$T/$name.diff"
  fi
done

# scores against gold, with ratchets
score() { # LABEL CORPUS GOLD MINFILE
  local run=$top_srcdir/../shared/eval/run.sh min
  min=$(cat "$4")
  if [ ! -f "$run" ] || ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
    echo "skip $1: ../shared/eval/run.sh or python3-rdflib missing"
    return
  fi
  if out=$(bash "$run" "$NEWSGRAPH" "$2" "$3" --min-f1 "$min" 2>&1); then
    ok "$1 score $(echo "$out" | tail -n 1) >= $min"
  else
    bad "$1 score below the ratchet $min:"
    echo "$out" | tail -n 20
  fi
}
score examples "$ex/articles" "$ex/articles/expected.gold.tsv" "$top_srcdir/tests/integration/examples.min-f1"
score heldout "$top_srcdir/tests/data/heldout" "$top_srcdir/tests/data/heldout/gold.tsv" \
  "$top_srcdir/tests/integration/heldout.min-f1"
score heldout2 "$top_srcdir/tests/data/heldout2" "$top_srcdir/tests/data/heldout2/gold.tsv" \
  "$top_srcdir/tests/integration/heldout2.min-f1"
score heldout3 "$top_srcdir/tests/data/heldout3" "$top_srcdir/tests/data/heldout3/gold.tsv" \
  "$top_srcdir/tests/integration/heldout3.min-f1"
score heldout4 "$top_srcdir/tests/data/heldout4" "$top_srcdir/tests/data/heldout4/gold.tsv" \
  "$top_srcdir/tests/integration/heldout4.min-f1"
score heldout6 "$top_srcdir/tests/data/heldout6" "$top_srcdir/tests/data/heldout6/gold.tsv" \
  "$top_srcdir/tests/integration/heldout6.min-f1"
score heldout7 "$top_srcdir/tests/data/heldout7" "$top_srcdir/tests/data/heldout7/gold.tsv" \
  "$top_srcdir/tests/integration/heldout7.min-f1"
score heldout8 "$top_srcdir/tests/data/heldout8" "$top_srcdir/tests/data/heldout8/gold.tsv" \
  "$top_srcdir/tests/integration/heldout8.min-f1"
score heldout10 "$top_srcdir/tests/data/heldout10" "$top_srcdir/tests/data/heldout10/gold.tsv" \
  "$top_srcdir/tests/integration/heldout10.min-f1"
score heldout11 "$top_srcdir/tests/data/heldout11" "$top_srcdir/tests/data/heldout11/gold.tsv" \
  "$top_srcdir/tests/integration/heldout11.min-f1"
score heldout12 "$top_srcdir/tests/data/heldout12" "$top_srcdir/tests/data/heldout12/gold.tsv" \
  "$top_srcdir/tests/integration/heldout12.min-f1"
score heldout13 "$top_srcdir/tests/data/heldout13" "$top_srcdir/tests/data/heldout13/gold.tsv" \
  "$top_srcdir/tests/integration/heldout13.min-f1"
score heldout15 "$top_srcdir/tests/data/heldout15" "$top_srcdir/tests/data/heldout15/gold.tsv" \
  "$top_srcdir/tests/integration/heldout15.min-f1"
score heldout16 "$top_srcdir/tests/data/heldout16" "$top_srcdir/tests/data/heldout16/gold.tsv" \
  "$top_srcdir/tests/integration/heldout16.min-f1"
score heldout17 "$top_srcdir/tests/data/heldout17" "$top_srcdir/tests/data/heldout17/gold.tsv" \
  "$top_srcdir/tests/integration/heldout17.min-f1"
score heldout18 "$top_srcdir/tests/data/heldout18" "$top_srcdir/tests/data/heldout18/gold.tsv" \
  "$top_srcdir/tests/integration/heldout18.min-f1"
score heldout19 "$top_srcdir/tests/data/heldout19" "$top_srcdir/tests/data/heldout19/gold.tsv" \
  "$top_srcdir/tests/integration/heldout19.min-f1"
score heldout20 "$top_srcdir/tests/data/heldout20" "$top_srcdir/tests/data/heldout20/gold.tsv" \
  "$top_srcdir/tests/integration/heldout20.min-f1"
score heldout21 "$top_srcdir/tests/data/heldout21" "$top_srcdir/tests/data/heldout21/gold.tsv" \
  "$top_srcdir/tests/integration/heldout21.min-f1"
score heldout22 "$top_srcdir/tests/data/heldout22" "$top_srcdir/tests/data/heldout22/gold.tsv" \
  "$top_srcdir/tests/integration/heldout22.min-f1"
score heldout23 "$top_srcdir/tests/data/heldout23" "$top_srcdir/tests/data/heldout23/gold.tsv" \
  "$top_srcdir/tests/integration/heldout23.min-f1"
score heldout24 "$top_srcdir/tests/data/heldout24" "$top_srcdir/tests/data/heldout24/gold.tsv" \
  "$top_srcdir/tests/integration/heldout24.min-f1"
score heldout25 "$top_srcdir/tests/data/heldout25" "$top_srcdir/tests/data/heldout25/gold.tsv" \
  "$top_srcdir/tests/integration/heldout25.min-f1"
score heldout26 "$top_srcdir/tests/data/heldout26" "$top_srcdir/tests/data/heldout26/gold.tsv" \
  "$top_srcdir/tests/integration/heldout26.min-f1"
score heldout27 "$top_srcdir/tests/data/heldout27" "$top_srcdir/tests/data/heldout27/gold.tsv" \
  "$top_srcdir/tests/integration/heldout27.min-f1"
score heldout28 "$top_srcdir/tests/data/heldout28" "$top_srcdir/tests/data/heldout28/gold.tsv" \
  "$top_srcdir/tests/integration/heldout28.min-f1"
score heldout29 "$top_srcdir/tests/data/heldout29" "$top_srcdir/tests/data/heldout29/gold.tsv" \
  "$top_srcdir/tests/integration/heldout29.min-f1"
score heldout30 "$top_srcdir/tests/data/heldout30" "$top_srcdir/tests/data/heldout30/gold.tsv" \
  "$top_srcdir/tests/integration/heldout30.min-f1"
score heldout31 "$top_srcdir/tests/data/heldout31" "$top_srcdir/tests/data/heldout31/gold.tsv" \
  "$top_srcdir/tests/integration/heldout31.min-f1"
score heldout32 "$top_srcdir/tests/data/heldout32" "$top_srcdir/tests/data/heldout32/gold.tsv" \
  "$top_srcdir/tests/integration/heldout32.min-f1"
score heldout33 "$top_srcdir/tests/data/heldout33" "$top_srcdir/tests/data/heldout33/gold.tsv" \
  "$top_srcdir/tests/integration/heldout33.min-f1"
score heldout14 "$top_srcdir/tests/data/heldout14" "$top_srcdir/tests/data/heldout14/gold.tsv" \
  "$top_srcdir/tests/integration/heldout14.min-f1"
score heldout5 "$top_srcdir/tests/data/heldout5" "$top_srcdir/tests/data/heldout5/gold.tsv" \
  "$top_srcdir/tests/integration/heldout5.min-f1"
score heldout9 "$top_srcdir/tests/data/heldout9" "$top_srcdir/tests/data/heldout9/gold.tsv" \
  "$top_srcdir/tests/integration/heldout9.min-f1"
score blind "$top_srcdir/tests/data/blind" "$top_srcdir/tests/data/blind/gold.tsv" \
  "$top_srcdir/tests/integration/blind.min-f1"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
