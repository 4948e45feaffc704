#!/usr/bin/env bash
# demo.sh PATH/TO/newsgraph
#
# The README's first command (`bootstrap.sh demo`, i.e. `make demo`) ends here:
#   1. extract the invented example articles in examples/articles/ into one N-Quads file
#      (one named graph per article) and a Turtle file under ./demo-out/ to look at;
#   2. run every SPARQL query in examples/queries/*.rq against the N-Quads file and print
#      the question (the first "# " comment line of the query) above its result table.
# Exits non-zero as soon as a step fails.
#
# For now the queries run on the extracted file. Once `newsgraph load` is in place, the
# demo will load the articles into the embedded store and query that instead.
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

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
graph=$tmp/examples.nq

echo "== Extracting the example articles in $articles"
"$ng" extract -f nquads -o "$graph" "$articles"
mkdir -p "$outdir"
"$ng" extract -f turtle -o "$outdir/examples.ttl" "$articles"
echo "   $(wc -l < "$graph") quads; the same graph as Turtle: $outdir/examples.ttl"

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
  "$ng" query -r table "$graph" -q "$rq"
done
echo
echo "== Done: ${#rqs[@]} queries answered."
