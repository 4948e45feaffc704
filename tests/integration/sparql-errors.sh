#!/usr/bin/env bash
# SPARQL 1.1 forms the embedded engine (rasqal 0.9.33) does not support are
# refused before they run, each with one exact message naming the feature and
# its line and column, and exit status 1; updates are refused as such; joins
# inside or next to GRAPH ?g { } run with a warning.  Queries that use the same
# characters legitimately ('*' in SELECT * and COUNT(*), '/' and '|' in IRIs,
# strings and comments, '^^', arithmetic, '||') run with exact answers.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$top_srcdir/tests/integration/lib.sh"
A="$top_srcdir/examples/articles"
G="$T/ex.nq"
"$NEWSGRAPH" extract -q -f nquads -o "$G" "$A" || { echo "FAIL extract"; exit 1; }
P='PREFIX ng: <https://w3id.org/newsgraph/ns#>'
ENGINE='not supported by the embedded SPARQL engine (rasqal 0.9.33)'
VIRT="or use a Virtuoso store (virtuoso://HOST:PORT, see README 'Virtuoso store')"

# refused NAME LINE COL WHAT HOW QUERY: exit 1, stdout empty, exactly one message
refused() {
  local name=$1 line=$2 col=$3 what=$4 how=$5 query=$6
  "$NEWSGRAPH" query -r tsv "$G" "$query" > "$T/out" 2> "$T/err"
  local rc=$?
  local want="newsgraph: error: query line $line, column $col: $what $ENGINE; $how, $VIRT"
  check "$name: exit 1" test "$rc" -eq 1
  check "$name: no rows" test ! -s "$T/out"
  if [ "$(cat "$T/err")" = "$want" ]; then check "$name: message" true; else
    check "$name: message" false; echo "     got:  $(cat "$T/err")"; echo "     want: $want"; fi
}
PATHS="property paths ('/', '|', '*', '+', '^') are"
PLAIN='rewrite with plain triple patterns'

refused "path p1/p2" 2 24 "$PATHS" "$PLAIN" "$P
SELECT ?x { ?a ng:party/ng:isoCode ?x }"
refused "path p1|p2" 1 70 "$PATHS" "$PLAIN" "$P SELECT ?x { ?a ng:grantor|ng:grantee ?x }"
refused "path ^p" 3 6 "$PATHS" "$PLAIN" "$P
SELECT ?x {
  ?a ^ng:party ?x }"
