#!/usr/bin/env bash
# IRIs are minted from content and canonical keys, never from run order, so
# graphs built separately merge by plain union: k shards of a corpus, each
# extracted on its own, union (as sets of N-Quads) to exactly the graph of one
# run over the whole corpus -- in any order of the shards.  Also: every entity
# in the union has exactly one rdfs:label (the contract), and one agreement
# reported by several articles in different shards is still one node.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$top_srcdir/tests/integration/lib.sh"

# the corpus: the bundled examples and the held-out articles, dealt into 3 shards
mkdir -p "$T/s0" "$T/s1" "$T/s2"
i=0
for f in "$top_srcdir"/examples/articles/*.txt "$top_srcdir"/examples/articles/*.html \
  "$top_srcdir"/tests/data/heldout/*.txt "$top_srcdir"/tests/data/heldout/*.html; do
  cp "$f" "$T/s$((i % 3))/"
  i=$((i + 1))
done
"$NEWSGRAPH" extract -q -f nquads -o "$T/all.nq" "$T/s0" "$T/s1" "$T/s2"
for k in 0 1 2; do "$NEWSGRAPH" extract -q -f nquads -o "$T/part$k.nq" "$T/s$k"; done
# the same shards given in reverse order to one run
"$NEWSGRAPH" extract -q -f nquads -o "$T/rev.nq" "$T/s2" "$T/s1" "$T/s0"
sort -u "$T/all.nq" > "$T/one"
sort -u "$T/part0.nq" "$T/part1.nq" "$T/part2.nq" > "$T/union"
sort -u "$T/rev.nq" > "$T/reversed"
check "the corpus yields quads" test "$(wc -l < "$T/one")" -gt 1000
check "union of 3 shards == one run" cmp -s "$T/one" "$T/union"
check "one run in reverse order == one run" cmp -s "$T/one" "$T/reversed"
diff "$T/one" "$T/union" | head -5

# exactly one rdfs:label per subject in the union
labels=$(grep -F '<http://www.w3.org/2000/01/rdf-schema#label>' "$T/union" | cut -d' ' -f1 | sort | uniq -d)
check "every entity has exactly one rdfs:label" test -z "$labels"
[ -n "$labels" ] && echo "$labels" | head -5

# the agreement told by several held-out articles (in different shards) is one node
n=$(grep -F 'ns#agreementType> <https://w3id.org/newsgraph/ns#IntelligenceSharing>' "$T/union" |
  cut -d' ' -f1 | sort -u | while read -r ev; do
    grep -F "$ev <https://w3id.org/newsgraph/ns#party> <https://w3id.org/newsgraph/id/country-NG>" "$T/union" |
      grep -q 'country-GH' 2>/dev/null && echo "$ev"
    grep -F "$ev <https://w3id.org/newsgraph/ns#party> <https://w3id.org/newsgraph/id/country-GH>" "$T/union" >/dev/null &&
      grep -F "$ev <https://w3id.org/newsgraph/ns#party> <https://w3id.org/newsgraph/id/country-NG>" "$T/union" >/dev/null && echo "$ev"
  done | sort -u | wc -l)
check "one GH-NG intelligence-sharing node across shards" test "$n" -eq 1
docs=$(grep -F 'ns#agreementType> <https://w3id.org/newsgraph/ns#IntelligenceSharing>' "$T/union" | cut -d' ' -f1 | sort -u |
  while read -r ev; do
    if grep -qF "$ev <https://w3id.org/newsgraph/ns#party> <https://w3id.org/newsgraph/id/country-GH>" "$T/union"; then
      grep -F "$ev <https://w3id.org/newsgraph/ns#mentionedIn>" "$T/union" | cut -d' ' -f3 | sort -u | wc -l
    fi
  done | sort -n | tail -1)
check "that node is reported by 3 articles (got ${docs:-0})" test "${docs:-0}" -eq 3

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
