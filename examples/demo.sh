#!/usr/bin/env bash
# demo.sh PATH/TO/newsgraph
#
# The README's first command (`bootstrap.sh demo`, i.e. `make demo`) ends here:
#   1. load the invented example articles in examples/articles/ into the embedded store
#      ./demo-out/store (one named graph per article; loading again changes nothing),
#      and write the same graph as Turtle to ./demo-out/examples.ttl to look at;
#   2. run every SPARQL query in examples/queries/*.rq against the store and print
#      the question (the first "# " comment line of the query) above its result table;
#   3. print the store's statistics.
# Exits non-zero as soon as a step fails.
set -euo pipefail

prog=${0##*/}
if [ $# -ne 1 ]; then
  echo "usage: $prog PATH/TO/newsgraph" >&2
  exit 2
fi
ng=$1
if [ ! -x "$ng" ]; then
  echo "$prog: $ng is not an executable file (run make first)" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
articles=$here/articles
queries=$here/queries
outdir=$PWD/demo-out

store=$outdir/store
mkdir -p "$outdir"

echo "== Loading the example articles in $articles into the store $store"
"$ng" load -q "$store" "$articles"
"$ng" extract -q -f turtle -o "$outdir/examples.ttl" "$articles"
echo "   the same graph as Turtle: $outdir/examples.ttl"

shopt -s nullglob
rqs=("$queries"/*.rq)
if [ ${#rqs[@]} -eq 0 ]; then
  echo "$prog: no queries in $queries" >&2
  exit 1
fi
for rq in "${rqs[@]}"; do
  question=$(grep -m 1 '^# ' "$rq" | sed 's/^# //') || question=${rq##*/}
  echo
  echo "== $question"
  echo "   (${rq#"$here"/})"
  "$ng" query -r table "$store" -q "$rq"
done
echo
echo "== What the store holds"
"$ng" stats "$store"
echo
echo "== Done: ${#rqs[@]} queries answered."
