#!/usr/bin/env bash
# The ratchet: the score on the sample articles (../shared, beside the
# checkout) must not slide back.  Skips (77) when ../shared or rdflib is absent.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
MIN_F1=${NG_MIN_F1:-$(cat "$top_srcdir/tests/integration/seeds.min-f1")}
run=$top_srcdir/../shared/eval/run.sh
if [ ! -x "$run" ] && [ ! -f "$run" ]; then
  echo "seeds.sh: $run not found: skipped"; exit 77
fi
if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  echo "seeds.sh: /usr/bin/python3 has no rdflib (apt-get install python3-rdflib): skipped"; exit 77
fi
out=$(bash "$run" "$NEWSGRAPH" --verbose --min-f1 "$MIN_F1")
status=$?
echo "$out"
if [ $status -eq 0 ]; then
  echo "1 passed, 0 failed"
else
  echo "seeds.sh: micro F1 fell below the ratchet $MIN_F1 (tests/integration/seeds.min-f1)"
  echo "0 passed, 1 failed"
  exit 1
fi