refused "path p*" 1 71 "$PATHS" "$PLAIN" "$P SELECT ?x { ?a ng:memberOf* ?x }"
refused "path p+" 1 71 "$PATHS" "$PLAIN" "$P SELECT ?x { ?a ng:memberOf+ ?x }"
refused "path p?" 1 71 "$PATHS" "$PLAIN" "$P SELECT ?x { ?a ng:memberOf? ?x }"
refused "path !p" 1 60 "$PATHS" "$PLAIN" "$P SELECT ?x { ?a !ng:memberOf ?x }"
refused "path a/p (after a comment with a '/')" 2 7 "$PATHS" "$PLAIN" "SELECT ?x # the type's label / name
{ ?s a/<http://www.w3.org/2000/01/rdf-schema#label> ?x }"
refused "NOT EXISTS" 2 36 "FILTER EXISTS / NOT EXISTS is" \
  "rewrite with OPTIONAL { ... } and FILTER(BOUND(?x)) or FILTER(!BOUND(?x))" "$P
SELECT ?c { ?c a ng:Country FILTER NOT EXISTS { ?c ng:isoCode \"PE\" } }"
refused "EXISTS" 1 80 "FILTER EXISTS / NOT EXISTS is" \
  "rewrite with OPTIONAL { ... } and FILTER(BOUND(?x)) or FILTER(!BOUND(?x))" \
  "$P SELECT ?c { ?c a ng:Country FILTER EXISTS { ?c ng:isoCode \"PE\" } }"
refused "MINUS" 3 3 "MINUS is" "rewrite with OPTIONAL { ... } and FILTER(!BOUND(?x))" "$P
SELECT ?c { ?c a ng:Country
  MINUS { ?c ng:isoCode \"PE\" } }"
refused "DESCRIBE" 1 1 "DESCRIBE is" "write CONSTRUCT { <x> ?p ?o } WHERE { <x> ?p ?o }" \
  "DESCRIBE <https://w3id.org/newsgraph/id/country-PE>"
refused "short VALUES" 1 76 "the short VALUES ?x { ... } form is" "write VALUES (?x) { (<a>) (<b>) }" \
  "$P SELECT ?c { ?c ng:isoCode ?i . VALUES ?i { \"PE\" \"NO\" } }"
refused "subquery after a triple pattern" 2 36 \
  "a subquery after a triple pattern (it is miscounted) is" "put the { SELECT ... } first in its group" "$P
SELECT ?c ?n { ?c a ng:Country . { SELECT (COUNT(*) AS ?n) { ?x a ng:Country } } }"
refused "GROUP_CONCAT SEPARATOR" 1 70 \
  'GROUP_CONCAT with a SEPARATOR other than " " (it is ignored) is' \
  'leave SEPARATOR out (values are joined with one space)' \
  "$P SELECT (GROUP_CONCAT(?i; SEPARATOR=\", \") AS ?all) { ?c ng:isoCode ?i }"
refused "SERVICE" 1 13 "SERVICE (federated query) is" "query each endpoint on its own" \
  "SELECT ?s { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }"

# updates
for u in "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }|INSERT|1 1" \
         "$P
DELETE WHERE { ?s a ng:Country }|DELETE|2 1" \
         "CLEAR ALL|CLEAR|1 1" "DROP GRAPH <http://x/g>|DROP|1 1" \
         "LOAD <http://x/data.ttl>|LOAD|1 1" \
         "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }|WITH|1 1"; do
  query=${u%%|*}; rest=${u#*|}; kw=${rest%%|*}; lc=${rest#*|}
  "$NEWSGRAPH" query "$G" "$query" > "$T/out" 2> "$T/err"
  rc=$?
  check "update $kw: exit 1" test "$rc" -eq 1
  check "update $kw: message" test "$(cat "$T/err")" = "newsgraph: error: query line ${lc% *}, column ${lc#* }: $kw is a SPARQL update; the store is read-only to queries: use newsgraph load/remove"
done

# a store answers the same way (the check runs before the store is opened)
S="$T/store"
"$NEWSGRAPH" load -q "$S" "$A"
"$NEWSGRAPH" query "$S" "$P SELECT ?x { ?a ng:party/ng:isoCode ?x }" > "$T/out" 2> "$T/err"
check "a store: path refused with exit 1" test $? -eq 1
check "a store: the same message" grep -qxF "newsgraph: error: query line 1, column 68: $PATHS $ENGINE; $PLAIN, $VIRT" "$T/err"

# joins with GRAPH ?g: correct answers, and no warning (the indexed store
# answers them in linear time)
"$NEWSGRAPH" query -r tsv "$G" "$P SELECT ?g ?a ?c { GRAPH ?g { ?a a ng:Agreement ; ng:party ?c } }" > "$T/out" 2> "$T/err"
check "join inside GRAPH ?g: exit 0" test $? -eq 0
# the answer, from the N-Quads with awk: (graph, agreement, party) where the
# graph says both that the subject is an agreement and who its party is
sort -u "$G" | awk '$2 == "<https://w3id.org/newsgraph/ns#party>" { p[$NF == "." ? $(NF-1) : $NF, $1, $3] = 1 }
  $2 == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" && $3 == "<https://w3id.org/newsgraph/ns#Agreement>" { a[$(NF-1), $1] = 1 }
  END { for (k in p) { split(k, f, SUBSEP); if ((f[1], f[2]) in a) print f[1] "\t" f[2] "\t" f[3] } }' | sort > "$T/want"
check "join inside GRAPH ?g: the answer ($(wc -l < "$T/want") rows)" test -s "$T/want" -a "$(tail -n +2 "$T/out" | sort)" = "$(cat "$T/want")"
check "join inside GRAPH ?g: no warning" test ! -s "$T/err"
"$NEWSGRAPH" query -r tsv "$G" "$P SELECT DISTINCT ?c { ?c ng:isoCode \"PE\" . GRAPH ?g { ?c ng:mentionedIn ?g } }" > "$T/out" 2> "$T/err"
check "join next to GRAPH ?g: exit 0" test $? -eq 0
check "join next to GRAPH ?g: the answer" test "$(cat "$T/out")" = "?c
<https://w3id.org/newsgraph/id/country-PE>"
check "join next to GRAPH ?g: no warning" test ! -s "$T/err"
"$NEWSGRAPH" query -r tsv "$G" "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s a <https://w3id.org/newsgraph/ns#Document> } }" > "$T/out" 2> "$T/err"
check "GRAPH ?g with one triple pattern: no warning" test "$(grep -c 'GRAPH' "$T/err")" -eq 0

# valid queries with the same characters: exact answers, no error
ok() { # NAME WANT QUERY
  "$NEWSGRAPH" query -r tsv "$G" "$3" > "$T/out" 2> "$T/err"
  local rc=$?
  check "$1: exit 0" test "$rc" -eq 0
  if [ "$(cat "$T/out")" = "$2" ]; then check "$1: answer" true; else
    check "$1: answer" false; echo "     got: $(cat "$T/out")"; cat "$T/err"; fi
  check "$1: no message from the check" test "$(grep -c 'query line' "$T/err")" -eq 0
}
ok "SELECT *" '?c
<https://w3id.org/newsgraph/id/country-PE>' "$P SELECT * { ?c ng:isoCode \"PE\" }"
ok "COUNT(*)" '?n
"35"^^<http://www.w3.org/2001/XMLSchema#integer>' "$P SELECT (COUNT(*) AS ?n) { ?c a ng:Country }"
ok "'||' in FILTER" '?i
"NO"
"PE"' "$P SELECT ?i { ?c ng:isoCode ?i FILTER(?i = \"PE\" || ?i = \"NO\") } ORDER BY ?i"
ok "'/' and '*' in expressions" '?x
"1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>' "$P SELECT ?x { ?c ng:isoCode \"PE\" BIND(4 * 2 / 8 AS ?x) }"
ok "'/' in an IRI, '/' and '|' in a string, '^^'" '?s
<https://w3id.org/newsgraph/id/country-PE>' "SELECT ?s { ?s <https://w3id.org/newsgraph/ns#isoCode> ?i FILTER(?i = \"PE\" || ?i = \"x/y|z^w*\"^^<http://example.org/a/t>) }"
ok "'/', '|', '^', '*', '+' in a comment" '?c
<https://w3id.org/newsgraph/id/country-PE>' "$P
# ng:party/ng:isoCode | ^ng:x * +
SELECT ?c { ?c ng:isoCode \"PE\" }"
ok "full VALUES form" '?i
"NO"
"PE"' "$P SELECT ?i { VALUES (?i) { (\"PE\") (\"NO\") } ?c ng:isoCode ?i } ORDER BY ?i"
ok "subquery first in its group" '?c	?n
<https://w3id.org/newsgraph/id/country-PE>	"35"^^<http://www.w3.org/2001/XMLSchema#integer>' \
  "$P SELECT ?c ?n { { SELECT (COUNT(*) AS ?n) { ?x a ng:Country } } ?c ng:isoCode \"PE\" }"
ok "GROUP_CONCAT with SEPARATOR \" \"" '?all
"PE"' "$P SELECT (GROUP_CONCAT(?i; SEPARATOR=\" \") AS ?all) { ?c ng:isoCode \"PE\" , ?i }"
ok "OPTIONAL with !BOUND (the MINUS rewrite)" '?n
"34"^^<http://www.w3.org/2001/XMLSchema#integer>' "$P SELECT (COUNT(*) AS ?n) { ?c a ng:Country OPTIONAL { ?c ng:isoCode ?pe FILTER(?pe = \"PE\") } FILTER(!BOUND(?pe)) }"
ok "a variable named like a keyword" '?exists
<https://w3id.org/newsgraph/id/country-PE>' "$P SELECT ?exists { ?exists ng:isoCode \"PE\" }"

# the example queries pass the check without a warning (no joins under GRAPH)
for f in "$top_srcdir"/examples/queries/*.rq; do
  "$NEWSGRAPH" query -r tsv "$G" -q "$f" > /dev/null 2> "$T/err"
  check "$(basename "$f"): runs, no message from the check" test $? -eq 0 -a "$(grep -c 'query line' "$T/err")" -eq 0
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
