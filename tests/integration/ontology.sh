#!/bin/bash
# ontology.sh - every ng: term the program emits must be declared in
# ontology/newsgraph.ttl, and every declared term must have rdfs:label and
# rdfs:comment (CONTRACT.md section 2).
#
# Environment: NEWSGRAPH  the built binary (set by make check)
#              top_srcdir the source tree
# Exit status: 0 pass, 1 fail, 77 skip (rapper missing; automake's code).
set -u

NS='https://w3id.org/newsgraph/ns#'
RDF_TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
RDFS_LABEL='<http://www.w3.org/2000/01/rdf-schema#label>'
RDFS_COMMENT='<http://www.w3.org/2000/01/rdf-schema#comment>'

top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
NEWSGRAPH=${NEWSGRAPH:-./newsgraph}
ttl=$top_srcdir/ontology/newsgraph.ttl
articles=$top_srcdir/examples/articles

if ! command -v rapper >/dev/null 2>&1; then
  echo "SKIP: rapper (raptor2-utils) is not installed"
  exit 77
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ng-ontology.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# ---- the ontology parses
if rapper -q -i turtle -o ntriples "$ttl" >"$tmp/onto.nt" 2>"$tmp/rapper.err"; then
  pass
else
  fail "ontology/newsgraph.ttl does not parse:"
  sed 's/^/  /' "$tmp/rapper.err"
fi

# Declared terms: ng: subjects that have an rdf:type.
LC_ALL=C awk -v ns="<$NS" -v type="$RDF_TYPE" \
  'index($1, ns) == 1 && $2 == type { print $1 }' "$tmp/onto.nt" | LC_ALL=C sort -u >"$tmp/declared"
if [ -s "$tmp/declared" ]; then pass; else fail "no ng: terms declared in $ttl"; fi

# ---- every declared term has a label and a comment
while IFS= read -r term; do
  for prop in "$RDFS_LABEL" "$RDFS_COMMENT"; do
    if LC_ALL=C awk -v s="$term" -v p="$prop" '$1 == s && $2 == p { found = 1; exit } END { exit !found }' \
        "$tmp/onto.nt"; then
      pass
    else
      fail "$term has no ${prop##*#}"
    fi
  done
done <"$tmp/declared"

# ---- every ng: term the program emits is declared
if [ ! -x "$NEWSGRAPH" ]; then
  fail "NEWSGRAPH=$NEWSGRAPH is not an executable"
elif [ ! -d "$articles" ]; then
  echo "note: $articles does not exist; only the ontology itself was checked"
else
  if "$NEWSGRAPH" extract -f ntriples "$articles" >"$tmp/out.nt" 2>"$tmp/extract.err"; then
    pass
  else
    fail "newsgraph extract -f ntriples $articles exited with status $?:"
    sed 's/^/  /' "$tmp/extract.err" | head -20
  fi
  grep -o "<${NS//./\\.}[^>]*>" "$tmp/out.nt" | LC_ALL=C sort -u >"$tmp/used"
  echo "note: the output uses $(wc -l <"$tmp/used") ng: terms"
  while IFS= read -r term; do
    if grep -qxF -- "$term" "$tmp/declared"; then
      pass
    else
      fail "$term is emitted but not declared in ontology/newsgraph.ttl"
    fi
  done <"$tmp/used"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
